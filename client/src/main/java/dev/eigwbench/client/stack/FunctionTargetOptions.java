package dev.eigwbench.client.stack;

import dev.eigwbench.client.aws.AwsClients;
import dev.eigwbench.client.aws.AwsSettings;
import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.common.Variant;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How a command finds the two functions, and which region, profile and endpoint it calls: one set of options and one
 * order of checks for {@code compare} and {@code readiness}. The functions named on the command line or in the outputs
 * file come first (a problem there is the one to report, and their ARNs say which region to call); CloudFormation is
 * asked only when neither names them.
 */
public final class FunctionTargetOptions {
    @Option(
            names = "--stack",
            description = "Stack whose outputs name the functions (default: " + StackOutputs.DEFAULT_STACK_NAME
                    + "; with --outputs-file, the one stack in the file that names both functions).")
    String stack;

    @Option(
            names = "--outputs-file",
            description =
                    "Read outputs from `cdk deploy --outputs-file` instead of AWS (checked before anything else).")
    Path outputsFile;

    @Option(names = "--vpc-function", description = "VPC function name or (alias) ARN; overrides stack outputs.")
    String vpcFunction;

    @Option(names = "--public-function", description = "Public function name or (alias) ARN.")
    String publicFunction;

    @Option(
            names = "--region",
            description = "AWS region (default: the region in the functions' ARNs, else the SDK's chain: AWS_REGION,"
                    + " profile); must match the ARNs' region.")
    String region;

    @Option(names = "--profile", description = "Named AWS profile (default: the SDK's credentials chain).")
    String profile;

    @Option(
            names = "--endpoint-url",
            description = "Send the AWS calls here (the lab's local Lambda API, local stubs); a loopback endpoint needs"
                    + " no AWS account.")
    URI endpoint;

    /** The functions named by --vpc-function/--public-function or the outputs file, or null to ask CloudFormation. */
    public FunctionTargets offline() {
        if (vpcFunction != null || publicFunction != null) {
            if (vpcFunction == null || publicFunction == null) {
                throw new IllegalArgumentException(
                        "pass both --vpc-function and --public-function, or neither to read the stack's outputs");
            }
            return new FunctionTargets(
                    FunctionTarget.parse(Variant.VPC, vpcFunction, "--vpc-function"),
                    FunctionTarget.parse(Variant.PUBLIC, publicFunction, "--public-function"),
                    "--vpc-function/--public-function");
        }
        if (outputsFile != null) {
            OutputsFile.StackOutputValues fromFile = OutputsFile.read(outputsFile, stack);
            return FunctionTargets.fromOutputs(
                    fromFile.outputs(), "outputs file " + outputsFile + " (stack " + fromFile.stackName() + ")");
        }
        return null;
    }

    /** --region, else the functions' ARNs' region, else null for the SDK's chain; a disagreement is an error. */
    public String region(FunctionTargets offline) {
        Optional<String> fromArns = offline == null ? Optional.empty() : offline.region();
        if (region != null && fromArns.isPresent() && !fromArns.get().equals(region)) {
            throw new IllegalArgumentException("--region " + region + " disagrees with the functions' ARNs in "
                    + offline.source() + ", which are in " + fromArns.get() + ": pass --region " + fromArns.get()
                    + " or leave --region out");
        }
        return region != null ? region : fromArns.orElse(null);
    }

    /** How to build the SDK clients: {@code region} (see {@link #region}), these options' profile and endpoint. */
    public AwsSettings settings(String region, Duration invokeTimeout, int maxAttempts) {
        return new AwsSettings(
                region,
                profile,
                endpoint,
                invokeTimeout,
                AwsSettings.DEFAULT_CONTROL_TIMEOUT,
                maxAttempts,
                AwsSettings.DEFAULT_THROTTLING_DELAY);
    }

    /** {@code offline} when the options or the file named the functions, else the stack's outputs. */
    public FunctionTargets resolve(FunctionTargets offline, AwsClients clients) {
        if (offline != null) {
            return offline;
        }
        return FunctionTargets.fromOutputs(
                new StackOutputsReader(clients.cloudFormation()).read(stackName()), "stack " + stackName());
    }

    public String stackName() {
        return stack != null ? stack : StackOutputs.DEFAULT_STACK_NAME;
    }
}
