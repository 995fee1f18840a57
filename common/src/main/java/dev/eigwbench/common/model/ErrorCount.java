package dev.eigwbench.common.model;

/** Failures of one exception class within a step, with the first message seen. */
public record ErrorCount(String type, int count, String sampleMessage) {}
