package dev.eigwbench.infra;

import dev.eigwbench.infra.github.GitHubDeployAccess;
import dev.eigwbench.infra.github.GitHubDeployRoleProps;
import dev.eigwbench.infra.github.GitHubDeployStack;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app cdk.json runs: reads the configuration once from context and synthesizes the benchmark stack
 * ({@link EgressOnlyInternetGatewayTestStack}) and, when asked, the GitHub deploy-role stack beside it. It is the
 * app, not a stack, so it keeps its own name.
 */
public final class EigwBenchApp {
    private EigwBenchApp() {}

    public static void main(String[] args) {
        try {
            App app = new App();
            build(app, System.getenv(), Path.of(""));
            app.synth();
        } catch (ConfigurationException e) {
            // A message that says what to fix; a stack trace would bury it.
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Adds the stack to {@code app}. {@code environment} supplies CDK_DEFAULT_ACCOUNT/REGION (left unset, the stack
     * is environment-agnostic and synth needs no credentials) and optionally EIGW_ROOT; {@code workingDirectory} is
     * where the repository root is looked for otherwise.
     */
    public static EgressOnlyInternetGatewayTestStack build(
            App app, Map<String, String> environment, Path workingDirectory) {
        BenchmarkConfig config = BenchmarkConfig.fromContext(app.getNode()::tryGetContext);
        DeploymentPackage deploymentPackage = DeploymentPackage.in(ProjectRoot.locate(environment, workingDirectory));
        var stack = new EgressOnlyInternetGatewayTestStack(app, stackProps(environment), config, deploymentPackage);
        // The one-time GitHub Actions role (.github/SETUP.md), only with -c githubRepository=owner/repo: plain
        // `cdk synth` and `cdk deploy` keep seeing one stack.
        GitHubDeployAccess.fromContext(app.getNode()::tryGetContext)
                .ifPresent(access -> new GitHubDeployStack(
                        app, stackProps(environment), new GitHubDeployRoleProps(access, stack.getStackName())));
        return stack;
    }

    static StackProps stackProps(Map<String, String> environment) {
        return StackProps.builder()
                .env(Environment.builder()
                        .account(environment.get("CDK_DEFAULT_ACCOUNT"))
                        .region(environment.get("CDK_DEFAULT_REGION"))
                        .build())
                .description("eigw-bench: Lambda in private subnets with no NAT gateway (IPv6 egress through an"
                        + " egress-only internet gateway), next to the same function outside any VPC.")
                .build();
    }
}
