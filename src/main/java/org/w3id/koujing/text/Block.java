package org.w3id.koujing.text;

import org.w3id.koujing.model.Span;

/** A paragraph or a headline of an article. Headlines are the outlet's words, never a speaker's. */
public record Block(int index, Span span, boolean headline) {
}
