package dev.eigwbench.common.model;

/**
 * A step's own verification.
 *
 * @param name e.g. "items-read-back"
 * @param expected e.g. items written
 * @param actual e.g. items read back
 * @param passed expected == actual
 * @param message plain-language result, e.g. "3 writes lost: 100 written, 97 read back"
 */
public record StepCheck(String name, long expected, long actual, boolean passed, String message) {}
