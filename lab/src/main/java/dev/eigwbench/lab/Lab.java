package dev.eigwbench.lab;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.lab.host.DeploymentPackage;
import dev.eigwbench.lab.host.EmulatorProcess;
import dev.eigwbench.lab.host.FunctionHost;
import dev.eigwbench.lab.host.FunctionJava;
import dev.eigwbench.lab.net.CommandRunner;
import dev.eigwbench.lab.net.NetworkLab;
import dev.eigwbench.lab.net.Role;
import dev.eigwbench.lab.net.TopologyPlan;
import dev.eigwbench.report.BenchmarkReport;
import dev.eigwbench.report.InvocationRecord;
import dev.eigwbench.report.PathFindings;
import dev.eigwbench.report.ReportFiles;
import dev.eigwbench.report.ReportHeader;
import dev.eigwbench.report.ReportWriter;
import dev.eigwbench.report.render.ConsoleRenderer;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One lab run: network, emulators, the two functions, N invocations each, the report. Everything started is
 * registered in {@link Resources} and removed on success, failure and Ctrl-C.
 */
public final class Lab {
    static final String TITLE = "eigw-bench lab: Lambda in a VPC with no NAT (IPv6 egress) vs. outside a VPC";
    static final String TABLE = "eigw-bench-lab";
    static final String QUEUE = "eigw-bench-lab";
    static final String BUCKET = "eigw-bench-lab";
    static final String REGION = "us-east-1";
    static final String EMULATORS_MAIN = "dev.eigwbench.emulators.EmulatorsMain";
    static final String WORK_DIR_PREFIX = "eigw-lab-";
    private static final Pattern WORK_DIR = Pattern.compile(WORK_DIR_PREFIX + "(\\d+)-.*");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Duration EMULATORS_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration FUNCTION_INIT_TIMEOUT = Duration.ofSeconds(60);

    /** Where the runtime interface client always unpacks its JNI library (a fixed path in its code). */
    static final Path RIC_NATIVE_LIBRARY = Path.of("/tmp/.libaws-lambda-jni.so");

