package org.w3id.koujing.ingest;

/** Why one input (a file, or a line of a file) could not be read: one line for the user. */
public record InputProblem(String source, String message) {

    @Override
    public String toString() {
        return source + ": " + message;
    }
}
