package dev.eigwbench.infra.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eigwbench.infra.github.GitHubDeployAccess.OidcProviderMode;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** cdk-nag's AwsSolutions pack: no finding may remain unsuppressed; every suppression carries a reason. */
class GitHubDeployStackNagTest {

    static Stream<Arguments> stacks() {
        var concrete = Environment.builder()
                .account("123456789012")
                .region("eu-west-1")
                .build();
        return Stream.of(OidcProviderMode.values())
                .flatMap(mode -> Stream.of(
                        Arguments.of(mode, StackProps.builder().build()),
                        Arguments.of(mode, StackProps.builder().env(concrete).build())));
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void awsSolutions_whenSynthesized_hasNoUnsuppressedFindings(OidcProviderMode mode, StackProps stackProps) {
        var app = new App();
        var stack = new GitHubDeployStack(
                app,
                stackProps,
                new GitHubDeployRoleProps(
                        new GitHubDeployAccess("octo/eigw-bench", "main", mode, "hnb659fds"),
                        "EgressOnlyInternetGatewayTest"));
        Aspects.of(stack).add(AwsSolutionsChecks.Builder.create().verbose(true).build());

        Annotations annotations = Annotations.fromStack(stack);
        List<SynthesisMessage> errors = annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        List<SynthesisMessage> warnings = annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"));

        assertEquals(
                List.of(),
                errors.stream().map(GitHubDeployStackNagTest::describe).toList());
        assertEquals(
                List.of(),
                warnings.stream().map(GitHubDeployStackNagTest::describe).toList());
    }

    private static String describe(SynthesisMessage message) {
        return message.getId() + ": " + message.getEntry().getData();
    }
}
