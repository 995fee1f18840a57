package dev.eigwbench.common.model;

import java.util.List;
import java.util.Map;

/**
 * How the function's JVM and network were set up when it ran.
 *
 * @param jvmArguments the JVM's input arguments
 * @param preferIPv6Addresses effective value of java.net.preferIPv6Addresses
 * @param preferIPv4Stack effective value of java.net.preferIPv4Stack (true means IPv6 is off entirely)
 * @param httpClient the SDK HTTP client in use
 * @param dualStackServices services whose client uses the dual-stack endpoint (e.g. "sqs")
 * @param endpoints per service, the endpoint URL used
 * @param initType "on-demand", "snap-start" or "provisioned-concurrency" (AWS_LAMBDA_INITIALIZATION_TYPE)
 * @param restored true when this execution environment was restored from a SnapStart snapshot
 * @param coldStart true for the first invocation in this execution environment
 * @param region AWS region
 * @param memoryMb configured memory
 * @param runtime the Lambda runtime (AWS_EXECUTION_ENV) or "local"
 * @param javaVersion the JVM's version
 */
public record Diagnostics(
        List<String> jvmArguments,
        String preferIPv6Addresses,
        String preferIPv4Stack,
        String httpClient,
        List<String> dualStackServices,
        Map<String, String> endpoints,
        String initType,
        boolean restored,
        boolean coldStart,
        String region,
        int memoryMb,
        String runtime,
        String javaVersion) {
    public Diagnostics {
        jvmArguments = jvmArguments == null ? List.of() : List.copyOf(jvmArguments);
        dualStackServices = dualStackServices == null ? List.of() : List.copyOf(dualStackServices);
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
    }
}
