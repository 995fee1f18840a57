package dev.eigwbench.report.render;

import java.util.List;
import java.util.function.BiFunction;

/** An HTML table of escaped text cells, a row a line: the benchmark report's tables and the readiness report's. */
public final class HtmlTable {
    private HtmlTable() {}

    /** A table without cell classes. */
    public static void write(StringBuilder out, List<String> header, List<List<String>> rows) {
        write(out, header, rows, (column, cell) -> "");
    }

    /** @param cellClass a cell's CSS class from its column index and text, or "" for none */
    public static void write(
            StringBuilder out,
            List<String> header,
            List<List<String>> rows,
            BiFunction<Integer, String, String> cellClass) {
        out.append("<table>\n<tr>");
        header.forEach(c -> out.append("<th>").append(Escape.html(c)).append("</th>"));
        out.append("</tr>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String cls = cellClass.apply(i, cell);
                out.append(cls.isEmpty() ? "<td>" : "<td class=\"" + cls + "\">")
                        .append(Escape.html(cell))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }
}
