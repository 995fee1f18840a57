package dev.eigwbench.infra.github;

import java.util.List;

/**
 * How CloudFormation names a resource whose template gives no name, as public evidence shows it (AWS documents none
 * of it): {@code <stack>-<logical id>-<random tail>}. When that passes the service's limit, CloudFormation keeps the
 * random tail and its hyphen, and splits what is left between the stack name and the logical id around one more
 * hyphen, the stack's share rounding up. The tail has been 12 characters (recent names) and 13 (older ones), so the
 * model is checked with both. A name the template gives is used verbatim, and a deploy fails if it is too long.
 * {@link CloudFormationNamingTest} reproduces the published names this is inferred from.
 *
 * @param tailLength the random tail's length, without its hyphen
 */
public record CloudFormationNaming(int tailLength) {
    /** The tail lengths seen in real generated names. */
    public static final List<CloudFormationNaming> OBSERVED =
            List.of(new CloudFormationNaming(12), new CloudFormationNaming(13));

    /** A stand-in for the random tail: upper-case letters and digits, like the real one. */
    private static final String TAIL = "Q7XK2M9P4RZ1D";

    /** The name CloudFormation generates for {@code logicalId} in {@code stackName}, for a limit of {@code max}. */
    public String generated(String stackName, String logicalId, int max) {
        String tail = TAIL.substring(0, tailLength);
        String full = stackName + "-" + logicalId + "-" + tail;
        if (full.length() <= max) {
            return full;
        }
        int budget = max - tailLength - 2; // the two hyphens
        int stackPart = (budget + 1) / 2;
        int logicalPart = budget - stackPart;
        // A part shorter than its share leaves the rest to the other one.
        if (stackName.length() < stackPart) {
            logicalPart += stackPart - stackName.length();
            stackPart = stackName.length();
        } else if (logicalId.length() < logicalPart) {
            stackPart += logicalPart - logicalId.length();
            logicalPart = logicalId.length();
        }
        return stackName.substring(0, stackPart) + "-" + logicalId.substring(0, logicalPart) + "-" + tail;
    }

    /** The resource's physical name: {@code explicitName} verbatim when the template gives one, else generated. */
    public String physicalName(String stackName, String logicalId, String explicitName, int max) {
        return explicitName != null ? explicitName : generated(stackName, logicalId, max);
    }

    /** The random part of a generated name, to compare names without it. */
    public String tail() {
        return TAIL.substring(0, tailLength);
    }
}
