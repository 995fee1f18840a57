package dev.eigwbench.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * cdk-nag's AwsSolutions pack over the whole stack. Its errors fail synthesis outright (the recommended
 * annotationsInValidationReport flag), so this class synthesizes its own copy rather than the shared one: a finding
 * then fails these tests with the finding in the message, not every test in the suite.
 */
class CdkNagTest {
    private static Template template;
    private static Annotations annotations;

    @BeforeAll
    static void synthesizeWithChecks() {
        App app = SynthesizedStack.app(Map.of());
        var stack = EigwBenchApp.build(app, SynthesizedStack.agnosticEnvironment(), SynthesizedStack.ROOT.path());
        Aspects.of(app).add(new AwsSolutionsChecks());
        template = Template.fromStack(stack);
        annotations = Annotations.fromStack(stack);
    }

    @Test
    void awsSolutions_whenChecked_reportsNoUnsuppressedErrors() {
        var errors = annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        assertEquals(List.of(), errors.stream().map(m -> m.getEntry().getData()).toList());
    }

    @Test
    void awsSolutions_whenChecked_reportsNoUnsuppressedWarnings() {
        var warnings = annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        assertEquals(
                List.of(), warnings.stream().map(m -> m.getEntry().getData()).toList());
    }

    /** A new suppression must be reviewed: it shows up here as a failing diff. */
    @Test
    void suppressions_whenListed_areExactlyTheReviewedOnes() {
        assertEquals(
                List.of(
                        "AWS::DynamoDB::GlobalTable AwsSolutions-DDB3 []",
                        "AWS::EC2::VPC AwsSolutions-VPC7 []",
                        "AWS::IAM::Policy AwsSolutions-IAM5 [Resource::*]",
                        "AWS::IAM::Policy AwsSolutions-IAM5 [Resource::<DataBucketE6B0FAA8.Arn>/*]",
                        "AWS::IAM::Policy AwsSolutions-IAM5 [Resource::<DataBucketE6B0FAA8.Arn>/*]",
                        "AWS::S3::Bucket AwsSolutions-S1 []",
                        "AWS::SQS::Queue AwsSolutions-SQS3 []"),
                suppressions().stream().map(Suppression::summary).sorted().toList());
    }

    @Test
    void suppressions_whenListed_eachExplainsItselfInASentence() {
        for (Suppression suppression : suppressions()) {
            assertTrue(
                    suppression.reason().length() >= 60 && suppression.reason().endsWith("."),
                    () -> "too terse a reason for " + suppression.summary() + ": " + suppression.reason());
        }
    }

    private record Suppression(String resourceType, String ruleId, List<?> appliesTo, String reason) {
        String summary() {
            return resourceType + " " + ruleId + " " + appliesTo;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Suppression> suppressions() {
        var found = new ArrayList<Suppression>();
        var resources = (Map<String, Map<String, Object>>) template.toJSON().get("Resources");
        for (Map<String, Object> resource : resources.values()) {
            var metadata = (Map<String, Object>) resource.getOrDefault("Metadata", Map.of());
            var nag = (Map<String, Object>) metadata.getOrDefault("cdk_nag", Map.of());
            for (var rule : (List<Map<String, Object>>) nag.getOrDefault("rules_to_suppress", List.of())) {
                found.add(new Suppression(
                        (String) resource.get("Type"),
                        (String) rule.get("id"),
                        (List<?>) rule.getOrDefault("applies_to", List.of()),
                        (String) rule.get("reason")));
            }
        }
        return found;
    }
}
