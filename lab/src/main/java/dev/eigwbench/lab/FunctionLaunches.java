package dev.eigwbench.lab;

import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.Variant;
import dev.eigwbench.lab.host.DeploymentPackage;
import dev.eigwbench.lab.host.FunctionHost;
import dev.eigwbench.lab.host.FunctionJava;
import dev.eigwbench.lab.net.LabService;
import dev.eigwbench.lab.net.Role;
import dev.eigwbench.lab.net.TopologyPlan;
import dev.eigwbench.lab.runtime.LocalLambdaRuntime;
import dev.eigwbench.lab.runtime.RuntimeApiBridge;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each function JVM is started: the environment and JVM options the stack gives Lambda (from
 * {@link FunctionSettings}, the one source shared with infra), Lambda's own variables, the endpoints of the
 * emulators, and Lambda's way of applying {@code AWS_LAMBDA_EXEC_WRAPPER}: the packaged script runs the java
 * command line.
 *
 * @param runtime what loads the handler ({@link RunConditions#runtime()}: the options' choice unless it cannot run)
 * @param plan the run's namespaces, or null on loopback
 * @param runtimeClasspath the runtime's own jars (Lambda puts its runtime's jars first)
 * @param loopbackHosts the hosts file the JVMs use on loopback ({@code jdk.net.hosts.file}), or null
 */
record FunctionLaunches(
        LabOptions options,
        LabOptions.FunctionRuntime runtime,
        String runId,
        TopologyPlan plan,
        DeploymentPackage pkg,
        String runtimeClasspath,
        FunctionJava java,
        Endpoints endpoints,
        Path loopbackHosts,
        Path logs) {
    static final String WRAPPER = "bin/prefer-ipv6-wrapper";
    /** The handler's opt-in for an http-get URL on loopback (announced by the handler's change; one place here). */
    static final String ALLOW_LOOPBACK_URL = FunctionSettings.ENV_ALLOW_LOOPBACK_URL;

    FunctionHost.Launch forVariant(Variant variant) {
        return launch(variant, variant, functionName(variant), variables(variant));
    }

    static String functionName(Variant variant) {
        return "eigw-bench-lab-" + variant.id();
    }

    /**
     * One execution environment of a function: {@code variables} are the function's own environment (as the Lambda
     * API shows and updates it), {@code network} the simulated network it runs in. Like Lambda, the runtime applies
     * {@code AWS_LAMBDA_EXEC_WRAPPER} when the function's environment sets it, and its reserved variables win.
     */
    FunctionHost.Launch launch(Variant slot, Variant network, String functionName, Map<String, String> variables) {
        var env = new LinkedHashMap<>(variables);
        env.putAll(lambdaEnvironment(functionName));
        var command = new ArrayList<String>();
        if (variables.containsKey(FunctionSettings.ENV_EXEC_WRAPPER)) {
            // Lambda runs "<AWS_LAMBDA_EXEC_WRAPPER> <java command line>"; the lab runs the packaged script the same
            // way.
            command.add(pkg.script(WRAPPER).toString());
        }
        command.add(java.executable().toString());
        command.addAll(runtimeJvmOptions());
        command.add("-Deigw.lab.run=" + runId);
        if (loopbackHosts != null) {
            command.add("-Djdk.net.hosts.file=" + loopbackHosts);
            env.put(ALLOW_LOOPBACK_URL, "true"); // http-get refuses loopback unless told so
        }
        command.add("-cp");
        command.add(String.join(File.pathSeparator, runtimeClasspath, pkg.classpath()));
        if (runtime == LabOptions.FunctionRuntime.RIC) {
            env.put("AWS_LAMBDA_RUNTIME_API", runtimeApiAddress(slot, network));
            command.add(RuntimeApiBridge.class.getName());
        } else {
            command.add(LocalLambdaRuntime.class.getName());
        }
        command.add(FunctionSettings.HANDLER);
        var argv = plan == null ? command : plan.inNamespace(Role.of(network), command);
        return new FunctionHost.Launch(slot, argv, env, logs.resolve(functionName + ".log"), pkg.taskDir());
    }

    /** The whole environment one variant's JVM sees (the function's variables plus Lambda's own). */
    Map<String, String> environment(Variant variant) {
        return forVariant(variant).environment();
    }

    /**
     * The function's own environment: the stack's (from {@link FunctionSettings}) and the emulators' endpoints. The
     * one place where it is assembled, for serve and run alike.
     */
    Map<String, String> variables(Variant variant) {
        var env = new LinkedHashMap<>(FunctionSettings.environment(
                variant,
                LocalDeployment.TABLE,
                endpoints.queueUrl(),
                LocalDeployment.BUCKET,
                endpoints.fetchUrl(),
                options.iterations()));
        if (!options.preferIPv6()) {
            // The same function deployed without this project's IPv6 settings.
            env.put(
                    FunctionSettings.ENV_JAVA_TOOL_OPTIONS,
                    FunctionSettings.JAVA_TOOL_OPTIONS
                            .replace(FunctionSettings.PREFER_IPV6, "")
                            .strip());
            env.remove(FunctionSettings.ENV_EXEC_WRAPPER);
        }
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoints.url(LabService.DYNAMODB));
        env.put("AWS_ENDPOINT_URL_SQS", endpoints.url(LabService.SQS));
        env.put("AWS_ENDPOINT_URL_S3", endpoints.url(LabService.S3));
        if (plan == null) {
            // On loopback the HTTP target is this machine; the handler refuses loopback URLs unless told otherwise.
            env.put(ALLOW_LOOPBACK_URL, "true");
        }
        return env;
    }

    /**
     * Options Lambda's Java runtime puts on its own command line (a heap sized from memory, the serial GC), plus
     * {@code MaxRAM}: in Lambda the JVM sees the function's memory as the machine's, here it would see the host's,
     * and size its other ergonomics (and so its peak RSS) for that.
     */
    static List<String> runtimeJvmOptions() {
        long heapMb = Math.round(FunctionSettings.MEMORY_MB * 0.85);
        return List.of(
                "-XX:MaxRAM=" + FunctionSettings.MEMORY_MB + "m",
                "-XX:MaxHeapSize=" + heapMb + "m",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "--enable-native-access=ALL-UNNAMED"); // the runtime interface client loads its JNI library
    }

    /** The variables Lambda sets for every function, with dummy credentials (nothing here reaches AWS). */
    private Map<String, String> lambdaEnvironment(String functionName) {
        var env = new LinkedHashMap<String, String>();
        env.put("AWS_REGION", LocalDeployment.REGION);
        env.put("AWS_DEFAULT_REGION", LocalDeployment.REGION);
        env.put("AWS_ACCESS_KEY_ID", "lab");
        env.put("AWS_SECRET_ACCESS_KEY", "lab");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(FunctionSettings.MEMORY_MB));
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("LAMBDA_TASK_ROOT", pkg.taskDir().toString());
        env.put("TZ", ":UTC");
        env.put("LANG", "en_US.UTF-8");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        return env;
    }

    /**
     * Lambda serves the Runtime API on 127.0.0.1:9001 inside each execution environment; each function namespace
     * has its own loopback, so the lab does the same; two functions sharing one namespace (A/A) use 9001 and 9002.
     * On the shared loopback it takes a free port.
     */
    private String runtimeApiAddress(Variant slot, Variant network) {
        if (plan != null) {
            return slot == network ? "127.0.0.1:9001" : "127.0.0.1:9002";
        }
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new LabException("cannot find a free loopback port for the Runtime API: " + e.getMessage(), e);
        }
    }

    /** On loopback every name points at this machine: dual-stack names at 127.0.0.1 and ::1, the others IPv4 only. */
    static String loopbackHosts(String bucket) {
        var b = new StringBuilder("127.0.0.1\tlocalhost\n::1\tlocalhost\n");
        for (var service : LabService.values()) {
            b.append("127.0.0.1\t").append(service.hostName());
            if (service == LabService.S3) {
                b.append(' ').append(bucket).append('.').append(service.hostName());
            }
            b.append('\n');
            if (service.dualStack()) {
                b.append("::1\t").append(service.hostName()).append('\n');
            }
        }
        return b.toString();
    }
}
