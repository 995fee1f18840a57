package dev.eigwbench.client.readiness;

/**
 * What a destination that needs NAT could use instead, priced per month.
 *
 * @param destination the entry
 * @param option e.g. "interface endpoint com.amazonaws.us-east-1.sts in 2 AZs"
 * @param monthlyUsd the option's monthly cost at the stated traffic
 * @param how how the figure is made up
 */
public record Alternative(String destination, String option, double monthlyUsd, String how) {}
