package dev.eigwbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.common.Step;
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

    private static final String TIMEOUT = "vpc sqs-send, run 1 of 1: the first call took 1137 ms";

    private static BenchmarkReport report;
    private static ReportFiles files;
    private static ReportFiles aaFiles;

    @BeforeAll
    static void writeReport() {
        var records = new ArrayList<InvocationRecord>();
        var vpcCold =
                Fixtures.run(Variant.VPC, 0, true, 40, new LambdaReport("c", 900, 900, 1024, 150, 450.0, null, null));
        var timedOut = PathFindingsTest.step(Step.SQS_SEND, "IPv6", 1137.4, 0, "198.18.1.12", "fd::12");
        var steps = new ArrayList<>(vpcCold.result().steps());
        steps.add(timedOut);
        records.add(new InvocationRecord(
                Variant.VPC,
                0,
                true,
                Fixtures.result(Variant.VPC, steps),
                vpcCold.lambdaReport(),
                InvocationRecord.SOURCE_LAB));
        records.add(Fixtures.run(
                Variant.PUBLIC, 0, true, 30, new LambdaReport("d", 800, 800, 1024, 150, 420.0, null, null)));
        for (int i = 1; i <= 5; i++) {
            records.add(Fixtures.run(Variant.VPC, i, false, 9, Fixtures.warmReport(400 + i)));
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
        report = BenchmarkReport.of(header, records, inputs);
        files = ReportWriter.writeAll(report, dir, "compare");
        aaFiles = ReportWriter.writeAll(
                BenchmarkReport.of(header.withDesign(Design.AA), records, null), dir.resolve("aa"), "aa");
    }

    /** The file's text; HTML entities for quotes are undone so every format is searched alike. */
    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8)
                .replace("&#39;", "'")
                .replace("&quot;", "\"");
    }

    /** Each expected text is in the content; a miss shows the whole content. */
    private static void assertContainsAll(String content, String... expected) {
        for (String part : expected) {
            assertTrue(content.contains(part), "missing '" + part + "' in:\n" + content);
        }
    }

    @Test
    void writeAll_text_showsPhasesVerdictsAndNotes() throws Exception {
        assertContainsAll(
                read(files.text()), "Cold starts (ms)", "Warm invocations (ms)", "VPC slower by", NOTE, "$77.50");
    }

    @Test
    void writeAll_markdown_hasTablesFitForJobSummary() throws Exception {
        assertContainsAll(
                read(files.markdown()),
                "| metric | VPC − public | CI low | CI high | threshold ± | verdict |",
                "|---|---|---|---|---|---|\n",
                "| fill database (dynamodb-put) | vpc | 5 | 250 | 0 |",
                "- " + NOTE);
    }

    @Test
    void writeAll_everyHumanFormat_statesThePercentileDefinition() throws Exception {
        for (Path file : List.of(files.text(), files.markdown(), files.html())) {
            assertTrue(read(file).contains("Hyndman–Fan 7"), file.toString());
        }
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
        JsonNode first = null;
        for (JsonNode m : json.path("comparison").path("metrics")) {
            if (m.path("metric").asText().equals("dynamodb-put")
                    && m.path("phase").asText().equals("WARM")) first = m;
        }
        assertTrue(first != null, "warm dynamodb-put row");
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
    void writeAll_everyFormat_leadsWithTheConnectTimeoutBeforeAnyTable() throws Exception {
        for (Path file : List.of(files.text(), files.markdown(), files.html())) {
            String content = read(file);
            int finding = content.indexOf(TIMEOUT);
            assertTrue(finding > 0, file + ":\n" + content);
            assertTrue(finding < content.indexOf("Source") || finding < content.indexOf("source:"), file.toString());
            assertTrue(finding < content.indexOf("dynamodb-put"), file + ": before any table");
        }
        JsonNode json = new ObjectMapper().readTree(read(files.json()));
        assertEquals("headline", json.fieldNames().next().equals("schema") ? "headline" : "", "schema, then headline");
        var names = new ArrayList<String>();
        json.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("schema", "headline"), names.subList(0, 2));
        assertTrue(
                json.path("headline").get(0).path("text").asText().startsWith(TIMEOUT),
                json.path("headline").toString());
        assertEquals(
                "CONNECT_TIMEOUT", json.path("headline").get(0).path("kind").asText());
    }

    @Test
    void writeAll_whenSourceIsLab_saysTheseAreNotLambdasNumbers() throws Exception {
        for (Path file : List.of(files.text(), files.markdown(), files.json(), files.html())) {
            assertTrue(read(file).contains("they are not Lambda's numbers"), file.toString());
        }
    }

    @Test
    void writeAll_everyFormat_statesTheMethodAndThreshold() throws Exception {
        for (Path file : List.of(files.text(), files.markdown(), files.json(), files.html())) {
            assertContainsAll(
                    read(file),
                    "Unit of comparison: the invocation",
                    "the larger of 1 ms and 10 % of the metric's median");
        }
    }

    @Test
    void writeAll_whenAaDesign_printsTheCalibrationLineInEveryFormat() throws Exception {
        var calibration = Pattern.compile(
                "A/A check: \\d+ of \\d+ comparisons called a difference \\(expected about 5 % by chance, i\\.e\\. ≤ \\d+\\)");
        for (Path file : List.of(aaFiles.text(), aaFiles.markdown(), aaFiles.json(), aaFiles.html())) {
            assertTrue(calibration.matcher(read(file)).find(), file + ":\n" + read(file));
        }
        assertFalse(read(files.text()).contains("A/A check"), "an A/B report has no calibration line");
        assertEquals(null, report.calibration());
    }

    @Test
    void writeAll_whenNoRowOfAPhaseCanCompare_saysWhatItNeedsOnce() throws Exception {
        var records = new ArrayList<InvocationRecord>();
        records.add(Fixtures.run(Variant.VPC, 0, true, 40, null));
        records.add(Fixtures.run(Variant.PUBLIC, 0, true, 30, null));
        var header = ReportHeader.of("one cold start each", InvocationRecord.SOURCE_LAB, null, null);
        var written = ReportWriter.writeAll(BenchmarkReport.of(header, records, null), dir.resolve("cold"), "cold");
        String needs = "Not compared: needs 4 cold invocations of each function (has 1 and 1); run more cold"
                + " invocations.";
        for (Path file : List.of(written.text(), written.markdown(), written.html())) {
            String content = read(file);
            assertEquals(content.indexOf(needs), content.lastIndexOf(needs), file + ": once");
            assertTrue(content.contains(needs), file + ":\n" + content);
        }
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
