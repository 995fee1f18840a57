package dev.eigwbench.infra.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The naming model reproduces names real CloudFormation generated (random tails replaced by the model's stand-in):
 * published in https://github.com/convox/rack/issues/2297 (a Lambda function, 13-character tail) and
 * https://github.com/KensioSoftware/yulin/issues/1113 (an IAM role and a log group, 12-character tails).
 */
class CloudFormationNamingTest {
    private static final CloudFormationNaming TAIL_12 = new CloudFormationNaming(12);
    private static final CloudFormationNaming TAIL_13 = new CloudFormationNaming(13);

    @Test
    void generated_whenLambdaNameTooLongWith13CharacterTail_cutsStackTo25AndLogicalIdTo24() {
        assertEquals(
                "mylongerapp-playground-ne-InstancesLifecycleHandle-" + TAIL_13.tail(),
                TAIL_13.generated("mylongerapp-playground-new", "InstancesLifecycleHandler", 64));
    }

    @Test
    void generated_whenRoleNameTooLongWith12CharacterTail_cutsBothTo25() {
        assertEquals(
                "ChineseboostAnalyticsStac-RainlyticsSummariesJobFun-" + TAIL_12.tail(),
                TAIL_12.generated(
                        "ChineseboostAnalyticsStack", "RainlyticsSummariesJobFunctionServiceRole0C1F6A55", 64));
    }

    @Test
    void generated_whenNameFits_isUncut() {
        assertEquals(
                "ChineseboostAnalyticsStack-RainlyticsSummariesJobLogs1C6CB09C-" + TAIL_12.tail(),
                TAIL_12.generated("ChineseboostAnalyticsStack", "RainlyticsSummariesJobLogs1C6CB09C", 512));
    }

    @Test
    void generated_whenStackNameShort_givesTheRestToTheLogicalId() {
        String name = TAIL_12.generated("Bench", "AVeryLongLogicalIdThatTakesUpMostOfTheNameXYZ0123456789", 64);
        assertEquals(64, name.length(), name);
        assertEquals("Bench-AVeryLongLogicalIdThatTakesUpMostOfTheNameXYZ-" + TAIL_12.tail(), name);
    }

    @Test
    void physicalName_whenTemplateNamesTheResource_isThatName() {
        assertEquals("Bench-vpc", TAIL_12.physicalName("Bench", "VpcHandlerFunction12345678", "Bench-vpc", 64));
    }
}
