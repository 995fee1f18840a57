package dev.eigwbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.common.Variant;
import dev.eigwbench.report.cost.CostInputs;
import dev.eigwbench.report.cost.PriceCatalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    private static final String NOTE = "no network simulation: not root";

    @TempDir
    static Path dir;

    private static ReportFiles files;

    @BeforeAll
    static void writeReport() {
        var records = new ArrayList<InvocationRecord>();
        records.add(
                Fixtures.run(Variant.VPC, 0, true, 40, new LambdaReport("c", 900, 900, 1024, 150, 450.0, null, null)));
        records.add(Fixtures.run(
                Variant.PUBLIC, 0, true, 30, new LambdaReport("d", 800, 800, 1024, 150, 420.0, null, null)));
        for (int i = 1; i <= 5; i++) {
            records.add(Fixtures.run(Variant.VPC, i, false, 7, Fixtures.warmReport(400 + i)));
            records.add(Fixtures.run(Variant.PUBLIC, i, false, 6, Fixtures.warmReport(380 + i)));
        }
        var params = new LinkedHashMap<String, String>();
        params.put("stack", "EgressOnlyInternetGatewayTest");
        var header = ReportHeader.of("eigw-bench test report <&>", InvocationRecord.SOURCE_LAB, params, List.of(NOTE));
        var inputs = new CostInputs(
                PriceCatalog.lambdaArm64("us-east-1").orElseThrow(),
                PriceCatalog.natGateway("us-east-1").orElseThrow(),
                2,
                100);
        files = ReportWriter.writeAll(BenchmarkReport.of(header, records, inputs), dir, "compare");
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void writeAll_text_showsPhasesVerdictsAndNotes() throws Exception {
        String text = read(files.text());
        assertTrue(text.contains("Cold starts (ms)"), text);
        assertTrue(text.contains("Warm invocations (ms)"), text);
        assertTrue(text.contains("VPC slower by"), text);
        assertTrue(text.contains(NOTE), text);
        assertTrue(text.contains("$77.50"), text);
    }

    @Test
    void writeAll_markdown_hasTablesFitForJobSummary() throws Exception {
        String md = read(files.markdown());
        assertTrue(md.contains("| metric | Δ median (VPC − public) | CI low | CI high | verdict |"), md);
        assertTrue(md.contains("|---|---|---|---|---|\n"), md);
        assertTrue(md.contains("| fill database (dynamodb-put) | vpc | 5 | 250 | 0 |"), md);
        assertTrue(md.contains("- " + NOTE), md);
    }

    @Test
    void writeAll_json_holdsRawSamplesAndAggregates() throws Exception {
        JsonNode json = new ObjectMapper().readTree(read(files.json()));
        assertEquals(BenchmarkReport.SCHEMA, json.path("schema").asText());
        assertEquals(12, json.path("records").size());
        assertEquals(
                50,
                json.path("records")
                        .get(0)
                        .path("result")
                        .path("steps")
                        .get(0)
                        .path("samplesMs")
                        .size());
        assertEquals("COLD", json.path("records").get(0).path("phase").asText());
        JsonNode first = json.path("comparison").path("metrics").get(0);
        assertEquals("dynamodb-put", first.path("metric").asText());
        assertTrue(first.path("difference").path("text").asText().startsWith("VPC slower by"));
        assertTrue(first.path("vpc").path("samplesMs").isMissingNode(), "summaries must not repeat samples");
        assertEquals(77.5, json.path("cost").path("nat").path("natMonthlyUsd").asDouble(), 1e-9);
    }

    @Test
    void writeAll_html_embedsWellFormedSvgCharts() throws Exception {
        String html = read(files.html());
        var svg = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        int charts = 0;
        var factory = DocumentBuilderFactory.newInstance();
        while (svg.find()) {
            factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.group().getBytes(StandardCharsets.UTF_8)));
            charts++;
        }
        assertEquals(8, charts, "per phase and group (per call, whole run): differences and latency bars");
        assertTrue(html.contains("eigw-bench test report &lt;&amp;&gt;"), "title must be escaped");
    }

    @Test
    void writeAll_html_loadsNothingFromOutside() throws Exception {
        String html = read(files.html());
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(Pattern.compile("(src|href)=").matcher(html).find(), "no external resources");
    }

    @Test
    void writeAll_whenBaseNameHasSlash_rejectsItNamingTheField() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> ReportWriter.writeAll(
                        BenchmarkReport.of(ReportHeader.of("t", "lab", null, null), List.of(), null), dir, "../x"));
        assertTrue(e.getMessage().startsWith("baseName"), e.getMessage());
    }
}
