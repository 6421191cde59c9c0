package org.w3id.koujing.model;

import java.util.Optional;

/**
 * A policy as a claim names it: a named policy, programme or slogan, or an action line of an
 * enumeration; its label (canonical for a policy Koujing knows), and the known policy it is.
 */
public record PolicyMention(Span span, Label label, Kind kind, Optional<PolicyName> known) {

    /** A name (quoted, known or unquoted), or an action line (一是强化高质量科技供给). */
    public enum Kind { NAME, ACTION_LINE }
}
