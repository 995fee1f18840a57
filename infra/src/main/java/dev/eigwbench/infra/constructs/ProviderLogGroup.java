package dev.eigwbench.infra.constructs;

import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The log group of a custom-resource provider that CDK adds to the stack (e.g. the one that empties the bucket on
 * delete). Left alone, Lambda creates {@code /aws/lambda/<function>} on the provider's first run and `cdk destroy`
 * leaves it behind. Declared here instead, it exists before the provider runs and is deleted after the custom
 * resource's last run: the custom resource depends on the log group, which depends on the provider's function.
 */
public final class ProviderLogGroup extends Construct {
    static final RetentionDays RETENTION = RetentionDays.ONE_WEEK;

    /**
     * @param providerId the provider's construct id at the stack's root, one of {@link CdkInternals}' ids
     * @param customResource the custom resource that invokes that provider
     */
    public ProviderLogGroup(Construct scope, String id, String providerId, IConstruct customResource) {
        super(scope, id);
        CfnResource handler = CdkInternals.providerHandler(Stack.of(this), providerId);
        var logGroup = LogGroup.Builder.create(this, "LogGroup")
                .logGroupName("/aws/lambda/" + handler.getRef())
                .retention(RETENTION)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        customResource.getNode().addDependency(logGroup);
    }
}
