package dev.eigwbench.bench;

import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.RepositoryRoot;
import dev.eigwbench.common.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark command (bin/bench): runs the deployable handler jar and the client harnesses in fresh JVMs against
 * the emulators on loopback, repeats every subject in interleaved rounds, and prints and writes the summary.
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

    /**
     * The command line Lambda's Java runtime starts the JVM with (applied after JAVA_TOOL_OPTIONS, so these win),
     * the same as the lab's function JVMs.
     */
    static List<String> lambdaRuntimeFlags() {
        return List.of(
                "-XX:MaxHeapSize=" + Math.round(FunctionSettings.MEMORY_MB * 0.85) + "m",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "--enable-native-access=ALL-UNNAMED");
    }

    /**
     * Not a function setting: makes the JVM size itself for the function's memory, as it does inside Lambda's
     * sandbox, instead of for this machine's RAM (initial heap is 1/64 of RAM: 16 MB in a 1 GB function, hundreds
     * of MB on a workstation, which would inflate peak RSS).
     */
    static List<String> sandboxFlags() {
        return List.of("-XX:MaxRAM=" + FunctionSettings.MEMORY_MB + "m");
    }

    private void run() throws IOException {
        Files.createDirectories(logs);
        // Snapshots, so a rebuild of the handler module during the benchmark cannot change what is measured.
        Path handlerJar = snapshot(required("handler/target/eigw-bench-handler.jar"));
        Path handlerZip = snapshot(required(FunctionSettings.DEPLOYMENT_PACKAGE));
        Path probeDir = root.resolve("bench/target/probe");
        required("bench/target/probe/aws-lambda-java-core.jar");
        Map<String, Path> clientJars = new LinkedHashMap<>();
        for (String client : List.of("apache5", "url-connection", "crt")) {
            clientJars.put(client, required("bench/target/client-jars/bench-client-" + client + ".jar"));
        }
        Map<String, Path> jdks = Jdks.find();
        String mainJdk = jdks.keySet().iterator().next();
        log("JDKs: " + jdks + "; " + options.runs() + " runs per subject, N=" + options.iterations());

        var launcher = new Launcher(handlerJar, probeDir, clientJars);
        var subjects = new ArrayList<Subject>();
        var flags = lambdaRuntimeFlags();
        var c1 = FunctionSettings.JAVA_TOOL_OPTIONS;
        for (var jdk : jdks.entrySet()) {
            var handler = new Subject("handler", null, jdk.getKey(), jdk.getValue(), c1, flags);
            if (options.parts().contains("handler") || options.parts().contains("jvm")) {
                subjects.add(handler);
            }
            if (options.parts().contains("handler")) {
                subjects.add(handler.primed("handler-primed"));
            }
            if (options.parts().contains("clients") && jdk.getKey().equals(mainJdk)) {
                for (String client : clientJars.keySet()) {
                    subjects.add(new Subject("minimal-" + client, client, jdk.getKey(), jdk.getValue(), c1, flags));
                }
            }
            if (options.parts().contains("jvm")) {
                subjects.add(handler.withToolOptions("jit-default", FunctionSettings.PREFER_IPV6));
                subjects.add(handler.withRuntimeFlags("c1-cds-off", replace(flags, "-Xshare:auto", "-Xshare:off")));
                subjects.add(handler.withRuntimeFlags("c1-g1", replace(flags, "-XX:+UseSerialGC", "-XX:+UseG1GC")));
                // C1 compiling after fewer calls: the unprimed first invocation runs interpreted for less of it.
                subjects.add(handler.withToolOptions("c1-thresholds-0.5", c1 + " -XX:CompileThresholdScaling=0.5"));
                subjects.add(handler.withToolOptions("c1-thresholds-0.2", c1 + " -XX:CompileThresholdScaling=0.2"));
            }
        }

        var summaries = new ArrayList<Summary>();
        List<FallbackExperiment.Outcome> fallback = List.of();
        String resolution = "";
        if (!subjects.isEmpty()) {
            log("starting the emulators...");
            try (var emulators = EmulatorsChild.start(
                    Path.of(System.getProperty("java.home"), "bin", "java"),
                    System.getProperty("java.class.path"),
                    root,
                    logs.resolve("emulators.log"),
                    Duration.ofMinutes(3))) {
                var environment = functionEnvironment(emulators);
                if (options.parts().contains("jvm")) {
                    subjects.addAll(trainArchives(subjects, launcher, environment));
                }
                summaries.addAll(measure(subjects, launcher, environment));
            }
        }
        if (options.parts().contains("fallback")) {
            if (FallbackExperiment.isRoot()) {
                log("fallback: black-holed first address, in a network namespace...");
                var experiment = new FallbackExperiment();
                try {
                    fallback = experiment.run(clientJars, jdks.get(mainJdk), c1, logs, 3);
                    resolution = experiment.resolutions();
                } catch (ChildJvm.ChildFailedException e) {
                    log("fallback: could not set up the namespace: " + e.getMessage());
                    resolution = "not measured: " + e.getMessage();
                }
            } else {
                log("fallback: skipped: creating a network namespace needs root");
            }
        }
        var sizes = new LinkedHashMap<String, Long>();
        sizes.put("handler jar (deployable)", Files.size(handlerJar));
        sizes.put("handler zip (deployment package)", Files.size(handlerZip));
        for (var jar : clientJars.entrySet()) {
            sizes.put("minimal-" + jar.getKey() + " jar", Files.size(jar.getValue()));
        }
        var report = new Report(options, jdks, sizes, summaries, fallback, resolution);
        Files.writeString(options.out().resolve("summary.md"), report.markdown());
        Files.writeString(options.out().resolve("summary.json"), report.json());
        for (Summary s : summaries) {
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

    /** One training run per JDK writes an AppCDS archive (and, on JDK 24+, an AOT cache) the measured runs use. */
    private List<Subject> trainArchives(List<Subject> subjects, Launcher launcher, Map<String, String> environment) {
        var added = new ArrayList<Subject>();
        for (Subject s : List.copyOf(subjects)) {
            if (!s.handler() || !s.id().equals("handler")) {
                continue;
            }
            Path cds = options.out().resolve("archives/handler-jdk" + s.jdk() + ".jsa");
            if (train(s, "-XX:ArchiveClassesAtExit=" + cds, cds, launcher, environment)) {
                added.add(s.withToolOptions("c1-appcds", s.toolOptions() + " -XX:SharedArchiveFile=" + cds));
            }
            if (Integer.parseInt(s.jdk()) >= 25) {
                Path aot = options.out().resolve("archives/handler-jdk" + s.jdk() + ".aot");
                if (train(s, "-XX:AOTCacheOutput=" + aot, aot, launcher, environment)) {
                    // The JVM refuses -XX:AOTCache beside any -Xshare option, which Lambda's command line has: so
                    // measured both ways (with it: does the function start at all?).
                    var withCache = s.withToolOptions("c1-aot-cache", s.toolOptions() + " -XX:AOTCache=" + aot);
                    added.add(withCache);
                    added.add(withCache.withRuntimeFlags("c1-aot-cache-no-xshare", withoutXshare(s.runtimeFlags())));
                    added.add(s.withRuntimeFlags("c1-no-xshare-flag", withoutXshare(s.runtimeFlags())));
                }
            }
        }
        return added;
    }

    private boolean train(
            Subject subject, String option, Path archive, Launcher launcher, Map<String, String> environment) {
        try {
            Files.createDirectories(archive.getParent());
            Files.deleteIfExists(archive);
            log("training run (" + option + ") on JDK " + subject.jdk() + "...");
            var training = subject.withToolOptions("training", subject.toolOptions() + " " + option);
            if (option.startsWith("-XX:AOTCacheOutput")) {
                // The JDK refuses to write an AOT cache alongside any -Xshare option.
                training = training.withRuntimeFlags("training", withoutXshare(training.runtimeFlags()));
            }
            ChildJvm.run(
                    launcher.command(training, 10),
                    launcher.environment(training, environment),
                    logs.resolve("train-jdk" + subject.jdk() + "-" + archive.getFileName() + ".log"),
                    CHILD_TIMEOUT);
            if (Files.isRegularFile(archive)) {
                return true;
            }
            log("  no archive was written: " + archive + " (see the training log)");
        } catch (IOException | ChildJvm.ChildFailedException e) {
            log("  training failed: " + e.getMessage());
        }
        return false;
    }

    /** Interleaved rounds, so slow phases of this shared machine spread over every subject alike. */
    private List<Summary> measure(List<Subject> subjects, Launcher launcher, Map<String, String> environment) {
        var samples = new LinkedHashMap<Subject, List<RunSample>>();
        var failures = new LinkedHashMap<Subject, List<String>>();
        subjects.forEach(s -> {
            samples.put(s, new ArrayList<>());
            failures.put(s, new ArrayList<>());
        });
        for (int round = 1; round <= options.runs(); round++) {
            for (Subject s : subjects) {
                log("run " + round + "/" + options.runs() + ": " + s.id() + " on JDK " + s.jdk());
                String name = s.id() + "-jdk" + s.jdk() + "-run" + round;
                // The handler's runs log what the JIT compiles, to show what the first invocation still compiles.
                Path jitLog = s.handler() && s.id().startsWith("handler") ? logs.resolve(name + ".jit.log") : null;
                try {
                    var finished = ChildJvm.run(
                            launcher.command(s, options.iterations(), jitLog),
                            launcher.environment(s, environment),
                            logs.resolve(name + ".log"),
                            CHILD_TIMEOUT);
                    var out = finished.output();
                    samples.get(s)
                            .add(new RunSample(
                                    out.millisAfter("ready", finished.startMicros()),
                                    out.has("primed") ? out.millisAfter("primed", finished.startMicros()) : Double.NaN,
                                    out.millisAfter("first-done", finished.startMicros()),
                                    out.has("first-done-cpu-ms")
                                            ? Double.parseDouble(out.value("first-done-cpu-ms"))
                                            : Double.NaN,
                                    finished.peakRssKb(),
                                    RunSample.steps(
                                            ChildOutput.steps(out.value("cold")),
                                            ChildOutput.steps(out.value("steady"))),
                                    jitLog == null
                                            ? null
                                            : JitLog.split(
                                                    jitLog,
                                                    epochMillis(out, out.has("primed") ? "primed" : "ready"),
                                                    epochMillis(out, "first-done"))));
                } catch (ChildJvm.ChildFailedException | IllegalArgumentException | IllegalStateException e) {
                    log("  failed: " + e.getMessage());
                    failures.get(s).add("run " + round + ": " + e.getMessage());
                }
            }
        }
        return subjects.stream()
                .map(s -> Summary.of(s, samples.get(s), failures.get(s)))
                .toList();
    }

    private static double epochMillis(ChildOutput out, String key) {
        return Long.parseLong(out.value(key).trim()) / 1000.0;
    }

    /** The stack's environment for the function (as the lab gives it), pointed at the emulators. */
    private Map<String, String> functionEnvironment(EmulatorsChild emulators) {
        var env = new LinkedHashMap<>(FunctionSettings.environment(
                Variant.PUBLIC,
                emulators.table(),
                emulators.queueUrl(),
                emulators.bucket(),
                emulators.fetchUrl(),
                options.iterations()));
        env.put("AWS_ENDPOINT_URL_DYNAMODB", emulators.dynamoDbUrl());
        env.put("AWS_ENDPOINT_URL_SQS", emulators.sqsUrl());
        env.put("AWS_ENDPOINT_URL_S3", emulators.s3Url());
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "bench");
        env.put("AWS_SECRET_ACCESS_KEY", "bench");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("EIGW_ALLOW_LOOPBACK_URL", "true"); // the emulators' public API is on loopback
        env.put("AWS_LAMBDA_FUNCTION_NAME", "eigw-bench-bench");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(FunctionSettings.MEMORY_MB));
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("TZ", ":UTC");
        env.put("LANG", "en_US.UTF-8");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        return env;
    }

    private Path required(String relative) {
        Path path = root.resolve(relative);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(relative + " is missing: run bin/bench (it builds it) or"
                    + " mvn -B -q -pl handler,bench -am package -Pclient-jars -DskipTests");
        }
        return path;
    }

    private Path snapshot(Path artifact) throws IOException {
        Path copy = options.out().resolve("artifacts").resolve(artifact.getFileName());
        Files.createDirectories(copy.getParent());
        Files.copy(artifact, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (copy.toString().endsWith(".jar")) {
            try (var jar = new java.util.zip.ZipFile(copy.toFile())) {
                if (jar.getEntry(HANDLER_CLASS.replace('.', '/') + ".class") == null
                        || jar.getEntry("software/amazon/awssdk/http/SdkHttpClient.class") == null) {
                    throw new IllegalStateException(artifact + " is not the shaded handler jar"
                            + " (is the handler module being rebuilt? run bin/bench again when it is done)");
                }
            } catch (java.util.zip.ZipException e) {
                throw new IllegalStateException(
                        artifact + " is not a complete jar (being rebuilt?): " + e.getMessage());
            }
        }
        return copy;
    }

    private static List<String> withoutXshare(List<String> flags) {
        return flags.stream().filter(f -> !f.startsWith("-Xshare")).toList();
    }

    private static List<String> replace(List<String> flags, String from, String to) {
        return flags.stream().map(f -> f.equals(from) ? to : f).toList();
    }

    static void log(String message) {
        System.err.println("bench: " + message);
    }
}
