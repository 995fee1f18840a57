package dev.eigwbench.report;

import java.nio.file.Path;

/** Where {@link ReportWriter#writeAll} put each format. */
public record ReportFiles(Path text, Path markdown, Path json, Path html) {}
