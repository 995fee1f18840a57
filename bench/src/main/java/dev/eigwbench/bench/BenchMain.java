package dev.eigwbench.bench;

import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark command (bin/bench): runs the deployable handler jar and the client harnesses in fresh JVMs against
 * the emulators on loopback, repeats every subject in interleaved rounds, and prints and writes the summary. This
 * class parses the command line and runs the parts in order; {@link SubjectPlan}, {@link ArchiveTraining},
 * {@link Rounds} and {@link FallbackExperiment} do the measuring, {@link Report} the summary.
 */
public final class BenchMain {
    static final Duration CHILD_TIMEOUT = Duration.ofMinutes(3);
    static final String HANDLER_CLASS = FunctionSettings.HANDLER.substring(0, FunctionSettings.HANDLER.indexOf("::"));
    static final String PROBE_CLASS = "dev.eigwbench.bench.probe.HandlerProbe";
    static final String HARNESS_CLASS = "dev.eigwbench.bench.clients.ClientHarness";

    private final BenchOptions options;
    private final Path root;
    private final Path logs;

    private BenchMain(BenchOptions options, Path root) {
        this.options = options;
        this.root = root;
        this.logs = options.out().resolve("logs");
    }

    public static void main(String[] args) {
        Path root = RepositoryRoot.locate().orElse(Path.of("").toAbsolutePath());
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, root.resolve("bench/target/bench-results"));
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            new BenchMain(options, root).run();
            System.exit(0);
        } catch (ChildJvm.ChildFailedException | IllegalStateException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("bench: cannot write results: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws IOException {
        Files.createDirectories(logs);
        var artifacts = Artifacts.locate(root, options.out());
        Map<String, Path> jdks = Jdks.find();
        String mainJdk = jdks.keySet().iterator().next();
        log("JDKs: " + jdks + "; " + options.runs() + " runs per subject, N=" + options.iterations());

        var launcher = new Launcher(artifacts.handlerJar(), artifacts.probeDir(), artifacts.clientJars());
        var subjects = new ArrayList<>(SubjectPlan.subjects(
                options.parts(), jdks, artifacts.clientJars().keySet()));
        var summaries = new ArrayList<Summary>();
        if (!subjects.isEmpty()) {
            log("starting the emulators...");
            try (var emulators = EmulatorsChild.start(
                    Path.of(System.getProperty("java.home"), "bin", "java"),
                    System.getProperty("java.class.path"),
                    root,
                    logs.resolve("emulators.log"),
                    Duration.ofMinutes(3))) {
                var environment = FunctionEnvironment.of(emulators, options.iterations());
                if (options.parts().contains("jvm")) {
                    subjects.addAll(new ArchiveTraining(launcher, environment, options.out(), logs).subjects(subjects));
                }
                summaries.addAll(new Rounds(launcher, environment, logs)
                        .measure(subjects, options.runs(), options.iterations()));
            }
        }
        List<FallbackExperiment.Outcome> fallback = List.of();
        String resolution = "";
        if (options.parts().contains("fallback")) {
            if (FallbackExperiment.isRoot()) {
                log("fallback: black-holed first address, in a network namespace...");
                var experiment = new FallbackExperiment();
                try {
                    fallback = experiment.run(
                            artifacts.clientJars(), jdks.get(mainJdk), FunctionSettings.JAVA_TOOL_OPTIONS, logs, 3);
                    resolution = experiment.resolutions();
                } catch (ChildJvm.ChildFailedException e) {
                    log("fallback: could not set up the namespace: " + e.getMessage());
                    resolution = "not measured: " + e.getMessage();
                }
            } else {
                log("fallback: skipped: creating a network namespace needs root");
            }
        }
        write(new Report(options, jdks, artifacts.sizes(), summaries, fallback, resolution));
    }

    /** summary.md (also printed), summary.json, and per subject the methods compiled during its first invocation. */
    private void write(Report report) throws IOException {
        Files.writeString(options.out().resolve("summary.md"), report.markdown());
        Files.writeString(options.out().resolve("summary.json"), report.json());
        for (Summary s : report.summaries()) {
            if (!s.lastCompiledDuringFirst().isEmpty()) {
                Files.write(
                        options.out()
                                .resolve("compiled-during-first-" + s.subject().id() + "-jdk"
                                        + s.subject().jdk() + ".txt"),
                        s.lastCompiledDuringFirst());
            }
        }
        System.out.println(report.markdown());
        log("wrote " + options.out().resolve("summary.md") + " and summary.json; child logs in " + logs);
    }

    static void log(String message) {
        System.err.println("bench: " + message);
    }
}
