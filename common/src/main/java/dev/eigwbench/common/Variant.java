package dev.eigwbench.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

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
        return WireId.parse(Variant.class, id, "variant");
    }

    public static String[] ids() {
        return WireId.ids(Variant.class);
    }
}
