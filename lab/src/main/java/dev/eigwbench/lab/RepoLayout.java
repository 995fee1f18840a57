package dev.eigwbench.lab;

import dev.eigwbench.common.CodeLocation;
import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.RepositoryRoot;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the lab finds what it runs: the repository root ({@link RepositoryRoot}: EIGW_ROOT, else upwards from the
 * lab's own jar), the handler's deployment package, and the local runtime's small jars beside the lab's build output.
 */
record RepoLayout(Path root, Path functionRuntimeDir) {
    static final String RUNTIME_JAR = "eigw-bench-lab-runtime.jar";
    static final String SERIALIZATION_JAR = "aws-lambda-java-serialization.jar";
    static final String CORE_JAR = "aws-lambda-java-core.jar";
    static final String RIC_JAR = "aws-lambda-java-runtime-interface-client.jar";

    static RepoLayout locate() {
        // lab/target/classes or lab/target/eigw-bench-lab.jar: both have lab/target as parent.
        var targetDir = CodeLocation.of(RepoLayout.class).getParent();
        var runtimeDir = targetDir.resolve("function-runtime");
        var root = RepositoryRoot.locate(System.getenv(), targetDir)
                .orElse(targetDir.getParent().getParent());
        if (!Files.isRegularFile(runtimeDir.resolve(RUNTIME_JAR))) {
            throw new LabException("the lab's function runtime jar is missing from " + runtimeDir
                    + " (build the lab with: mvn -B -q -pl lab -am install -DskipTests)");
        }
        return new RepoLayout(root.toAbsolutePath().normalize(), runtimeDir);
    }

    Path deploymentPackage() {
        return root.resolve(FunctionSettings.DEPLOYMENT_PACKAGE);
    }

    /**
     * Lambda's own runtime jars come first on its classpath; the lab's stand-ins do too, with common (the local
     * runtime's LocalContext: the same classes the handler's jar holds).
     */
    String functionRuntimeClasspath() {
        return String.join(
                File.pathSeparator,
                functionRuntimeDir.resolve(RUNTIME_JAR).toString(),
                functionRuntimeDir.resolve(RIC_JAR).toString(),
                functionRuntimeDir.resolve(CORE_JAR).toString(),
                functionRuntimeDir.resolve(SERIALIZATION_JAR).toString(),
                CodeLocation.common().toString());
    }
}
