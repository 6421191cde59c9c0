package org.w3id.koujing.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One news report as read from an input: its identity (the .jsonl id or the path relative to the
 * input root), its metadata where known, and its text exactly as decoded.
 */
public record Article(String id, Optional<LocalDate> date, Optional<String> title, Optional<String> url, String text) {

    public Article {
        if (id.isBlank()) {
            throw new IllegalArgumentException("an article needs an id");
        }
    }
}
