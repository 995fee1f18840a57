package dev.eigwbench.lab;

import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.common.Variant;
import dev.eigwbench.lab.api.LocalFunction;
import dev.eigwbench.lab.api.LocalLambdaApi;
import dev.eigwbench.lab.host.DeploymentPackage;
import dev.eigwbench.lab.host.FunctionHost;
import dev.eigwbench.lab.host.FunctionJava;
import dev.eigwbench.lab.net.CommandRunner;
import dev.eigwbench.lab.net.NetworkLab;
import dev.eigwbench.lab.net.TopologyPlan;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The lab's stand-in for deploying the stack: the simulated networks (or loopback), the emulators, both functions
 * behind the local Lambda API, and the stack outputs naming them. Everything it starts is registered in the run's
 * {@link Resources}.
 */
final class LocalDeployment {
    static final String TABLE = "eigw-bench-lab";
    static final String QUEUE = "eigw-bench-lab";
    static final String BUCKET = "eigw-bench-lab";
    static final String REGION = "us-east-1";

    /** The alias the stack invokes (its SnapStart version); the lab publishes version 1 behind it. */
    static final String ALIAS = "live";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Duration FUNCTION_INIT_TIMEOUT = Duration.ofSeconds(60);

    private final LabOptions options;
    private final PrintStream progress;

    /**
     * Function JVMs start one at a time (until each is ready): Lambda's runtime client unpacks its native library to
     * one fixed path ({@link RunConditions#RIC_NATIVE_LIBRARY}), and two cold starts at once (the readiness check
     * invokes both functions together) can load a copy the other is rewriting and die with SIGBUS.
     */
    private final Object functionStarts = new Object();

    LocalDeployment(LabOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    /**
     * Starts everything, the API on {@code port} (0: any free one), with {@code extras} applied to the simulated
     * networks once they are built (closed with them; not called on loopback; may be null).
     */
    Served start(Resources resources, int port, Function<NetworkLab, AutoCloseable> extras) {
        var conditions = RunConditions.decide(options, progress);
        var runId = ProcessHandle.current().pid() + "-" + SEQUENCE.getAndIncrement();
        var layout = RepoLayout.locate();
        var functionJava = FunctionJava.detect();
        var logs = options.outputDir().resolve("logs");
        var workDir = WorkDirs.create(resources);
        resetLogs(logs);

        NetworkLab network = null;
        if (conditions.simulated()) {
            var plan = new TopologyPlan(runId);
            progress.println(
                    "lab: building the simulated networks (namespaces " + String.join(", ", plan.namespaces()) + ")");
            network = resources.add(
                    NetworkLab.create(plan, BUCKET, new CommandRunner(Duration.ofSeconds(20)), NetworkLab.NETNS_ETC));
            if (extras != null) resources.add(extras.apply(network));
        }
        progress.println("lab: starting the emulators (DynamoDB: dynalite, SQS: ElasticMQ, S3: S3Proxy, HTTP target)");
        var emulators = resources.add(LabEmulators.start(network, layout, logs.resolve("emulators.log")));
        var endpoints = Endpoints.from(emulators.ready());
        progress.println("lab: emulators ready");

        var zip = options.deploymentPackage() != null ? options.deploymentPackage() : layout.deploymentPackage();
        var pkg = resources.add(DeploymentPackage.unpack(zip, workDir));
        var hostsFile = conditions.simulated() ? null : writeLoopbackHosts(workDir);
        var launches = new FunctionLaunches(
                options,
                conditions.runtime(),
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
            var function = api.add(function(slot, launches));
            outputs.put(StackOutputs.aliasArnKey(slot), function.publishWithAlias(ALIAS));
            outputs.put(StackOutputs.functionNameKey(slot), function.name());
        }
        outputs.put(StackOutputs.TABLE_NAME, TABLE);
        outputs.put(StackOutputs.QUEUE_URL, endpoints.queueUrl());
        outputs.put(StackOutputs.BUCKET_NAME, BUCKET);
        return new Served(
                api, outputs, conditions.simulated(), conditions.notes(), conditions.parameters(options, functionJava));
    }

    /** The function in {@code slot}; A/A: both are the public variant, in the public network, alike. */
    private LocalFunction function(Variant slot, FunctionLaunches launches) {
        var behaves = options.identicalFunctions() ? Variant.PUBLIC : slot;
        var name = options.identicalFunctions()
                ? "eigw-bench-lab-aa-" + (slot == Variant.VPC ? "a" : "b")
                : FunctionLaunches.functionName(slot);
        return new LocalFunction(
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
                });
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
