package dev.eigwbench.common;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class CodeLocationTest {
    @Test
    void common_whenAsked_isWhereCommonsClassesAre() {
        var entry = CodeLocation.common();
        assertTrue(
                Files.isDirectory(entry.resolve("dev/eigwbench/common/lambda"))
                        || entry.toString().endsWith(".jar") && Files.isRegularFile(entry),
                entry.toString());
    }

    @Test
    void of_whenTestClass_isTheTestClassesNotCommon() {
        var tests = CodeLocation.of(CodeLocationTest.class);
        assertTrue(Files.isRegularFile(tests.resolve("dev/eigwbench/common/CodeLocationTest.class")), tests.toString());
        assertNotEquals(CodeLocation.common(), tests);
    }
}
