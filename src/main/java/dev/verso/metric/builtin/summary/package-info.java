/**
 * Internal helpers of SUMMARY_CONSISTENCY: summary facts, their support in a text, polarity and
 * actor checks.
 */
package dev.verso.metric.builtin.summary;
