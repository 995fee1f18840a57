package dev.eigwbench.infra.constructs;

import dev.eigwbench.common.Variant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.services.lambda.IFunction;

/** @param invokedFunctions per variant, what clients invoke (the alias), whose Lambda metrics are graphed */
public record BenchmarkDashboardProps(Map<Variant, IFunction> invokedFunctions) {
    public BenchmarkDashboardProps {
        Objects.requireNonNull(invokedFunctions, "invokedFunctions");
        if (!invokedFunctions.keySet().containsAll(Arrays.asList(Variant.values()))) {
            throw new IllegalArgumentException(
                    "invokedFunctions must have one function per variant, got " + invokedFunctions.keySet());
        }
        invokedFunctions = Map.copyOf(new EnumMap<>(invokedFunctions));
    }
}
