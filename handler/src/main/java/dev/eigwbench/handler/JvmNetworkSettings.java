package dev.eigwbench.handler;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM's effective IP settings and how it was started. {@code preferIPv4Stack=true} (seen on Lambda's Java 11
 * runtime's command line) turns IPv6 off entirely: in a VPC without NAT every connection then hangs.
 *
 * @param preferIPv6Addresses effective java.net.preferIPv6Addresses (null when unset: IPv4 first)
 * @param preferIPv4Stack effective java.net.preferIPv4Stack (null when unset)
 * @param inputArguments the JVM's input arguments, JAVA_TOOL_OPTIONS included
 */
public record JvmNetworkSettings(String preferIPv6Addresses, String preferIPv4Stack, List<String> inputArguments) {
    public static JvmNetworkSettings current() {
        return new JvmNetworkSettings(
                System.getProperty("java.net.preferIPv6Addresses"),
                System.getProperty("java.net.preferIPv4Stack"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** Plain-language problems, loudest first. */
    public List<String> warnings() {
        var warnings = new ArrayList<String>();
        if ("true".equalsIgnoreCase(preferIPv4Stack)) {
            warnings.add("IPv6 IS DISABLED: the JVM runs with java.net.preferIPv4Stack=true"
                    + (inputArguments.contains("-Djava.net.preferIPv4Stack=true") ? " (on its command line)" : "")
                    + ", so no call can use IPv6 and, in a VPC without NAT, calls to the internet hang. JAVA_TOOL_OPTIONS"
                    + " cannot override it; set AWS_LAMBDA_EXEC_WRAPPER=/var/task/bin/prefer-ipv6-wrapper, which"
                    + " removes it from the runtime's command line.");
        }
        if (!"true".equalsIgnoreCase(preferIPv6Addresses)) {
            warnings.add("java.net.preferIPv6Addresses is not true (" + preferIPv6Addresses + "): dual-stack names"
                    + " are tried over IPv4 first; set -Djava.net.preferIPv6Addresses=true in JAVA_TOOL_OPTIONS.");
        }
        return warnings;
    }
}
