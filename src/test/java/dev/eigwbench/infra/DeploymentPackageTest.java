package dev.eigwbench.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.FunctionSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentPackageTest {
    @TempDir
    Path root;

    @Test
    void in_whenHandlerNotBuilt_failsNamingTheFileAndTheBuildCommand() throws IOException {
        Files.writeString(root.resolve("cdk.json"), "{}");
        var error = assertThrows(ConfigurationException.class, () -> DeploymentPackage.in(new ProjectRoot(root)));
        assertTrue(
                error.getMessage()
                        .contains(root.resolve(FunctionSettings.DEPLOYMENT_PACKAGE)
                                .toString()),
                error.getMessage());
        assertTrue(error.getMessage().contains("mvn -B -pl handler -am package"), error.getMessage());
    }

    @Test
    void in_whenHandlerBuilt_pointsAtItsZip() throws IOException {
        Files.writeString(root.resolve("cdk.json"), "{}");
        Path zip = root.resolve(FunctionSettings.DEPLOYMENT_PACKAGE);
        Files.createDirectories(zip.getParent());
        Files.write(zip, new byte[] {'P', 'K', 5, 6});
        assertEquals(zip, DeploymentPackage.in(new ProjectRoot(root)).zip());
    }
}
