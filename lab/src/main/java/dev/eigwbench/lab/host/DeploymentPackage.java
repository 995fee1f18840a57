package dev.eigwbench.lab.host;

import dev.eigwbench.lab.LabException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.zip.ZipFile;

/**
 * The handler's deployment package unpacked as Lambda unpacks it into {@code /var/task}: the function JVMs run the
 * same jar and the same exec wrapper script that Lambda would.
 */
public final class DeploymentPackage implements AutoCloseable {
    private final Path taskDir;

    private DeploymentPackage(Path taskDir) {
        this.taskDir = taskDir;
    }

    public static DeploymentPackage unpack(Path zip, Path parent) {
        if (!Files.isRegularFile(zip)) {
            throw new LabException("the handler's deployment package is missing: " + zip
                    + " (build it with: mvn -B -q -pl handler -am install -DskipTests)");
        }
        try {
            Files.createDirectories(parent);
            var taskDir = Files.createTempDirectory(parent, "task-");
            try (var zipFile = new ZipFile(zip.toFile())) {
                for (var entry : java.util.Collections.list(zipFile.entries())) {
                    var target = taskDir.resolve(entry.getName()).normalize();
                    if (!target.startsWith(taskDir)) {
                        throw new LabException("deployment package entry escapes its directory: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    try (var in = zipFile.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                    // ZipFile does not expose unix modes; the package's scripts live in bin/ (mode 0755 in the zip).
                    if (entry.getName().startsWith("bin/")) {
                        target.toFile().setExecutable(true, false);
                    }
                }
            }
            return new DeploymentPackage(taskDir);
        } catch (IOException e) {
            throw new LabException("cannot unpack " + zip + ": " + e.getMessage(), e);
        }
    }

    public Path taskDir() {
        return taskDir;
    }

    /** Lambda's Java runtime puts the task root and every jar under lib/ on the classpath. */
    public String classpath() {
        return taskDir + java.io.File.pathSeparator + taskDir.resolve("lib") + java.io.File.separator + "*";
    }

    public Path script(String relativePath) {
        return taskDir.resolve(relativePath);
    }

    @Override
    public void close() {
        try (var walk = Files.walk(taskDir)) {
            for (var p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temp directory left behind is harmless; the lab's own cleanup does not depend on it
        }
    }
}
