package dev.eigwbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ProcStatusTest {
    private static String fixture() throws IOException {
        try (InputStream in = ProcStatusTest.class.getResourceAsStream("/proc-status.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void kilobytes_whenVmHwmPresent_readsThePeak() throws IOException {
        assertEquals(OptionalLong.of(128532), ProcStatus.kilobytes(fixture(), "VmHWM"));
    }

    @Test
    void kilobytes_whenAnotherField_readsThatField() throws IOException {
        assertEquals(OptionalLong.of(127904), ProcStatus.kilobytes(fixture(), "VmRSS"));
    }

    @Test
    void kilobytes_whenFieldMissing_isEmpty() throws IOException {
        assertEquals(OptionalLong.empty(), ProcStatus.kilobytes(fixture(), "VmSwap"));
    }

    @Test
    void kilobytes_whenPrefixOfAnotherField_doesNotMatchIt() throws IOException {
        assertEquals(OptionalLong.empty(), ProcStatus.kilobytes(fixture(), "Vm"));
    }

    @Test
    void kilobytes_whenNotInKb_errorNamesTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> ProcStatus.kilobytes("VmHWM:\t12 MB\n", "VmHWM"));
        assertTrue(e.getMessage().startsWith("VmHWM:"), e.getMessage());
    }

    @Test
    void peakRssKb_whenThisProcessOnLinux_isPositive() {
        Assumptions.assumeTrue(
                java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/self/status")), "needs Linux /proc");
        assertTrue(ProcStatus.peakRssKb(ProcessHandle.current().pid()).orElseThrow() > 0);
    }

    @Test
    void peakRssKb_whenNoSuchProcess_isEmpty() {
        assertEquals(OptionalLong.empty(), ProcStatus.peakRssKb(Long.MAX_VALUE));
    }
}
