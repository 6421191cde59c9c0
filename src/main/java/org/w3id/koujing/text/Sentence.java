package org.w3id.koujing.text;

import org.w3id.koujing.model.Span;

/** One sentence, with the block it belongs to. */
public record Sentence(int index, Span span, int block, boolean headline) {
}
