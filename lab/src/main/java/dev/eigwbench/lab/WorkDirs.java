package dev.eigwbench.lab;

import dev.eigwbench.lab.net.NetworkLab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A run's work directory ({@code eigw-lab-<pid>-…} in the temp directory: the unpacked package, the loopback hosts
 * file), removed with the run, or by {@code bin/lab cleanup} once the process that made it is gone.
 */
final class WorkDirs {
    static final String PREFIX = "eigw-lab-";
    private static final Pattern WORK_DIR = Pattern.compile(PREFIX + "(\\d+)-.*");

    private WorkDirs() {}

    /** A new work directory, deleted when {@code resources} close. */
    static Path create(Resources resources) {
        try {
            // The owner's pid in the name lets `bin/lab cleanup` remove it if this process is killed outright.
            var dir = Files.createTempDirectory(PREFIX + ProcessHandle.current().pid() + "-");
            resources.add(() -> deleteTree(dir));
            return dir;
        } catch (IOException e) {
            throw new LabException("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    /** Work directories of lab processes that are gone ({@code all}: of every lab process); what was removed. */
    static List<String> removeStale(boolean all) {
        var tmp = Path.of(System.getProperty("java.io.tmpdir"));
        var removed = new ArrayList<String>();
        try (var dirs = Files.list(tmp)) {
            for (var dir : dirs.toList()) {
                var m = WORK_DIR.matcher(dir.getFileName().toString());
                if (m.matches() && Files.isDirectory(dir) && (all || NetworkLab.isStale(m.group(1)))) {
                    deleteTree(dir);
                    removed.add(dir.toString());
                }
            }
        } catch (IOException e) {
            throw new LabException("cannot clean " + tmp + ": " + e.getMessage(), e);
        }
        return removed;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (var p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
