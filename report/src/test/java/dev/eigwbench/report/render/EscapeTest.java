package dev.eigwbench.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EscapeTest {
    @Test
    void html_whenMarkupAndQuotes_escapesEach() {
        assertEquals(
                "&lt;a href=&quot;x&quot;&gt;it&#39;s &amp; more&lt;/a&gt;",
                Escape.html("<a href=\"x\">it's & more</a>"));
    }

    @Test
    void html_whenNull_isEmpty() {
        assertEquals("", Escape.html(null));
    }

    @Test
    void markdown_whenPipesAndLineBreaks_keepsTheCellWhole() {
        assertEquals("a \\| b c d", Escape.markdown("a | b\rc\nd"));
        assertEquals("", Escape.markdown(null));
    }
}
