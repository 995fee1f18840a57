package dev.eigwbench.common.model;

/**
 * @param field the input field or setting at fault, or null
 * @param message what is wrong and how to fix it
 */
public record ErrorDetail(String field, String message) {}
