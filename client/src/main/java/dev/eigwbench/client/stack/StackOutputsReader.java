package dev.eigwbench.client.stack;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** Reads a deployed stack's outputs with CloudFormation DescribeStacks. */
public final class StackOutputsReader {
    private final CloudFormationClient cloudFormation;

    public StackOutputsReader(CloudFormationClient cloudFormation) {
        this.cloudFormation = cloudFormation;
    }

    /** Output key → value; a missing stack surfaces as the SDK's CloudFormationException (ValidationError). */
    public Map<String, String> read(String stackName) {
        Stack stack = cloudFormation
                .describeStacks(r -> r.stackName(stackName))
                .stacks()
                .get(0);
        var outputs = new LinkedHashMap<String, String>();
        for (Output output : stack.outputs()) {
            outputs.put(output.outputKey(), output.outputValue());
        }
        return outputs;
    }
}
