package dev.eigwbench.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.assertions.Match;

/** Matchers for IAM, bucket and queue policies in a synthesized template. */
public final class PolicyDocuments {
    private PolicyDocuments() {}

    /** A policy resource's properties whose document holds, among its statements, one like {@code statement}. */
    public static Map<String, Object> withStatementLike(Map<String, ?> statement) {
        return Map.of(
                "PolicyDocument",
                Match.objectLike(
                        Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.copyOf(statement)))))));
    }
}
