package org.w3id.koujing.store;

/** The store cannot be opened or used; the message is fit to show the user as is. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
