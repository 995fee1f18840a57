package dev.eigwbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One training run per JDK writes an AppCDS archive (and, on JDK 24+, an AOT cache); the subjects that use them
 * are measured beside the others.
 */
final class ArchiveTraining {
    private final Launcher launcher;
    private final Map<String, String> environment;
    private final Path archives;
    private final Path logs;

    ArchiveTraining(Launcher launcher, Map<String, String> environment, Path out, Path logs) {
        this.launcher = launcher;
        this.environment = environment;
        this.archives = out.resolve("archives");
        this.logs = logs;
    }

    /** The subjects that run the plain handler subjects with an archive their training run wrote. */
    List<Subject> subjects(List<Subject> subjects) {
        var added = new ArrayList<Subject>();
        for (Subject s : List.copyOf(subjects)) {
            if (!s.handler() || !s.id().equals("handler")) {
                continue;
            }
            Path cds = archives.resolve("handler-jdk" + s.jdk() + ".jsa");
            if (train(s, "-XX:ArchiveClassesAtExit=" + cds, cds)) {
                added.add(s.withToolOptions("c1-appcds", s.toolOptions() + " -XX:SharedArchiveFile=" + cds));
            }
            if (Integer.parseInt(s.jdk()) >= 25) {
                Path aot = archives.resolve("handler-jdk" + s.jdk() + ".aot");
                if (train(s, "-XX:AOTCacheOutput=" + aot, aot)) {
                    // The JVM refuses -XX:AOTCache beside any -Xshare option, which Lambda's command line has: so
                    // measured both ways (with it: does the function start at all?).
                    var withCache = s.withToolOptions("c1-aot-cache", s.toolOptions() + " -XX:AOTCache=" + aot);
                    added.add(withCache);
                    added.add(withCache.withRuntimeFlags(
                            "c1-aot-cache-no-xshare", JvmFlags.withoutXshare(s.runtimeFlags())));
                    added.add(s.withRuntimeFlags("c1-no-xshare-flag", JvmFlags.withoutXshare(s.runtimeFlags())));
                }
            }
        }
        return added;
    }

    private boolean train(Subject subject, String option, Path archive) {
        try {
            Files.createDirectories(archive.getParent());
            Files.deleteIfExists(archive);
            BenchMain.log("training run (" + option + ") on JDK " + subject.jdk() + "...");
            var training = subject.withToolOptions("training", subject.toolOptions() + " " + option);
            if (option.startsWith("-XX:AOTCacheOutput")) {
                // The JDK refuses to write an AOT cache alongside any -Xshare option.
                training = training.withRuntimeFlags("training", JvmFlags.withoutXshare(training.runtimeFlags()));
            }
            ChildJvm.run(
                    launcher.command(training, 10),
                    launcher.environment(training, environment),
                    logs.resolve("train-jdk" + subject.jdk() + "-" + archive.getFileName() + ".log"),
                    BenchMain.CHILD_TIMEOUT);
            if (Files.isRegularFile(archive)) {
                return true;
            }
            BenchMain.log("  no archive was written: " + archive + " (see the training log)");
        } catch (IOException | ChildJvm.ChildFailedException e) {
            BenchMain.log("  training failed: " + e.getMessage());
        }
        return false;
    }
}
