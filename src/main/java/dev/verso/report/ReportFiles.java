package dev.verso.report;

/**
 * Which report files a run writes: report.json, report.html, and how many documents the page embeds
 * in full (the worst ones; every document keeps its scores and findings).
 */
public record ReportFiles(boolean json, boolean html, int htmlDocuments) {}
