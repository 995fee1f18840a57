package dev.eigwbench.client.readiness;

import dev.eigwbench.client.ClientException;
import dev.eigwbench.client.stack.FunctionTarget;
import dev.eigwbench.client.stack.FunctionTargets;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.ReadinessResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Both functions' answers for the same destinations, asked at once, and what they say together: a row per
 * destination with the VPC verdict checked against the public control.
 */
record ReadinessAnswers(ReadinessResult vpc, ReadinessResult control) {
    /** Invokes both functions in parallel; a failed or rejected answer is one clear error. */
    static ReadinessAnswers ask(
            ReadinessInvoker invoker, FunctionTargets targets, List<String> destinations, Integer connectTimeoutMs) {
        var vpcCall =
                CompletableFuture.supplyAsync(() -> invoker.invoke(targets.vpc(), destinations, connectTimeoutMs));
        var publicCall = CompletableFuture.supplyAsync(
                () -> invoker.invoke(targets.publicTarget(), destinations, connectTimeoutMs));
        ReadinessResult vpc = checked(joined(vpcCall), targets.vpc());
        ReadinessResult control = checked(joined(publicCall), targets.publicTarget());
        return new ReadinessAnswers(vpc, control);
    }

    /** A row per destination, in the order given. */
    List<DestinationRow> rows(List<String> destinations) {
        var rows = new ArrayList<DestinationRow>();
        for (String destination : destinations) {
            rows.add(CombinedVerdict.of(destination, find(vpc, destination), find(control, destination)));
        }
        return rows;
    }

    /** Both functions' warnings, each saying which function gave it. */
    List<String> warnings() {
        var warnings = new ArrayList<String>();
        vpc.warnings().forEach(w -> warnings.add("vpc function: " + w));
        control.warnings().forEach(w -> warnings.add("public function: " + w));
        return warnings;
    }

    /** The call's own error (a function error, an SDK error), not the future's wrapper, so it reads as one line. */
    private static ReadinessResult joined(CompletableFuture<ReadinessResult> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    private static ReadinessResult checked(ReadinessResult result, FunctionTarget target) {
        if (result.status() == RunStatus.INVALID_INPUT || result.status() == RunStatus.FAILED) {
            String field = result.error() == null ? "" : result.error().field() + ": ";
            String message =
                    result.error() == null ? "no detail" : result.error().message();
            throw new ClientException(target.display() + " answered " + result.status() + " (" + field + message
                    + "); if the list passed this client's checks, deploy this version of the function");
        }
        return result;
    }

    /** Matched by the entry's text, so the answer's order does not matter; null when the function left it out. */
    private static DestinationResult find(ReadinessResult result, String destination) {
        return result.destinations().stream()
                .filter(d -> destination.equals(d.destination()))
                .findFirst()
                .orElse(null);
    }
}
