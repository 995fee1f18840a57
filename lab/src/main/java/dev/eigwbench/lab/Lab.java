package dev.eigwbench.lab;

import dev.eigwbench.client.PriceOptions;
import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.RepositoryRoot;
import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.common.Variant;
import dev.eigwbench.lab.api.LocalFunction;
import dev.eigwbench.lab.api.LocalLambdaApi;
import dev.eigwbench.lab.host.DeploymentPackage;
import dev.eigwbench.lab.host.EmulatorProcess;
import dev.eigwbench.lab.host.FunctionHost;
import dev.eigwbench.lab.host.FunctionJava;
import dev.eigwbench.lab.net.CommandRunner;
import dev.eigwbench.lab.net.NetworkLab;
import dev.eigwbench.lab.net.Role;
import dev.eigwbench.lab.net.TopologyPlan;
import dev.eigwbench.report.BenchmarkReport;
import dev.eigwbench.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
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

    /** The alias the stack invokes (its SnapStart version); the lab publishes version 1 behind it. */
    static final String ALIAS = "live";

    private LabOptions options;

    /**
     * Function JVMs start one at a time (until each is ready): Lambda's runtime client unpacks its native library to
     * one fixed path ({@link #RIC_NATIVE_LIBRARY}), and two cold starts at once (the readiness check invokes both
     * functions together) can load a copy the other is rewriting and die with SIGBUS.
     */
    private final Object functionStarts = new Object();

    private final PriceOptions prices;
    private final PrintStream progress;

    /** @param prices the compare client's price and traffic flags (its defaults when none were given) */
    public Lab(LabOptions options, PriceOptions prices, PrintStream progress) {
        this.options = options;
        this.prices = prices;
        this.progress = progress;
    }

    public Lab(LabOptions options, PrintStream progress) {
        this(options, PriceFlags.parse(List.of()), progress);
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

    /** Runs the comparison: serve (in this process), then the compare client's code against the local API. */
    public Outcome run() {
        return withResources(resources -> {
            var served = start(resources, 0);
            progress.println("lab: local Lambda API at " + served.api().endpoint() + "; comparing through it");
            return LabComparison.run(served, options, prices, progress);
        });
    }

    /**
     * {@code bin/lab serve}: starts everything, writes {@code cdk-outputs.json} and {@code endpoint} into
     * {@code dir}, hands the endpoint to {@code ready}, then serves until the JVM is told to stop (SIGINT, SIGTERM),
     * when everything is removed.
     */
    public void serve(Path dir, int port, Consumer<URI> ready) {
        withResources(resources -> {
            ServeFiles.removeOld(dir); // a waiting client must not read the previous run's endpoint
            var served = start(resources, port);
            var files = ServeFiles.write(dir, served.outputs(), served.api().endpoint());
            served.notes().forEach(note -> progress.println("lab: " + note));
            progress.println("lab: local Lambda API (signatures are not checked) at "
                    + served.api().endpoint());
            progress.println("lab: wrote " + files.outputs() + " and " + files.endpoint() + "; compare with:");
            progress.println("  java -jar client/target/eigw-bench-client.jar compare --outputs-file "
                    + files.outputs() + " --endpoint-url " + served.api().endpoint()
                    + " --cold-starts 1 --invocations 2 --out reports");
            progress.println("lab: serving until SIGINT/SIGTERM (Ctrl-C)");
            progress.flush();
            ready.accept(served.api().endpoint());
            try {
                new CountDownLatch(1).await(); // the shutdown hook removes everything
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
    }

    /**
     * Starts what {@code serve} starts, with {@code extras} applied to the simulated networks once they are built
     * (closed with them; not called on loopback), hands it to {@code body}, and removes everything on return: for
     * runs other than the comparison that go through the local Lambda API (the readiness check).
     */
    public <T> T serveFor(Function<NetworkLab, AutoCloseable> extras, Function<Served, T> body) {
        return withResources(resources -> body.apply(start(resources, 0, extras)));
    }

    /** Everything started is removed, and what was written handed to the sudo user, on return, error or signal. */
    private <T> T withResources(Function<Resources, T> body) {
        var resources = new Resources();
        Runnable finish = () -> {
            resources.closeAll();
            Ownership.giveToSudoUser(options.outputDir());
        };
        var hook = new Thread(finish, "lab-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return body.apply(resources);
        } finally {
            finish.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running
            }
        }
    }

    /**
     * What {@code serve} started: the local Lambda API with both functions, the stack outputs naming them, and what
     * the report must say about how they ran.
     */
    public record Served(
            LocalLambdaApi api,
            Map<String, String> outputs,
            boolean simulated,
            List<String> notes,
            Map<String, String> parameters) {}

    private Served start(Resources resources, int port) {
        return start(resources, port, null);
    }

    private Served start(Resources resources, int port, Function<NetworkLab, AutoCloseable> extras) {
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
            if (extras != null) resources.add(extras.apply(network));
        }
        progress.println("lab: starting the emulators (DynamoDB: dynalite, SQS: ElasticMQ, S3: S3Proxy, HTTP target)");
        var emulators = resources.add(startEmulators(network, layout, logs.resolve("emulators.log")));
        var endpoints = Endpoints.from(emulators.ready());
        progress.println("lab: emulators ready");

        var zip = options.deploymentPackage() != null ? options.deploymentPackage() : layout.deploymentPackage();
        var pkg = resources.add(DeploymentPackage.unpack(zip, workDir));
        var hostsFile = simulate ? null : writeLoopbackHosts(workDir);
        var launches = new FunctionLaunches(
                options,
                runId,
                network == null ? null : network.plan(),
                pkg,
                layout.functionRuntimeClasspath(),
                functionJava,
                endpoints,
                hostsFile,
                logs);

        var api = resources.add(LocalLambdaApi.start(port));
        var outputs = new LinkedHashMap<String, String>();
        for (var slot : Variant.values()) {
            // A/A: both functions are the public variant, in the public network, with the same environment.
            var behaves = options.identicalFunctions() ? Variant.PUBLIC : slot;
            var name = options.identicalFunctions()
                    ? "eigw-bench-lab-aa-" + (slot == Variant.VPC ? "a" : "b")
                    : FunctionLaunches.functionName(slot);
            var function = api.add(new LocalFunction(
                    name,
                    slot,
                    REGION,
                    FunctionSettings.MEMORY_MB,
                    options.functionTimeout(),
                    launches.variables(behaves),
                    variables -> {
                        synchronized (functionStarts) {
                            return FunctionHost.start(
                                    launches.launch(slot, behaves, name, variables), FUNCTION_INIT_TIMEOUT);
                        }
                    }));
            outputs.put(StackOutputs.aliasArnKey(slot), function.publishWithAlias(ALIAS));
            outputs.put(StackOutputs.functionNameKey(slot), name);
        }
        outputs.put(StackOutputs.TABLE_NAME, TABLE);
        outputs.put(StackOutputs.QUEUE_URL, endpoints.queueUrl());
        outputs.put(StackOutputs.BUCKET_NAME, BUCKET);
        if (options.identicalFunctions()) {
            notes.add("A/A calibration run: both functions are the public variant in identical conditions, so any"
                    + " \"significant\" verdict below is a false positive.");
        }
        return new Served(api, outputs, simulate, notes, parameters(simulate, functionJava));
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
        notes.add(
                options.identicalFunctions()
                        ? "Simulated networks (Linux network namespaces): both functions ran in the public network"
                                + " (IPv4 only)."
                        : "Simulated networks (Linux network namespaces): vpc reaches SQS and the HTTP target over"
                                + " IPv6 only (egress-only gateway), DynamoDB and S3 over IPv4 (gateway endpoints),"
                                + " and every other IPv4 destination is silently dropped (no NAT); public has IPv4"
                                + " only.");
        if (!options.preferIPv6()) {
            notes.add("--no-prefer-ipv6: the functions ran WITHOUT java.net.preferIPv6Addresses=true and without the"
                    + " exec wrapper, so dual-stack names resolve IPv4 first: the blog's problem.");
        }
        return true;
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
        env.put(RepositoryRoot.ENVIRONMENT, layout.root().toString());
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
        if (options.identicalFunctions()) p.put("functions", "A/A: two identical public functions");
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
        Ownership.createDirectories(dir, "--out");
        try (var old = Files.list(dir)) {
            for (var log : old.filter(p -> p.toString().endsWith(".log")).toList()) {
                Files.delete(log);
            }
        } catch (IOException e) {
            throw Ownership.cannotWrite(dir, "--out", e);
        }
    }
}
