package dev.eigwbench.common.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.eigwbench.common.WireId;

/** Which address family a step's calls connected over, written as its id ("IPv6", "IPv4", "none", "unknown"). */
public enum AddressFamily implements WireId {
    IPV6("IPv6"),
    IPV4("IPv4"),
    /** No connection succeeded. */
    NONE("none"),
    /** Calls succeeded but no open connection was left to identify, e.g. the server closed it. */
    UNKNOWN("unknown");

    private final String id;

    AddressFamily(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }

    @JsonCreator
    public static AddressFamily fromId(String id) {
        return WireId.parse(AddressFamily.class, id, "family");
    }
}
