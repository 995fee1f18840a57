package dev.eigwbench.lab;

import dev.eigwbench.lab.host.FunctionJava;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a run's functions run, decided once from the options and what this machine allows, and what the report must
 * say about it.
 *
 * @param simulated in the simulated networks (network namespaces), else on loopback
 * @param runtime what loads the handler: the options' choice, unless this machine cannot use it
 * @param notes the report's notes on how the functions ran
 */
record RunConditions(boolean simulated, LabOptions.FunctionRuntime runtime, List<String> notes) {
    /** Where Lambda's runtime interface client always unpacks its JNI library (a fixed path in its code). */
    static final Path RIC_NATIVE_LIBRARY = Path.of("/tmp/.libaws-lambda-jni.so");

    RunConditions {
        notes = List.copyOf(notes);
    }

    /** Decides; a fallback the user did not ask for is also printed to {@code progress} at once. */
    static RunConditions decide(LabOptions options, PrintStream progress) {
        var notes = new ArrayList<String>();
        var simulated = simulation(options, notes, progress);
        var runtime = runtime(options, notes, progress);
        if (options.identicalFunctions()) {
            notes.add("A/A calibration run: both functions are the public variant in identical conditions, so any"
                    + " \"significant\" verdict below is a false positive.");
        }
        return new RunConditions(simulated, runtime, notes);
    }

    private static boolean simulation(LabOptions options, List<String> notes, PrintStream progress) {
        var unavailable = Privileges.simulationUnavailableReason();
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

    /**
     * The runtime client writes its native library to a fixed /tmp path; if another user's copy is there, this user
     * cannot use the client, so the lab falls back to its minimal loader and says so.
     */
    private static LabOptions.FunctionRuntime runtime(LabOptions options, List<String> notes, PrintStream progress) {
        if (options.runtime() == LabOptions.FunctionRuntime.RIC
                && Files.exists(RIC_NATIVE_LIBRARY)
                && !Files.isWritable(RIC_NATIVE_LIBRARY)) {
            notes.add("Lambda's runtime interface client could not be used: " + RIC_NATIVE_LIBRARY
                    + " (where it always unpacks its native library) belongs to another user; the functions ran"
                    + " under the lab's minimal handler loader instead.");
            progress.println("lab: " + notes.get(notes.size() - 1));
            return LabOptions.FunctionRuntime.LOCAL;
        }
        return options.runtime();
    }

    /** The report's parameters for how the functions ran. */
    Map<String, String> parameters(LabOptions options, FunctionJava java) {
        var p = new LinkedHashMap<String, String>();
        p.put("network", simulated ? "simulated (network namespaces)" : "loopback, NOT simulated");
        if (options.identicalFunctions()) p.put("functions", "A/A: two identical public functions");
        p.put(
                "java.net.preferIPv6Addresses",
                options.preferIPv6() ? "true (as the stack)" : "not set (--no-prefer-ipv6)");
        p.put("function JVM", java.description());
        p.put("function timeout", options.functionTimeout().toSeconds() + " s");
        p.put(
                "function runtime",
                runtime == LabOptions.FunctionRuntime.RIC
                        ? "Lambda's runtime interface client (aws-lambda-java-runtime-interface-client) + lab Runtime API"
                        : "the lab's minimal handler loader (--runtime local)");
        p.put("emulators", "dynalite (DynamoDB), ElasticMQ (SQS), S3Proxy (S3), local HTTP server");
        return p;
    }
}
