package dev.eigwbench.report.cost;

import java.util.List;

/** The cost section of a report: prices used, Lambda cost per variant, and the NAT comparison. */
public record CostReport(CostInputs inputs, List<LambdaCost> lambda, NatComparison nat, List<String> notes) {
    public CostReport {
        if (inputs == null) throw new IllegalArgumentException("inputs is required");
        if (nat == null) throw new IllegalArgumentException("nat is required");
        lambda = lambda == null ? List.of() : List.copyOf(lambda);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
