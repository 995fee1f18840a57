package dev.eigwbench.infra.constructs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.CustomResource;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.IConstruct;

/**
 * The ids CdkInternals relies on still name what CDK creates. Fails on the CDK upgrade that renames one, so the
 * upgrade's pull request says which id to update instead of a synth error somewhere in the stack.
 */
class CdkInternalsTest {
    private final Stack stack = new Stack(new App(), "Internals");

    @Test
    void defaultPolicy_whenRoleGranted_isTheRolesPolicy() {
        var role = Role.Builder.create(stack, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .build();
        Bucket.Builder.create(stack, "Granted").build().grantRead(role);

        assertInstanceOf(Policy.class, CdkInternals.defaultPolicy(role));
    }

    @Test
    void autoDeleteObjects_whenBucketAutoDeletes_isTheCustomResourceAndItsProviderIsAFunction() {
        var bucket = Bucket.Builder.create(stack, "Bucket")
                .autoDeleteObjects(true)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();

        assertCustomResourceWithFunctionProvider(
                CdkInternals.autoDeleteObjects(bucket), CdkInternals.AUTO_DELETE_OBJECTS_PROVIDER);
    }

    @Test
    void restrictDefaultSecurityGroup_whenVpcRestricts_isTheCustomResourceAndItsProviderIsAFunction() {
        var vpc = Vpc.Builder.create(stack, "Vpc")
                .restrictDefaultSecurityGroup(true)
                .natGateways(0)
                .build();

        assertCustomResourceWithFunctionProvider(
                CdkInternals.restrictDefaultSecurityGroup(vpc), CdkInternals.RESTRICT_DEFAULT_SG_PROVIDER);
    }

    @Test
    void defaultPolicy_whenMissing_namesTheIdAndWhereToFixIt() {
        var role = Role.Builder.create(stack, "Bare")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .build();

        var e = assertThrows(IllegalStateException.class, () -> CdkInternals.defaultPolicy(role));
        assertTrue(e.getMessage().contains("'DefaultPolicy' under 'Internals/Bare'"), e.getMessage());
        assertTrue(e.getMessage().contains("update CdkInternals"), e.getMessage());
    }

    private void assertCustomResourceWithFunctionProvider(IConstruct resource, String providerId) {
        assertInstanceOf(CustomResource.class, resource);
        CfnResource handler = CdkInternals.providerHandler(stack, providerId);
        assertEquals("AWS::Lambda::Function", handler.getCfnResourceType());
    }
}
