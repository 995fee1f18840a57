package dev.eigwbench.report;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.AddressFamily;
import dev.eigwbench.common.model.NetworkPath;
import dev.eigwbench.common.model.StepResult;
import dev.eigwbench.report.stats.SummaryStats;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * What the network paths the functions took say, for lab and Lambda runs alike: which steps paid a connect timeout
 * or a slow fallback, or failed (the report's headline), and whether each step ended on the address family the
 * design intends.
 */
public final class PathFindings {
    /** A first call this much slower than the step's other calls, ending on another address, waited out a timeout. */
    public static final double TIMEOUT_PAID_MS = 500;

    /** A fallback that cost less than this (an unreachable route fails at once) is not worth a headline. */
    public static final double SLOW_FALLBACK_MS = 100;

    private PathFindings() {}

    private record Key(NetworkFinding.Kind kind, Variant variant, Step step) {}

    private record Occurrence(
            int run, double firstCallMs, double lostMs, String triedFirst, String connected, String cause) {}

    /** Timeouts first (the blog's failure), then slow fallbacks, then failures; each grouped over runs. */
    public static List<NetworkFinding> headline(Collection<InvocationRecord> records) {
        var occurrences = new LinkedHashMap<Key, List<Occurrence>>();
        var ran = new LinkedHashMap<String, Integer>();
        for (var record : records) {
            if (record.result() == null) continue;
            for (var step : record.result().steps()) {
                ran.merge(record.variant().id() + "/" + step.step().id(), 1, Integer::sum);
                classify(step)
                        .ifPresent(kind -> occurrences
                                .computeIfAbsent(new Key(kind, record.variant(), step.step()), k -> new ArrayList<>())
                                .add(occurrence(record, step)));
            }
        }
        var findings = new ArrayList<NetworkFinding>();
        for (var kind : NetworkFinding.Kind.values()) {
            occurrences.forEach((key, list) -> {
                if (key.kind() != kind) return;
                Occurrence first = list.get(0);
                findings.add(new NetworkFinding(
                        kind,
                        key.variant(),
                        key.step().id(),
                        list.stream().map(Occurrence::run).toList(),
                        ran.getOrDefault(key.variant().id() + "/" + key.step().id(), list.size()),
                        median(list.stream().map(Occurrence::firstCallMs).toList()),
                        median(list.stream().map(Occurrence::lostMs).toList()),
                        first.triedFirst(),
                        first.connected(),
                        first.cause()));
            });
        }
        return findings;
    }

    /**
     * One line per function: every step on its intended family, or which were not. Intended families apply to the
     * stack's design (and the lab's simulation of it); pass {@code checkFamilies=false} where nothing is intended,
     * e.g. on loopback. A path reached only after a timeout is not called good.
     */
    public static List<String> intendedPaths(Collection<InvocationRecord> records, boolean checkFamilies) {
        if (!checkFamilies) return List.of();
        var lines = new ArrayList<String>();
        var headline = headline(records);
        for (var variant : Variant.values()) {
            var unexpected = new ArrayList<String>();
            boolean ran = false;
            for (var record : records) {
                if (record.variant() != variant || record.result() == null) continue;
                ran = true;
                for (var step : record.result().steps()) {
                    var expected = expectedFamily(variant, step.step());
                    var family = step.network() == null
                            ? AddressFamily.NONE
                            : step.network().family();
                    String line = step.step().id() + " went over " + family.id() + " (expected " + expected.id() + ")";
                    if (expected != family && !unexpected.contains(line)) {
                        unexpected.add(line);
                    }
                }
            }
            if (!ran) continue;
            var late = headline.stream()
                    .filter(f -> f.variant() == variant && f.kind() != NetworkFinding.Kind.ERRORS)
                    .map(NetworkFinding::step)
                    .distinct()
                    .toList();
            if (!unexpected.isEmpty()) {
                lines.add(variant.id() + ": " + String.join("; ", unexpected));
            } else if (!late.isEmpty()) {
                lines.add(variant.id() + ": every step ended on its intended path (" + intended(variant) + "), but "
                        + String.join(" and ", late) + " reached it only after losing time on another address"
                        + " (see the findings at the top)");
            } else {
                lines.add(variant.id() + ": every step ended on its intended path (" + intended(variant) + ")");
            }
        }
        return lines;
    }

    private static Optional<NetworkFinding.Kind> classify(StepResult step) {
        if (step.errors() > 0) return Optional.of(NetworkFinding.Kind.ERRORS);
        if (!fellBack(step.network())) return Optional.empty();
        double lost = step.firstCallMs() - steadyMedian(step);
        if (step.firstCallMs() >= TIMEOUT_PAID_MS) return Optional.of(NetworkFinding.Kind.CONNECT_TIMEOUT);
        if (lost >= SLOW_FALLBACK_MS) return Optional.of(NetworkFinding.Kind.SLOW_FALLBACK);
        return Optional.empty();
    }

    private static boolean fellBack(NetworkPath network) {
        return network != null
                && !network.resolved().isEmpty()
                && network.connectedAddress() != null
                && !network.connectedAddress().equals(network.resolved().get(0));
    }

    private static Occurrence occurrence(InvocationRecord record, StepResult step) {
        var network = step.network();
        String triedFirst = network == null || network.resolved().isEmpty()
                ? null
                : network.resolved().get(0);
        String connected = network == null ? null : network.connectedAddress();
        String cause;
        if (step.errors() > 0) {
            cause = step.errorTypes().isEmpty()
                    ? step.errors() + " of " + step.calls() + " calls"
                    : step.errors() + " of " + step.calls() + " calls; "
                            + step.errorTypes().get(0).type() + ": "
                            + step.errorTypes().get(0).sampleMessage();
        } else if (isIPv4(triedFirst) && connected != null && connected.contains(":")) {
            cause = "the name resolved IPv4 first and IPv4 does not get out; java.net.preferIPv6Addresses=true makes"
                    + " the JVM try IPv6 first";
        } else {
            cause = "the first resolved address did not answer";
        }
        return new Occurrence(
                record.sequence() + 1,
                step.firstCallMs(),
                Math.max(0, step.firstCallMs() - steadyMedian(step)),
                triedFirst,
                connected,
                cause);
    }

    private static boolean isIPv4(String address) {
        return address != null && !address.contains(":");
    }

    private static double steadyMedian(StepResult step) {
        var samples = step.samplesMs();
        if (samples.size() < 2) return 0;
        return SummaryStats.of(samples.subList(1, samples.size())).p50();
    }

    private static double median(List<Double> values) {
        return SummaryStats.of(values).p50();
    }

    private static AddressFamily expectedFamily(Variant variant, Step step) {
        return variant == Variant.VPC ? step.vpcFamily() : AddressFamily.IPV4;
    }

    private static String intended(Variant variant) {
        return variant == Variant.VPC
                ? "SQS and HTTP over IPv6 through the egress-only gateway, DynamoDB and S3 over IPv4 through the"
                        + " gateway endpoints"
                : "all over IPv4";
    }
}
