package dev.eigwbench.common;

/** An enum that travels in JSON as its id (e.g. "vpc", "sqs-send", "IPv6") rather than its constant's name. */
public interface WireId {
    String id();
}
