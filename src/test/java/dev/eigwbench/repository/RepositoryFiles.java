package dev.eigwbench.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.eigwbench.infra.ProjectRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The repository's own files the workflow tests read: found through EIGW_ROOT (set by the parent pom). */
final class RepositoryFiles {
    private static final YAMLMapper YAML = new YAMLMapper();

    private RepositoryFiles() {}

    static Path root() {
        return ProjectRoot.locate(System.getenv(), Path.of("")).path();
    }

    static String read(String relativePath) {
        try {
            return Files.readString(root().resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relativePath + " under " + root(), e);
        }
    }

    static Map<String, Object> yaml(String relativePath) {
        try {
            return YAML.readValue(read(relativePath), new TypeReference<>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("not YAML: " + relativePath, e);
        }
    }

    /** Every workflow file, as paths relative to the root (e.g. {@code .github/workflows/ci.yml}). */
    static List<String> workflows() {
        Path dir = root().resolve(".github/workflows");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> root().relativize(p).toString())
                    .filter(name -> name.endsWith(".yml") || name.endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
