package org.w3id.koujing.model;

/**
 * A name in both scripts. The Simplified form is the key that identity is derived from; the
 * Traditional form is what a reader of Traditional script expects to see.
 */
public record Label(String hans, String hant) {

    public String in(Script script) {
        return script == Script.HANS ? hans : hant;
    }
}
