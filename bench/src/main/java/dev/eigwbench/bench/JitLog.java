package dev.eigwbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JVM's own compilation log ({@code -Xlog:jit+compilation=debug:file=...:uptime,timemillis}), split at the
 * child's timestamps: which methods the JIT compiled before the first invocation, during it, and after it.
 */
public final class JitLog {
    /** e.g. {@code [0.030s][1796006095572ms]    2       3       java.lang.String::hashCode (60 bytes)}. */
    private static final Pattern LINE =
            Pattern.compile("^\\[[\\d.]+s]\\[(\\d+)ms]\\s+\\d+\\s+([%sbn! ]*)\\d\\s+(\\S+)");

    private JitLog() {}

    /**
     * @param before compiled before the first invocation started
     * @param duringFirst the methods compiled while the first invocation ran ("%" marks on-stack replacement)
     * @param after compiled after it
     */
    public record Split(int before, List<String> duringFirst, int after) {
        public Split {
            duringFirst = List.copyOf(duringFirst);
        }
    }

    /** The JVM option that writes the log this class reads. */
    public static String option(Path log) {
        return "-Xlog:jit+compilation=debug:file=" + log + ":uptime,timemillis";
    }

    public static Split split(List<String> lines, double firstStartMs, double firstEndMs) {
        int before = 0;
        int after = 0;
        var during = new ArrayList<String>();
        for (String line : lines) {
            var m = LINE.matcher(line);
            if (!m.find() || line.contains("made not entrant")) {
                continue;
            }
            long at = Long.parseLong(m.group(1));
            if (at < firstStartMs) {
                before++;
            } else if (at <= firstEndMs) {
                during.add(m.group(3) + (m.group(2).contains("%") ? " %" : ""));
            } else {
                after++;
            }
        }
        return new Split(before, during, after);
    }

    public static Split split(Path log, double firstStartMs, double firstEndMs) {
        try {
            return split(Files.readAllLines(log), firstStartMs, firstEndMs);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the JIT log " + log + ": " + e.getMessage());
        }
    }
}
