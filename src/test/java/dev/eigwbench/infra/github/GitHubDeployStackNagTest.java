package dev.eigwbench.infra.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eigwbench.infra.github.GitHubDeployAccess.OidcProviderMode;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** cdk-nag's AwsSolutions pack: no finding may remain unsuppressed; every suppression carries a reason. */
class GitHubDeployStackNagTest {

    @ParameterizedTest
    @EnumSource(OidcProviderMode.class)
    void awsSolutions_whenSynthesized_hasNoUnsuppressedFindings(OidcProviderMode mode) {
        var app = new App();
        var stack = new GitHubDeployStack(
                app,
                StackProps.builder().build(),
                new GitHubDeployRoleProps(
                        new GitHubDeployAccess("octo/eigw-bench", "main", mode, "hnb659fds"),
                        "EgressOnlyInternetGatewayTest"));
        Aspects.of(stack).add(AwsSolutionsChecks.Builder.create().verbose(true).build());

        Annotations annotations = Annotations.fromStack(stack);
        List<SynthesisMessage> errors = annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        List<SynthesisMessage> warnings = annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"));

        assertEquals(List.of(), errors.stream().map(GitHubDeployStackNagTest::describe).toList());
        assertEquals(List.of(), warnings.stream().map(GitHubDeployStackNagTest::describe).toList());
    }

    private static String describe(SynthesisMessage message) {
        return message.getId() + ": " + message.getEntry().getData();
    }
}
