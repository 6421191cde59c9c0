package org.w3id.koujing.model;

/** A named policy, programme or slogan as it occurs in a claim. */
public record PolicyMention(Span span, Label label) {
}
