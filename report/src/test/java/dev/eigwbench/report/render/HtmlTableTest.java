package dev.eigwbench.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTableTest {
    @Test
    void write_whenCellClassGiven_classesOnlyThoseCellsAndEscapesText() {
        var out = new StringBuilder();

        HtmlTable.write(
                out, List.of("name", "ms"), List.of(List.of("a<b", "1.5")), (column, cell) -> column == 1 ? "n" : "");

        assertEquals(
                "<table>\n<tr><th>name</th><th>ms</th></tr>\n<tr><td>a&lt;b</td><td class=\"n\">1.5</td></tr>\n</table>\n",
                out.toString());
    }
}
