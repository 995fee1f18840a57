package dev.eigwbench.infra.github;

import dev.eigwbench.infra.BenchmarkFunctionNames;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The one-time GitHub Actions setup (see .github/SETUP.md): the account's GitHub OIDC provider, unless it exists, and
 * the deploy role. Deployed once by a person with administrator credentials, separately from the benchmark stack.
 */
public final class GitHubDeployStack extends Stack {
    public static final String STACK_ID = "EigwBenchGitHubDeploy";
    /** Output keys: the values to store as repository variables of the same names. */
    public static final String OUTPUT_ROLE_ARN = "AwsDeployRoleArn";

    public static final String OUTPUT_REGION = "AwsRegion";

    /** One ARN field in a cdk-nag finding: a pseudo parameter such as {@code <AWS::Region>}, or a literal. */
    private static final String ARN_PART = "(?:<AWS::[A-Za-z]+>|[^:<>]+)";

    private final GitHubDeployRole deployRole;

    /** {@code stackProps} supplies the environment (the benchmark stack's); the description is this stack's own. */
    public GitHubDeployStack(Construct scope, StackProps stackProps, GitHubDeployRoleProps props) {
        super(
                scope,
                STACK_ID,
                StackProps.builder()
                        .env(stackProps.getEnv())
                        .description("eigw-bench one-time setup: the GitHub Actions OIDC role for "
                                + props.access().repository() + " (see .github/SETUP.md).")
                        .build());
        this.deployRole = new GitHubDeployRole(this, "GitHubDeployRole", props);
        CfnOutput.Builder.create(this, OUTPUT_ROLE_ARN)
                .value(deployRole.getRole().getRoleArn())
                .description("Set as the GitHub repository variable AWS_DEPLOY_ROLE_ARN")
                .build();
        CfnOutput.Builder.create(this, OUTPUT_REGION)
                .value(Aws.REGION)
                .description("Set as the GitHub repository variable AWS_REGION")
                .build();
        suppressJustifiedFindings(props.functionNames());
    }

    public GitHubDeployRole getDeployRole() {
        return deployRole;
    }

    private void suppressJustifiedFindings(BenchmarkFunctionNames names) {
        // A pattern, not a literal: the region and account are tokens or literals depending on whether the stack is
        // environment-agnostic. Each ARN part is a pseudo parameter (<AWS::Region>) or a literal; function names hold
        // only letters, digits and hyphens, so they need no escaping.
        var qualifiers = names.all().stream()
                .map(name -> RegexAppliesTo.builder()
                        .regex("/^Resource::arn:" + ARN_PART + ":lambda:" + ARN_PART + ":" + ARN_PART + ":function:"
                                + name + ":\\*$/")
                        .build())
                .toList();
        NagSuppressions.addResourceSuppressions(
                deployRole.getRole(),
                List.of(NagPackSuppression.builder()
                        .id("AwsSolutions-IAM5")
                        .appliesTo(List.copyOf(qualifiers))
                        .reason("Only the versions and aliases (NAME:qualifier) of the two benchmark functions, named"
                                + " exactly: forcing a cold start publishes a new version, so their numbers are not"
                                + " known in advance.")
                        .build()),
                true);
    }
}
