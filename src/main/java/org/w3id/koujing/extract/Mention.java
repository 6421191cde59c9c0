package org.w3id.koujing.extract;

import org.w3id.koujing.model.Span;

/** Something a recogniser found in a text: where, and what it stands for. */
public record Mention<V>(Span span, V value) {
}
