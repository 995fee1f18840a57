package dev.eigwbench.client.readiness;

import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.Verdict;

/**
 * One destination in the report: the verdict for removing the NAT (from the VPC function, checked against the
 * public control), why, and what each function saw.
 *
 * @param verdict null when the VPC function could not probe it in time
 */
public record DestinationRow(
        String destination, Verdict verdict, String reason, DestinationResult vpc, DestinationResult control) {}
