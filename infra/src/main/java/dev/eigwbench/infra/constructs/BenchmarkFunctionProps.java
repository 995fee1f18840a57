package dev.eigwbench.infra.constructs;

import dev.eigwbench.common.Variant;
import java.util.Objects;
import java.util.Optional;

/**
 * @param variant which of the two functions this is
 * @param functionName the function's name (see {@code BenchmarkFunctionNames}), so policies can name it exactly
 * @param spec the settings both functions share
 * @param data the table, queue and bucket the function writes to (and is granted exactly that on)
 * @param network the VPC whose private subnets the function runs in; absent for the function outside any VPC
 */
public record BenchmarkFunctionProps(
        Variant variant, String functionName, FunctionSpec spec, BenchmarkData data, Optional<NoNatVpc> network) {
    public BenchmarkFunctionProps {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(network, "network");
        if ((variant == Variant.VPC) != network.isPresent()) {
            throw new IllegalArgumentException("network must be given for variant vpc and only for it, got variant "
                    + variant.id() + (network.isPresent() ? " with" : " without") + " a network");
        }
    }

    public static BenchmarkFunctionProps inVpc(
            String functionName, FunctionSpec spec, BenchmarkData data, NoNatVpc network) {
        return new BenchmarkFunctionProps(Variant.VPC, functionName, spec, data, Optional.of(network));
    }

    public static BenchmarkFunctionProps outsideVpc(String functionName, FunctionSpec spec, BenchmarkData data) {
        return new BenchmarkFunctionProps(Variant.PUBLIC, functionName, spec, data, Optional.empty());
    }
}
