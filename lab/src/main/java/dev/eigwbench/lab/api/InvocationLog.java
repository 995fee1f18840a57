package dev.eigwbench.lab.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An invocation's log as Lambda writes it: START, the function's lines, END, REPORT (tab-separated fields, Init
 * Duration on a cold start, Status on a failure), and the tail of it that {@code X-Amz-Log-Result} carries.
 */
final class InvocationLog {
    /** Lambda's limit for {@code X-Amz-Log-Result} (before base64). */
    private static final int TAIL_BYTES = 4096;

    private InvocationLog() {}

    /**
     * @param initMs Init Duration, on a cold start only (else null)
     * @param status the REPORT line's Status on a failure ({@code timeout}, {@code error}), else null
     */
    static String of(
            String requestId,
            String version,
            String lines,
            double durationMs,
            Double initMs,
            int memorySizeMb,
            int maxMemoryMb,
            String status) {
        var report = new StringBuilder(String.format(
                Locale.ROOT,
                "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\t"
                        + "Max Memory Used: %d MB\t",
                requestId,
                durationMs,
                (long) Math.ceil(durationMs),
                memorySizeMb,
                maxMemoryMb));
        if (initMs != null) report.append(String.format(Locale.ROOT, "Init Duration: %.2f ms\t", initMs));
        if (status != null) report.append("Status: ").append(status);
        return "START RequestId: " + requestId + " Version: " + version + "\n" + lines + "END RequestId: " + requestId
                + "\n" + report + "\n";
    }

    /** The last 4 KB of a log, as {@code X-Amz-Log-Result} carries it (before base64). */
    static byte[] tail(String log) {
        var bytes = log.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= TAIL_BYTES) return bytes;
        var cut = new byte[TAIL_BYTES];
        System.arraycopy(bytes, bytes.length - TAIL_BYTES, cut, 0, TAIL_BYTES);
        return cut;
    }
}
