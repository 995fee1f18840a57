package dev.eigwbench.client.stack;

import dev.eigwbench.client.ClientException;
import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.common.Variant;
import java.util.Map;
import java.util.Optional;

/** Both functions to compare, found in stack outputs or given explicitly. */
public record FunctionTargets(FunctionTarget vpc, FunctionTarget publicTarget, String source) {
    public FunctionTargets {
        if (vpc == null || vpc.variant() != Variant.VPC) throw new IllegalArgumentException("vpc target is required");
        if (publicTarget == null || publicTarget.variant() != Variant.PUBLIC) {
            throw new IllegalArgumentException("public target is required");
        }
    }

    /** The region the functions' ARNs name (empty for plain names); both must agree. */
    public Optional<String> region() {
        Optional<String> vpcRegion = vpc.region();
        Optional<String> publicRegion = publicTarget.region();
        if (vpcRegion.isPresent() && publicRegion.isPresent() && !vpcRegion.equals(publicRegion)) {
            throw new ClientException("the functions from " + source + " are in two regions (vpc: " + vpcRegion.get()
                    + ", public: " + publicRegion.get() + "): compare functions of one deployment");
        }
        return vpcRegion.or(() -> publicRegion);
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
