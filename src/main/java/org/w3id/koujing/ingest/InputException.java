package org.w3id.koujing.ingest;

/** An input that cannot be read, with a message fit to show the user as is. */
public class InputException extends Exception {

    public InputException(String message) {
        super(message);
    }
}
