package dev.eigwbench.bench;

/** The summary's markdown table cells and rows, written the same way by every section. */
final class MarkdownTable {
    private MarkdownTable() {}

    /** One row: {@code | a | b | c |} and a newline. */
    static void row(StringBuilder md, Object... cells) {
        md.append('|');
        for (Object cell : cells) {
            md.append(' ').append(cell).append(" |");
        }
        md.append('\n');
    }

    /** A figure over runs, or "n/a" when it was not measured. */
    static String spread(Stats.Spread spread) {
        return spread == null ? "n/a" : spread.format();
    }
}
