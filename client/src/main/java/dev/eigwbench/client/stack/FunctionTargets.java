package dev.eigwbench.client.stack;

import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.common.Variant;
import java.util.Map;

/** Both functions to compare, found in stack outputs or given explicitly. */
public record FunctionTargets(FunctionTarget vpc, FunctionTarget publicTarget, String source) {
    public FunctionTargets {
        if (vpc == null || vpc.variant() != Variant.VPC) throw new IllegalArgumentException("vpc target is required");
        if (publicTarget == null || publicTarget.variant() != Variant.PUBLIC) {
            throw new IllegalArgumentException("public target is required");
        }
    }

    public FunctionTarget of(Variant variant) {
        return variant == Variant.VPC ? vpc : publicTarget;
    }

    /**
     * Picks each variant's alias ARN, else its function name, from a stack's outputs.
     *
     * @param where names the outputs' origin in errors, e.g. "stack EgressOnlyInternetGatewayTest"
     */
    public static FunctionTargets fromOutputs(Map<String, String> outputs, String where) {
        return new FunctionTargets(
                fromOutputs(Variant.VPC, outputs, where), fromOutputs(Variant.PUBLIC, outputs, where), where);
    }

    private static FunctionTarget fromOutputs(Variant variant, Map<String, String> outputs, String where) {
        String aliasKey = StackOutputs.aliasArnKey(variant);
        String nameKey = StackOutputs.functionNameKey(variant);
        String value = outputs.get(aliasKey);
        String key = aliasKey;
        if (value == null || value.isBlank()) {
            value = outputs.get(nameKey);
            key = nameKey;
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + " has no output " + aliasKey + " or " + nameKey
                    + " (outputs: " + outputs.keySet() + "): deploy the eigw-bench stack, or pass --"
                    + variant.id() + "-function");
        }
        return FunctionTarget.parse(variant, value, where + " output " + key);
    }
}
