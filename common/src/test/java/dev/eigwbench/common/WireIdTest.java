package dev.eigwbench.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eigwbench.common.model.AddressFamily;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireIdTest {
    @Test
    void parse_whenIdKnown_givesTheConstant() {
        assertEquals(Variant.PUBLIC, Variant.fromId("public"));
        assertEquals(Step.S3_LIST, Step.byId("s3-list"));
        assertEquals(AddressFamily.UNKNOWN, AddressFamily.fromId("unknown"));
    }

    @Test
    void parse_whenIdUnknown_namesTheFieldAndTheAllowedIds() {
        var e = assertThrows(IllegalArgumentException.class, () -> AddressFamily.fromId("ipv6"));
        assertEquals("family must be one of [IPv6, IPv4, none, unknown], got 'ipv6'", e.getMessage());
    }

    @Test
    void find_whenConstantNameInsteadOfId_findsNothing() {
        assertEquals(Optional.empty(), Step.fromId("SQS_SEND"));
    }
}
