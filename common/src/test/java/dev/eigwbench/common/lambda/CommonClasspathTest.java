package dev.eigwbench.common.lambda;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class CommonClasspathTest {
    @Test
    void entry_whenAsked_isWhereCommonsClassesAre() {
        var entry = CommonClasspath.entry();
        assertTrue(
                Files.isDirectory(entry.resolve("dev/eigwbench/common/lambda"))
                        || entry.toString().endsWith(".jar") && Files.isRegularFile(entry),
                entry.toString());
    }
}
