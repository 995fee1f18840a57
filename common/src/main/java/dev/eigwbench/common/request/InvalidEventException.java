package dev.eigwbench.common.request;

import dev.eigwbench.common.model.ErrorDetail;

/** A rejected event: names the field and says what is allowed. */
public final class InvalidEventException extends Exception {
    private final transient ErrorDetail detail;

    public InvalidEventException(String field, String message) {
        super(field + ": " + message, null, false, false);
        this.detail = new ErrorDetail(field, message);
    }

    public ErrorDetail detail() {
        return detail;
    }
}
