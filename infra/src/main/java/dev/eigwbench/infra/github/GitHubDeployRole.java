package dev.eigwbench.infra.github;

import dev.eigwbench.infra.BenchmarkFunctionNames;
import dev.eigwbench.infra.github.GitHubDeployAccess.OidcProviderMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IOidcProvider;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.OidcProviderNative;
import software.amazon.awscdk.services.iam.OpenIdConnectPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.constructs.Construct;

/**
 * The role GitHub Actions assumes through OIDC, with no stored keys. Its trust accepts only tokens issued for
 * {@code sts.amazonaws.com} to runs on one branch of one repository. It may do two things: assume the CDK bootstrap
 * roles that {@code cdk deploy}/{@code cdk destroy} use (the deploy role drives CloudFormation, the file-publishing
 * role uploads the Lambda package), and what the compare client does to the benchmark stack's two functions, named
 * exactly by {@code BenchmarkFunctionNames} (invoke them; reconfigure and republish them to force cold starts). The
 * pipeline hands the client {@code cdk-outputs.json}, so it needs no CloudFormation read access. Nothing else, and
 * nothing outside the benchmark stack.
 */
public final class GitHubDeployRole extends Construct {
    public static final String GITHUB_OIDC_HOST = "token.actions.githubusercontent.com";
    /** The audience configure-aws-credentials requests; IAM checks it against the token's {@code aud}. */
    public static final String STS_AUDIENCE = "sts.amazonaws.com";
    /** Bootstrap roles {@code cdk deploy} assumes; lookup and image publishing are unused (no lookups, no images). */
    public static final List<String> BOOTSTRAP_ROLE_KINDS = List.of("deploy-role", "file-publishing-role");
    /**
     * What the compare client (client/.../invoke) calls on the benchmark functions: Invoke; and for forced cold starts
     * (SnapStart runs a published version behind an alias) change the configuration, wait for it (the SDK waiters
     * poll GetFunctionConfiguration), publish a version and move the alias to it.
     */
    public static final List<String> COMPARE_LAMBDA_ACTIONS = List.of(
            "lambda:InvokeFunction",
            "lambda:GetFunctionConfiguration",
            "lambda:UpdateFunctionConfiguration",
            "lambda:PublishVersion",
            "lambda:UpdateAlias");

    private final IOidcProvider provider;
    private final Role role;

    public GitHubDeployRole(Construct scope, String id, GitHubDeployRoleProps props) {
        super(scope, id);
        this.provider = createProvider(props.access().provider());
        this.role = createRole(props.access());
        allowCdkBootstrapRoles(props.access().bootstrapQualifier());
        allowCompareClient(props.functionNames());
    }

    public IOidcProvider getProvider() {
        return provider;
    }

    public IRole getRole() {
        return role;
    }

    private IOidcProvider createProvider(OidcProviderMode mode) {
        if (mode == OidcProviderMode.IMPORT) {
            String arn = Stack.of(this)
                    .formatArn(ArnComponents.builder()
                            .service("iam")
                            .region("")
                            .resource("oidc-provider")
                            .resourceName(GITHUB_OIDC_HOST)
                            .build());
            return OidcProviderNative.fromOidcProviderArn(this, "ExistingProvider", arn);
        }
        // No thumbprints: IAM validates GitHub's certificate against its own trusted CAs for this host.
        return OidcProviderNative.Builder.create(this, "Provider")
                .url("https://" + GITHUB_OIDC_HOST)
                .clientIds(List.of(STS_AUDIENCE))
                .build();
    }

    private Role createRole(GitHubDeployAccess access) {
        // StringEquals, never StringLike: exactly one repository and branch, no wildcard can widen it.
        var trust = new OpenIdConnectPrincipal(
                provider,
                Map.of(
                        "StringEquals",
                        Map.of(GITHUB_OIDC_HOST + ":aud", STS_AUDIENCE, GITHUB_OIDC_HOST + ":sub", access.subject())));
        return Role.Builder.create(this, "Role")
                .assumedBy(trust)
                .description("GitHub Actions (" + access.repository() + ", branch " + access.branch()
                        + ") deploys eigw-bench through the CDK bootstrap roles and runs its compare client.")
                .maxSessionDuration(Duration.hours(1))
                .build();
    }

    private void allowCdkBootstrapRoles(String qualifier) {
        Stack stack = Stack.of(this);
        List<String> roleArns = BOOTSTRAP_ROLE_KINDS.stream()
                .map(kind -> stack.formatArn(ArnComponents.builder()
                        .service("iam")
                        .region("")
                        .resource("role")
                        // The stack's own account and region (tokens when it is environment-agnostic), as in
                        // every other ARN here.
                        .resourceName(
                                "cdk-" + qualifier + "-" + kind + "-" + stack.getAccount() + "-" + stack.getRegion())
                        .build()))
                .toList();
        role.addToPolicy(PolicyStatement.Builder.create()
                .sid("AssumeCdkBootstrapRoles")
                .actions(List.of("sts:AssumeRole"))
                .resources(roleArns)
                .build());
    }

    private void allowCompareClient(BenchmarkFunctionNames names) {
        Stack stack = Stack.of(this);
        // Exactly the two functions the benchmark stack names (their unqualified ARNs), and their versions and aliases
        // (NAME:qualifier): the client invokes the live alias and publishes versions.
        List<String> functions = names.all().stream()
                .flatMap(name -> Stream.of(name, name + ":*"))
                .map(resourceName -> stack.formatArn(ArnComponents.builder()
                        .service("lambda")
                        .resource("function")
                        .resourceName(resourceName)
                        .arnFormat(ArnFormat.COLON_RESOURCE_NAME)
                        .build()))
                .toList();
        role.addToPolicy(PolicyStatement.Builder.create()
                .sid("RunBenchmarkFunctions")
                .actions(COMPARE_LAMBDA_ACTIONS)
                .resources(functions)
                .build());
    }
}
