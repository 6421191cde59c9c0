package org.w3id.koujing.cli;

/** A mistake of the user's (a missing file, a bad option value): one line, no stack trace. */
public class UserException extends RuntimeException {

    private final int exitCode;

    public UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
