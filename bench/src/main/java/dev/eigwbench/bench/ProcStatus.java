package dev.eigwbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Memory figures from {@code /proc/<pid>/status}: VmHWM is the peak resident set, the figure Lambda reports. */
public final class ProcStatus {
    private ProcStatus() {}

    /** The value of a "Name:   1234 kB" line in kB, or empty when the line is missing. */
    public static OptionalLong kilobytes(String statusText, String field) {
        for (String line : statusText.split("\n")) {
            if (line.startsWith(field + ":")) {
                String value = line.substring(field.length() + 1).trim();
                if (!value.endsWith(" kB")) {
                    throw new IllegalArgumentException(field + ": expected a value in kB, got '" + value + "'");
                }
                return OptionalLong.of(
                        Long.parseLong(value.substring(0, value.length() - 3).trim()));
            }
        }
        return OptionalLong.empty();
    }

    /** Peak RSS of a live process in kB, or empty when it has gone or this is not Linux. */
    public static OptionalLong peakRssKb(long pid) {
        try {
            return kilobytes(Files.readString(Path.of("/proc", Long.toString(pid), "status")), "VmHWM");
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }
}
