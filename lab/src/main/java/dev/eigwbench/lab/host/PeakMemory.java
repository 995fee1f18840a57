package dev.eigwbench.lab.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Lambda's "Max Memory Used" for a local function: the peak resident memory of its process tree. */
final class PeakMemory {
    private PeakMemory() {}

    /** In MiB, from Linux's {@code VmHWM}; 0 where /proc is not available. */
    static int maxUsedMb(Process process) {
        long kb = peakRssKb(process.toHandle());
        for (var child : process.descendants().toList()) {
            kb = Math.max(kb, peakRssKb(child));
        }
        return (int) Math.ceil(kb / 1024.0);
    }

    private static long peakRssKb(ProcessHandle handle) {
        try {
            for (var line : Files.readAllLines(Path.of("/proc", Long.toString(handle.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return 0;
    }
}
