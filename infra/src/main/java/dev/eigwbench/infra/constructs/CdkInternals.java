package dev.eigwbench.infra.constructs;

import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.IConstruct;

/**
 * The construct ids CDK gives to what it creates inside its own constructs, which no public getter exposes: the
 * one place this project depends on them. They are not API, so a CDK upgrade may rename one; each lookup then
 * fails at synth with a message naming the id, and {@code CdkInternalsTest} (top-level src/test) fails first.
 */
public final class CdkInternals {
    /** The policy a {@link Role} creates for its first grant. */
    public static final String ROLE_DEFAULT_POLICY = "DefaultPolicy";
    /** A custom-resource provider's function. */
    public static final String PROVIDER_HANDLER = "Handler";
    /** At the stack's root: the provider behind {@code autoDeleteObjects(true)}. */
    public static final String AUTO_DELETE_OBJECTS_PROVIDER = "Custom::S3AutoDeleteObjectsCustomResourceProvider";
    /** In the bucket: the custom resource that empties it on delete. */
    public static final String AUTO_DELETE_OBJECTS_RESOURCE = "AutoDeleteObjectsCustomResource";
    /** At the stack's root: the provider behind {@code restrictDefaultSecurityGroup(true)}. */
    public static final String RESTRICT_DEFAULT_SG_PROVIDER = "Custom::VpcRestrictDefaultSGCustomResourceProvider";
    /** In the VPC: the custom resource that strips the default security group's rules. */
    public static final String RESTRICT_DEFAULT_SG_RESOURCE = "RestrictDefaultSecurityGroupCustomResource";

    private CdkInternals() {}

    /** The role's default policy; exists once something was granted to the role. */
    public static IConstruct defaultPolicy(Role role) {
        return child(role, ROLE_DEFAULT_POLICY);
    }

    /** The custom resource that empties {@code bucket} on delete; exists with {@code autoDeleteObjects(true)}. */
    public static IConstruct autoDeleteObjects(Bucket bucket) {
        return child(bucket, AUTO_DELETE_OBJECTS_RESOURCE);
    }

    /** The custom resource that strips the default group's rules; exists with restrictDefaultSecurityGroup. */
    public static IConstruct restrictDefaultSecurityGroup(Vpc vpc) {
        return child(vpc, RESTRICT_DEFAULT_SG_RESOURCE);
    }

    /** The function of the custom-resource provider {@code providerId} at the root of {@code stack}. */
    public static CfnResource providerHandler(Stack stack, String providerId) {
        return (CfnResource) child(child(stack, providerId), PROVIDER_HANDLER);
    }

    private static IConstruct child(IConstruct parent, String id) {
        IConstruct found = parent.getNode().tryFindChild(id);
        if (found == null) {
            throw new IllegalStateException("CDK has no construct '" + id + "' under '"
                    + parent.getNode().getPath()
                    + "': a CDK upgrade renamed it; find its new id and update CdkInternals");
        }
        return found;
    }
}
