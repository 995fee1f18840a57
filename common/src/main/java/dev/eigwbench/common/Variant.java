package dev.eigwbench.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Where a function runs: in the VPC's private subnets (IPv6 egress, no NAT) or outside any VPC. JSON carries the id. */
public enum Variant implements WireId {
    VPC("vpc"),
    PUBLIC("public");

    private final String id;

    Variant(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Variant fromId(String id) {
        return Arrays.stream(values())
                .filter(v -> v.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "variant must be one of " + Arrays.toString(ids()) + ", got '" + id + "'"));
    }

    public static String[] ids() {
        return Arrays.stream(values()).map(Variant::id).toArray(String[]::new);
    }
}
