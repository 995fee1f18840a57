package dev.eigwbench.infra.github;

import dev.eigwbench.infra.BenchmarkFunctionNames;
import java.util.regex.Pattern;

/**
 * What the GitHub deploy role needs to know.
 *
 * @param access the repository, branch, OIDC provider mode and bootstrap qualifier
 * @param benchmarkStackName the benchmark stack the compare client reads and whose functions it invokes
 */
public record GitHubDeployRoleProps(GitHubDeployAccess access, String benchmarkStackName) {
    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,127}");

    public GitHubDeployRoleProps {
        if (access == null) {
            throw new IllegalArgumentException("access is required");
        }
        if (benchmarkStackName == null
                || !STACK_NAME.matcher(benchmarkStackName).matches()) {
            throw new IllegalArgumentException(
                    "benchmarkStackName must be a CloudFormation stack name, got '" + benchmarkStackName + "'");
        }
        new BenchmarkFunctionNames(benchmarkStackName); // fails naming stackName when a function name would not fit
    }

    /** The names the benchmark stack gives its functions: the only functions the role may call. */
    public BenchmarkFunctionNames functionNames() {
        return new BenchmarkFunctionNames(benchmarkStackName);
    }
}
