package dev.eigwbench.report.render;

/** Escaping for the report formats: one home for every renderer, the client's readiness report's too. */
public final class Escape {
    private Escape() {}

    /** Text safe in HTML or SVG content and in quoted attributes; null as empty. */
    public static String html(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }

    /** Text safe in Markdown, table cells included: pipes would split a cell, newlines end the row; null as empty. */
    public static String markdown(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
