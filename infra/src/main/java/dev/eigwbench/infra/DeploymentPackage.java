package dev.eigwbench.infra;

import dev.eigwbench.common.FunctionSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awscdk.services.lambda.Code;

/** The handler's Lambda zip ({@code lib/*.jar} plus the exec wrapper), which the handler module builds. */
public record DeploymentPackage(Path zip) {
    /** What builds the package; `npx cdk synth` runs it for you through cdk.json's app command. */
    public static final String BUILD_COMMAND = "mvn -B -pl handler -am package -DskipTests";

    public DeploymentPackage {
        if (zip == null || !Files.isRegularFile(zip)) {
            throw new ConfigurationException("The Lambda deployment package " + zip + " does not exist. Build it"
                    + " from the repository root with: " + BUILD_COMMAND + " (npx cdk synth builds it for you).");
        }
    }

    /** The package at its fixed place under the repository root. */
    public static DeploymentPackage in(ProjectRoot root) {
        return new DeploymentPackage(
                root.path().resolve(FunctionSettings.DEPLOYMENT_PACKAGE).normalize());
    }

    /** Uploaded as is: a .zip asset is not re-packed, so what the handler module built is what Lambda runs. */
    public Code code() {
        return Code.fromAsset(zip.toString());
    }
}
