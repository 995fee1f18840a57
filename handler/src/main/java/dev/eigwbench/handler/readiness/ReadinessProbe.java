package dev.eigwbench.handler.readiness;

import com.amazonaws.services.lambda.runtime.Context;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.readiness.AwsServiceEndpoints;
import dev.eigwbench.common.readiness.ConnectAttempt;
import dev.eigwbench.common.readiness.DestinationKind;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.DestinationSpec;
import dev.eigwbench.common.readiness.HostProbe;
import dev.eigwbench.common.readiness.ReadinessResult;
import dev.eigwbench.handler.net.DestinationGuard;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The readiness check: every destination probed in turn from this function's network, each with a verdict. Stops
 * with PARTIAL when the Lambda time left cannot fit the next stage; the destinations not reached are still listed,
 * without a verdict.
 */
public final class ReadinessProbe {
    private final Network network;
    private final Function<InetAddress, Optional<String>> blocked;

    /** The function's resolver, real sockets, and the same blocked addresses (and loopback opt-in) as http-get. */
    public ReadinessProbe(boolean allowLoopback) {
        this(Network.system(), address -> DestinationGuard.refusal(address, allowLoopback));
    }

    public ReadinessProbe(Network network, Function<InetAddress, Optional<String>> blocked) {
        this.network = network;
        this.blocked = blocked;
    }

    public ReadinessResult run(ReadinessRequest request, String variant, String region, Context context) {
        long start = System.nanoTime();
        var budget = new ProbeBudget(context);
        var results = new ArrayList<DestinationResult>();
        ExecutorService lookups = Executors.newCachedThreadPool(runnable -> {
            var thread = new Thread(runnable, "readiness-dns");
            thread.setDaemon(true); // a lookup stuck past its timeout must not hold the JVM
            return thread;
        });
        try {
            var prober = new HostProber(network, blocked, lookups, request.connectTimeout(), budget);
            for (DestinationSpec spec : request.destinations()) {
                results.add(budget.allows(request.connectTimeout()) ? probe(spec, prober, region) : notProbed(spec));
            }
        } finally {
            lookups.shutdownNow();
        }
        var warnings = new ArrayList<String>();
        long unprobed = results.stream().filter(r -> r.verdict() == null).count();
        if (budget.exhausted()) {
            warnings.add("stopped to stay inside the Lambda time budget: " + unprobed + " of " + results.size()
                    + " destinations have no verdict; raise the function's timeout or check fewer at once");
        }
        return new ReadinessResult(
                ReadinessResult.SCHEMA,
                variant,
                budget.exhausted() ? RunStatus.PARTIAL : RunStatus.COMPLETE,
                region,
                results,
                elapsedMs(start),
                warnings,
                null);
    }

    private static DestinationResult probe(DestinationSpec spec, HostProber prober, String region) {
        long start = System.nanoTime();
        HostProbe probe = prober.probe(spec.host(), spec.port(), spec.tls(), spec.url());
        HostProbe ipv4Endpoint = null;
        if (spec.kind() == DestinationKind.AWS_SERVICE && !probe.connected(ConnectAttempt.IPV6)) {
            // Is the service there at all over IPv4 (then an interface endpoint or NAT serves it)?
            ipv4Endpoint = prober.probe(AwsServiceEndpoints.ipv4Host(spec.service(), region), 443, true, null);
        }
        VerdictRules.Decision decision = VerdictRules.decide(spec, probe, ipv4Endpoint);
        return new DestinationResult(
                spec.entry(),
                spec.kind(),
                spec.service(),
                probe,
                ipv4Endpoint,
                decision.verdict(),
                decision.reason(),
                elapsedMs(start));
    }

    private static DestinationResult notProbed(DestinationSpec spec) {
        return new DestinationResult(
                spec.entry(),
                spec.kind(),
                spec.service(),
                null,
                null,
                null,
                "not probed: too little Lambda time left",
                0);
    }

    private static double elapsedMs(long start) {
        return Math.round((System.nanoTime() - start) / 1e4) / 100.0;
    }
}
