package dev.eigwbench.lab;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.StepResult;
import dev.eigwbench.report.InvocationRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain-language findings about the network paths the functions took, for the top of the report: whether each
 * step used the address family the simulated network intends, and which steps paid a connect timeout (an IPv4
 * attempt into the black hole) or failed.
 */
final class PathFindings {
    /** A first call this slow that ended on another address than the first resolved one waited out a timeout. */
    static final double TIMEOUT_PAID_MS = 500;

    private static final Map<Step, String> VPC_FAMILY = new EnumMap<>(Map.of(
            Step.DYNAMODB_PUT, "IPv4",
            Step.DYNAMODB_QUERY, "IPv4",
            Step.SQS_SEND, "IPv6",
            Step.S3_PUT, "IPv4",
            Step.S3_LIST, "IPv4",
            Step.HTTP_GET, "IPv6"));

    private PathFindings() {}

    /** Intended families apply only to the simulated networks; on loopback only timeouts and failures are noted. */
    static List<String> of(List<InvocationRecord> records, boolean simulated) {
        var summaries = new ArrayList<String>();
        var findings = new ArrayList<String>();
        for (var variant : Variant.values()) {
            var unexpected = new ArrayList<String>();
            boolean ran = false;
            for (var record : records) {
                if (record.variant() != variant || record.result() == null) {
                    continue;
                }
                ran = true;
                for (var step : record.result().steps()) {
                    var expected = simulated ? expectedFamily(variant, step.step()) : null;
                    var family =
                            step.network() == null ? "none" : step.network().family();
                    if (expected != null && !expected.equals(family)) {
                        unexpected.add(step.step() + " went over " + family + " (expected " + expected + ")");
                    }
                    var where = variant.id() + " run " + (record.sequence() + 1) + ", " + step.step() + ": ";
                    slowOrFailed(step).ifPresent(s -> findings.add(where + s));
                }
            }
            if (simulated && ran) {
                summaries.add(
                        unexpected.isEmpty()
                                ? variant.id() + ": every step ended on its intended path (" + intended(variant) + ")"
                                : variant.id() + ": "
                                        + String.join(
                                                "; ",
                                                unexpected.stream().distinct().toList()));
            }
        }
        summaries.addAll(findings);
        return summaries;
    }

    private static String expectedFamily(Variant variant, String stepId) {
        var step = Step.fromId(stepId).orElse(null);
        if (step == null) {
            return null;
        }
        return variant == Variant.VPC ? VPC_FAMILY.get(step) : "IPv4";
    }

    private static String intended(Variant variant) {
        return variant == Variant.VPC
                ? "SQS and HTTP over IPv6 through the egress-only gateway, DynamoDB and S3 over IPv4 through the"
                        + " gateway endpoints"
                : "all over IPv4";
    }

    private static java.util.Optional<String> slowOrFailed(StepResult step) {
        if (step.errors() > 0) {
            var sample = step.errorTypes().isEmpty()
                    ? ""
                    : " (" + step.errorTypes().get(0).type() + ": "
                            + step.errorTypes().get(0).sampleMessage() + ")";
            return java.util.Optional.of(step.errors() + " of " + step.calls() + " calls failed" + sample);
        }
        var network = step.network();
        boolean fellBack = network != null
                && !network.resolved().isEmpty()
                && network.connectedAddress() != null
                && !network.connectedAddress().equals(network.resolved().get(0));
        if (fellBack && step.firstCallMs() >= TIMEOUT_PAID_MS) {
            return java.util.Optional.of(String.format(
                    Locale.ROOT,
                    "first call took %.0f ms: it tried %s first and waited out the connect timeout before %s answered",
                    step.firstCallMs(),
                    network.resolved().get(0),
                    network.connectedAddress()));
        }
        return java.util.Optional.empty();
    }
}
