package dev.eigwbench.infra.constructs;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.constructs.IConstruct;

/** cdk-nag rules that do not fit a benchmark resource, accepted on that resource with the reason nag reports. */
final class NagFindings {
    private NagFindings() {}

    static void accept(IConstruct resource, String rule, String reason) {
        NagSuppressions.addResourceSuppressions(
                resource,
                List.of(NagPackSuppression.builder().id(rule).reason(reason).build()));
    }
}
