package dev.eigwbench.client.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.report.LambdaReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReportLineParserTest {
    private static String fixture(String name) throws IOException {
        try (InputStream in = ReportLineParserTest.class.getResourceAsStream("/report-lines/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static LambdaReport parse(String name) throws IOException {
        return ReportLineParser.parse(fixture(name)).orElseThrow(() -> new AssertionError("no REPORT in " + name));
    }

    @Test
    void parse_whenSeedBlogVpcOutput_readsSpaceSeparatedFields() throws IOException {
        assertEquals(
                new LambdaReport("abcacdc9-1363-4cbf-9d47-a8c3d570eefa", 7013.91, 7014, 1024, 171, null, null, null),
                parse("seed-vpc-handler.txt"));
    }

    @Test
    void parse_whenSeedBlogPublicOutput_isWarm() throws IOException {
        LambdaReport report = parse("seed-public-handler.txt");
        assertEquals(6772.01, report.durationMs());
        assertEquals(false, report.showsColdStart());
    }

    @Test
    void parse_whenSnapStartRestore_readsRestoreAndBilledRestoreApart() throws IOException {
        LambdaReport report = parse("snapstart-restore.txt");
        assertEquals(31.25, report.durationMs());
        assertEquals(33, report.billedDurationMs());
        assertEquals(452.60, report.restoreDurationMs());
        assertEquals(236, report.billedRestoreDurationMs());
        assertNull(report.initDurationMs());
    }

    @Test
    void parse_whenOnDemandColdStart_readsInitDuration() throws IOException {
        LambdaReport report = parse("on-demand-cold.txt");
        assertEquals(912.31, report.initDurationMs());
        assertEquals(9033, report.billedDurationMs());
        assertTrue(report.showsColdStart());
    }

    @Test
    void parse_whenJsonLogFormat_readsPlatformReportMetrics() throws IOException {
        assertEquals(
                new LambdaReport("8a1e7d6c-3b2f-4a90-9e8d-7c6b5a493827", 6891.234, 6892, 1024, 182, null, 401.5, 210.0),
                parse("json-platform-report.txt"));
    }

    @Test
    void parse_whenTailCutBeforeReportLine_stillReadsIt() throws IOException {
        assertEquals(7014, parse("truncated-before-report.txt").billedDurationMs());
    }

    @Test
    void parse_whenTailCutInsideReportLine_reportsNone() throws IOException {
        assertTrue(
                ReportLineParser.parse(fixture("truncated-inside-report.txt")).isEmpty());
    }

    @Test
    void parse_whenJsonReportCut_reportsNone() throws IOException {
        assertTrue(ReportLineParser.parse(fixture("json-truncated-report.txt")).isEmpty());
    }

    @Test
    void parse_whenEmptyTail_reportsNone() {
        assertTrue(ReportLineParser.parse("").isEmpty());
    }
}
