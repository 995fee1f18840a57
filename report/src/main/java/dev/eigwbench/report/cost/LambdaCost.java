package dev.eigwbench.report.cost;

import dev.eigwbench.common.Variant;

/**
 * What one variant's invocations cost, from their REPORT lines.
 *
 * @param invocations invocations with a REPORT line
 * @param meanBilledMs mean Billed Duration plus Billed Restore Duration
 * @param memoryMb configured memory (from the REPORT lines)
 * @param meanUsdPerInvocation compute plus request price
 * @param usdPerMillionInvocations the same, per million
 */
public record LambdaCost(
        Variant variant,
        int invocations,
        double meanBilledMs,
        int memoryMb,
        double meanUsdPerInvocation,
        double usdPerMillionInvocations) {}