    private LabOptions options;
    private final PrintStream progress;
    private final ObjectMapper json =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public Lab(LabOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    /** What a run produced. {@code failed} is true when any invocation failed. */
    public record Outcome(BenchmarkReport report, ReportFiles files, String consoleReport) {
        public boolean failed() {
            return report.hasFailures();
        }
    }

    /** Network namespaces need Linux, root and iproute2. */
    public static boolean canSimulateNetworks() {
        return simulationUnavailableReason() == null;
    }

    static String simulationUnavailableReason() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return "network namespaces need Linux, this is " + System.getProperty("os.name");
        }
        if (!isRoot()) {
            return "network namespaces need root (run as root, e.g. sudo bin/lab)";
        }
        if (!Files.isExecutable(Path.of("/usr/sbin/ip"))
                && !Files.isExecutable(Path.of("/sbin/ip"))
                && !Files.isExecutable(Path.of("/usr/bin/ip"))) {
            return "the ip command (iproute2) is not installed";
        }
        return null;
    }

    static boolean isRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("Uid:"))
                    .map(l -> l.split("\\s+")[1])
                    .anyMatch("0"::equals);
        } catch (IOException e) {
            return false;
        }
    }

    public Outcome run() {
        var resources = new Resources();
        var hook = new Thread(resources::closeAll, "lab-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return runWith(resources);
        } finally {
            resources.closeAll();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running
            }
        }
    }

    private Outcome runWith(Resources resources) {
        var notes = new ArrayList<String>();
        var simulate = decideSimulation(notes);
        decideRuntime(notes);
        var runId = ProcessHandle.current().pid() + "-" + SEQUENCE.getAndIncrement();
        var layout = RepoLayout.locate();
        var functionJava = FunctionJava.detect();
        var logs = options.outputDir().resolve("logs");
        var workDir = createWorkDir(resources);
        resetLogs(logs);

        NetworkLab network = null;
        if (simulate) {
            var plan = new TopologyPlan(runId);
            progress.println(
                    "lab: building the simulated networks (namespaces " + String.join(", ", plan.namespaces()) + ")");
            network = resources.add(
                    NetworkLab.create(plan, BUCKET, new CommandRunner(Duration.ofSeconds(20)), NetworkLab.NETNS_ETC));
        }
        progress.println("lab: starting the emulators (DynamoDB: dynalite, SQS: ElasticMQ, S3: S3Proxy, HTTP target)");
        var emulators = resources.add(startEmulators(network, layout, logs.resolve("emulators.log")));
        var endpoints = Endpoints.from(emulators.ready());
        progress.println("lab: emulators ready");

        var zip = options.deploymentPackage() != null ? options.deploymentPackage() : layout.deploymentPackage();
        var pkg = resources.add(DeploymentPackage.unpack(zip, workDir));
        var hostsFile = simulate ? null : writeLoopbackHosts(workDir);
        var factory = new FunctionLaunches(
                options,
                runId,
                network == null ? null : network.plan(),
                pkg,
                layout.functionRuntimeClasspath(),
                functionJava,
                endpoints,
                hostsFile,
                logs);
        var launches = new EnumMap<Variant, FunctionHost.Launch>(Variant.class);
        for (var variant : Variant.values()) {
            launches.put(variant, factory.forVariant(variant));
        }

        var records = new ArrayList<InvocationRecord>();
        var hosts = new EnumMap<Variant, FunctionHost>(Variant.class);
        var inits = new EnumMap<Variant, List<Double>>(Variant.class);
        var event = "{\"iterations\":" + options.iterations() + "}";
        for (int run = 0; run < options.runs(); run++) {
            for (var variant : Variant.values()) {
                progress.printf(
                        "lab: run %d of %d: %s function (%d calls per step)%n",
                        run + 1, options.runs(), variant.id(), options.iterations());
                records.add(invoke(resources, hosts, inits, launches.get(variant), run, event));
            }
        }

        notes.addAll(PathFindings.intendedPaths(records, simulate));
        notes.add(initNote(inits));
        var header = ReportHeader.of(TITLE, InvocationRecord.SOURCE_LAB, parameters(simulate, functionJava), notes);
        var report = BenchmarkReport.of(header, records, null);
        var files = ReportWriter.writeAll(report, options.outputDir(), "report");
        return new Outcome(report, files, ConsoleRenderer.render(report));
    }

    /**
     * The runtime client writes its native library to a fixed /tmp path; if another user's copy is there, this user
     * cannot use the client, so the lab falls back to its minimal loader and says so.
     */
    private void decideRuntime(List<String> notes) {
        if (options.runtime() == LabOptions.FunctionRuntime.RIC
                && Files.exists(RIC_NATIVE_LIBRARY)
                && !Files.isWritable(RIC_NATIVE_LIBRARY)) {
            options = options.withRuntime(LabOptions.FunctionRuntime.LOCAL);
            notes.add("Lambda's runtime interface client could not be used: " + RIC_NATIVE_LIBRARY
                    + " (where it always unpacks its native library) belongs to another user; the functions ran"
                    + " under the lab's minimal handler loader instead.");
            progress.println("lab: " + notes.get(notes.size() - 1));
        }
    }

    private boolean decideSimulation(List<String> notes) {
        var unavailable = simulationUnavailableReason();
        switch (options.network()) {
            case LOOPBACK -> {
                notes.add("NO NETWORK SIMULATION (--loopback): both functions ran on this machine's loopback;"
                        + " address families are real, but nothing is black-holed and there is no VPC routing.");
                return false;
            }
            case NAMESPACES -> {
                if (unavailable != null) {
                    throw new LabException("--namespaces: " + unavailable);
                }
            }
            case AUTO -> {
                if (unavailable != null) {
                    notes.add("NO NETWORK SIMULATION: " + unavailable + ". Both functions ran on loopback;"
                            + " address families are real, but nothing is black-holed and there is no VPC routing.");
                    progress.println("lab: " + notes.get(notes.size() - 1));
                    return false;
                }
            }
        }
        notes.add("Simulated networks (Linux network namespaces): vpc reaches SQS and the HTTP target over IPv6 only"
                + " (egress-only gateway), DynamoDB and S3 over IPv4 (gateway endpoints), and every other IPv4"
                + " destination is silently dropped (no NAT); public has IPv4 only.");
        if (!options.preferIPv6()) {
            notes.add("--no-prefer-ipv6: the functions ran WITHOUT java.net.preferIPv6Addresses=true and without the"
                    + " exec wrapper, so dual-stack names resolve IPv4 first: the blog's problem.");
        }
        return true;
    }

    /** The lab's counterpart of Lambda's Init Duration, per cold start. */
    private static String initNote(Map<Variant, List<Double>> inits) {
        var parts = new ArrayList<String>();
        inits.forEach((variant, ms) -> parts.add(variant.id() + " "
                + String.join(
                        ", ",
                        ms.stream()
                                .map(m -> String.format(Locale.ROOT, "%.0f ms", m))
                                .toList())));
        return "Init (JVM start until the runtime asked for the first event, like Lambda's Init Duration): "
                + (parts.isEmpty() ? "no function started" : String.join("; ", parts));
    }

    private InvocationRecord invoke(
            Resources resources,
            Map<Variant, FunctionHost> hosts,
            Map<Variant, List<Double>> inits,
            FunctionHost.Launch launch,
            int sequence,
            String event) {
        var variant = launch.variant();
        var host = hosts.get(variant);
        boolean cold = host == null || !host.alive();
        try {
            if (cold) {
                host = resources.add(FunctionHost.start(launch, FUNCTION_INIT_TIMEOUT));
                inits.computeIfAbsent(variant, v -> new ArrayList<>()).add(host.initMs());
                hosts.put(variant, host);
            }
            var invocation = host.invoke(event, options.functionTimeout());
            if (invocation.error() != null) {
                return new InvocationRecord(
                        variant,
                        sequence,
                        invocation.cold(),
                        null,
                        null,
                        "Unhandled: " + invocation.error(),
                        InvocationRecord.SOURCE_LAB);
            }
            var result = json.readValue(invocation.payload(), BenchmarkResult.class);
            progress.printf("lab:   %s: %s in %.0f ms%n", variant.id(), result.status(), invocation.durationMs());
            return new InvocationRecord(
                    variant, sequence, invocation.cold(), result, null, InvocationRecord.SOURCE_LAB);
        } catch (LabException | IOException e) {
            progress.println("lab:   " + variant.id() + ": " + e.getMessage());
            var failed = hosts.remove(variant);
            if (failed != null) {
                failed.close(); // like Lambda after a timeout: the next invocation starts a new environment
            }
            return new InvocationRecord(
                    variant, sequence, cold, null, null, e.getMessage(), InvocationRecord.SOURCE_LAB);
        }
    }

    private EmulatorProcess startEmulators(NetworkLab network, RepoLayout layout, Path log) {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(
                java,
                "-XX:+UseSerialGC",
                "-Deigw.lab.emulators=true",
                "-cp",
                absoluteClasspath(System.getProperty("java.class.path")),
                EMULATORS_MAIN));
        command.addAll(
                EmulatorArguments.forLab(network == null ? null : network.plan(), layout.root(), TABLE, QUEUE, BUCKET));
        var argv = network == null ? command : network.plan().inNamespace(Role.SERVICES, command);
        var env = new LinkedHashMap<String, String>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("EIGW_ROOT", layout.root().toString());
        env.put("LANG", "C.UTF-8");
        return EmulatorProcess.start(argv, env, log, EMULATORS_TIMEOUT);
    }

    /** The emulators JVM starts in another directory view (its namespace), so relative entries are resolved now. */
    static String absoluteClasspath(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private Map<String, String> parameters(boolean simulate, FunctionJava java) {
        var p = new LinkedHashMap<String, String>();
        p.put("network", simulate ? "simulated (network namespaces)" : "loopback, NOT simulated");
        p.put("runs per function", Integer.toString(options.runs()));
        p.put("iterations per step", Integer.toString(options.iterations()));
        p.put(
                "java.net.preferIPv6Addresses",
                options.preferIPv6() ? "true (as the stack)" : "not set (--no-prefer-ipv6)");
        p.put("function JVM", java.description());
        p.put("function timeout", options.functionTimeout().toSeconds() + " s");
        p.put(
                "function runtime",
                options.runtime() == LabOptions.FunctionRuntime.RIC
                        ? "Lambda's runtime interface client (aws-lambda-java-runtime-interface-client) + lab Runtime API"
                        : "the lab's minimal handler loader (--runtime local)");
        p.put("emulators", "dynalite (DynamoDB), ElasticMQ (SQS), S3Proxy (S3), local HTTP server");
        return p;
    }

    private static Path writeLoopbackHosts(Path workDir) {
        var hosts = workDir.resolve("hosts");
        try {
            Files.writeString(hosts, FunctionLaunches.loopbackHosts(BUCKET));
        } catch (IOException e) {
            throw new LabException("cannot write " + hosts + ": " + e.getMessage(), e);
        }
        return hosts;
    }

    private static Path createWorkDir(Resources resources) {
        try {
            // The owner's pid in the name lets `bin/lab cleanup` remove it if this process is killed outright.
            var dir = Files.createTempDirectory(
                    WORK_DIR_PREFIX + ProcessHandle.current().pid() + "-");
            resources.add(() -> deleteTree(dir));
            return dir;
        } catch (IOException e) {
            throw new LabException("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    /** Work directories ({@code eigw-lab-<pid>-…} in the temp directory) of lab processes that are gone. */
    static List<String> removeStaleWorkDirs(boolean all) {
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

    /** Each run's logs replace the previous run's, so they match the report beside them. */
    private static void resetLogs(Path dir) {
        try {
            Files.createDirectories(dir);
            try (var old = Files.list(dir)) {
                for (var log : old.filter(p -> p.toString().endsWith(".log")).toList()) {
                    Files.delete(log);
                }
            }
        } catch (IOException e) {
            throw new LabException("--out: cannot create " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
