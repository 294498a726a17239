/**
 * Readers for user glossaries: TSV/CSV ({@code source, target[, acronym][, forbidden]}) and TBX
 * term bases.
 */
package dev.verso.io.glossary;
