package dev.eigwbench.infra.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.infra.PolicyDocuments;
import dev.eigwbench.infra.github.GitHubDeployAccess.OidcProviderMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class GitHubDeployStackTest {
    private static final String REPOSITORY = "octo-org/eigw-bench";
    private static final String BENCHMARK_STACK = "EgressOnlyInternetGatewayTest";
    private static final String OIDC = GitHubDeployRole.GITHUB_OIDC_HOST;

    private static Template created;
    private static Template imported;

    @BeforeAll
    static void synthesize() {
        created = synth(new GitHubDeployAccess(REPOSITORY, "main", OidcProviderMode.CREATE, "hnb659fds"));
        imported = synth(new GitHubDeployAccess(REPOSITORY, "release/2.x", OidcProviderMode.IMPORT, "custom1"));
    }

    static Template synth(GitHubDeployAccess access) {
        return synth(access, StackProps.builder().build());
    }

    static Template synth(GitHubDeployAccess access, StackProps stackProps) {
        return Template.fromStack(
                new GitHubDeployStack(new App(), stackProps, new GitHubDeployRoleProps(access, BENCHMARK_STACK)));
    }

    @Test
    void provider_whenCreated_trustsGitHubForStsAudienceOnly() {
        created.resourceCountIs("AWS::IAM::OIDCProvider", 1);
        created.hasResourceProperties(
                "AWS::IAM::OIDCProvider",
                Map.of("Url", "https://" + OIDC, "ClientIdList", List.of(GitHubDeployRole.STS_AUDIENCE)));
    }

    @Test
    void provider_whenImported_isReferencedNotCreated() {
        imported.resourceCountIs("AWS::IAM::OIDCProvider", 0);
        Capture federated = new Capture();
        imported.hasResourceProperties(
                "AWS::IAM::Role",
                Map.of(
                        "AssumeRolePolicyDocument",
                        Map.of(
                                "Statement",
                                List.of(Match.objectLike(Map.of("Principal", Map.of("Federated", federated))))),
                        "Description",
                        Match.anyValue()));
        String arn = federated.asObject().toString();
        assertTrue(arn.contains(":oidc-provider/" + OIDC), "imported provider ARN, got " + arn);
    }

    @Test
    void trust_whenCreated_limitedToRepositoryBranchAndAudience() {
        created.hasResourceProperties(
                "AWS::IAM::Role",
                Map.of(
                        "AssumeRolePolicyDocument",
                        Map.of(
                                "Statement",
                                List.of(Map.of(
                                        "Action",
                                        "sts:AssumeRoleWithWebIdentity",
                                        "Effect",
                                        "Allow",
                                        "Principal",
                                        Map.of(
                                                "Federated",
                                                Map.of("Ref", Match.stringLikeRegexp("GitHubDeployRole.*"))),
                                        "Condition",
                                        Map.of(
                                                "StringEquals",
                                                Map.of(
                                                        OIDC + ":aud",
                                                        "sts.amazonaws.com",
                                                        OIDC + ":sub",
                                                        "repo:" + REPOSITORY + ":ref:refs/heads/main")))),
                                "Version",
                                "2012-10-17")));
    }

    @Test
    void trust_whenBranchGiven_namesThatBranch() {
        imported.hasResourceProperties(
                "AWS::IAM::Role",
                Map.of(
                        "AssumeRolePolicyDocument",
                        Match.objectLike(Map.of(
                                "Statement",
                                List.of(Match.objectLike(Map.of(
                                        "Condition",
                                        Map.of(
                                                "StringEquals",
                                                Match.objectLike(Map.of(
                                                        OIDC + ":sub",
                                                        "repo:" + REPOSITORY + ":ref:refs/heads/release/2.x"))))))))));
    }

    @Test
    void template_whenSynthesized_hasNoWildcardPrincipalOrAction() {
        for (Template template : List.of(created, imported)) {
            List<Object> principals = new ArrayList<>();
            List<Object> actions = new ArrayList<>();
            collect(template.toJSON(), "Principal", principals);
            collect(template.toJSON(), "Action", actions);
            assertFalse(principals.isEmpty(), "the trust policy has a principal");
            for (Object principal : principals) {
                assertFalse(principal.toString().contains("*"), "wildcard principal: " + principal);
            }
            for (Object action : actions) {
                assertFalse(action.toString().contains("*"), "wildcard action: " + action);
            }
        }
    }

    @Test
    void template_whenSynthesized_trustsWithStringEqualsOnly() {
        List<Object> conditions = new ArrayList<>();
        collect(created.toJSON(), "Condition", conditions);
        assertEquals(1, conditions.size(), "one trust condition block");
        @SuppressWarnings("unchecked")
        var condition = (Map<String, Object>) conditions.get(0);
        assertEquals(List.of("StringEquals"), List.copyOf(condition.keySet()));
    }

    @Test
    void policy_whenCreated_assumesOnlyTheQualifiedDeployAndPublishingRoles() {
        Capture resources = new Capture();
        created.hasResourceProperties(
                "AWS::IAM::Policy",
                PolicyDocuments.withStatementLike(
                        Map.of("Sid", "AssumeCdkBootstrapRoles", "Action", "sts:AssumeRole", "Resource", resources)));
        String text = resources.asArray().toString();
        assertEquals(2, resources.asArray().size(), text);
        assertTrue(text.contains("cdk-hnb659fds-deploy-role-"), text);
        assertTrue(text.contains("cdk-hnb659fds-file-publishing-role-"), text);
        assertFalse(text.contains("*"), text);
    }

    @Test
    void policy_whenQualifierCustomised_usesThatQualifier() {
        Capture resources = new Capture();
        imported.hasResourceProperties(
                "AWS::IAM::Policy",
                PolicyDocuments.withStatementLike(Map.of("Sid", "AssumeCdkBootstrapRoles", "Resource", resources)));
        assertTrue(resources.asArray().toString().contains("cdk-custom1-deploy-role-"));
    }

    @Test
    void policy_whenEnvironmentConcrete_usesThatAccountAndRegionThroughout() {
        var template = synth(
                new GitHubDeployAccess(REPOSITORY, "main", OidcProviderMode.CREATE, "hnb659fds"),
                StackProps.builder()
                        .env(Environment.builder()
                                .account("123456789012")
                                .region("eu-west-1")
                                .build())
                        .build());
        String policy = template.findResources("AWS::IAM::Policy").toString();
        assertTrue(policy.contains(":iam::123456789012:role/cdk-hnb659fds-deploy-role-123456789012-eu-west-1"), policy);
        assertTrue(policy.contains(":lambda:eu-west-1:123456789012:function:" + BENCHMARK_STACK + "-vpc:*"), policy);
    }

    @Test
    void policy_whenCreated_limitsCompareClientToTheTwoNamedFunctionsAndTheirQualifiers() {
        created.hasResourceProperties(
                "AWS::IAM::Policy",
                PolicyDocuments.withStatementLike(Map.of(
                        "Sid",
                        "RunBenchmarkFunctions",
                        "Action",
                        GitHubDeployRole.COMPARE_LAMBDA_ACTIONS,
                        "Resource",
                        List.of(
                                arn(":lambda:", ":function:" + BENCHMARK_STACK + "-vpc"),
                                arn(":lambda:", ":function:" + BENCHMARK_STACK + "-vpc:*"),
                                arn(":lambda:", ":function:" + BENCHMARK_STACK + "-public"),
                                arn(":lambda:", ":function:" + BENCHMARK_STACK + "-public:*")))));
    }

    @Test
    void policy_whenCreated_hasExactlyTwoStatements() {
        Capture statements = new Capture();
        created.hasResourceProperties(
                "AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of("Statement", statements))));
        assertEquals(2, statements.asArray().size(), "bootstrap roles and benchmark functions: nothing else");
        created.resourceCountIs("AWS::IAM::Policy", 1);
        created.resourceCountIs("AWS::IAM::Role", 1);
        created.resourceCountIs("AWS::IAM::ManagedPolicy", 0);
    }

    @Test
    void outputs_whenCreated_nameTheRepositoryVariables() {
        created.hasOutput(GitHubDeployStack.OUTPUT_ROLE_ARN, Map.of("Value", Map.of("Fn::GetAtt", Match.anyValue())));
        created.hasOutput(GitHubDeployStack.OUTPUT_REGION, Map.of("Value", Map.of("Ref", "AWS::Region")));
    }

    /** The ARN formatArn builds for a regional resource of this account: {@code service} and {@code suffix} literal. */
    private static Object arn(String service, String suffix) {
        return Map.of(
                "Fn::Join",
                List.of(
                        "",
                        List.of(
                                "arn:",
                                Map.of("Ref", "AWS::Partition"),
                                service,
                                Map.of("Ref", "AWS::Region"),
                                ":",
                                Map.of("Ref", "AWS::AccountId"),
                                suffix)));
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, String key, List<Object> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (key.equals(k)) {
                    found.add(v);
                }
                collect(v, key, found);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, key, found));
        }
    }
}
