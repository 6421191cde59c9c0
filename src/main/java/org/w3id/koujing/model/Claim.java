package org.w3id.koujing.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One statement as reported in one article: the sentence it rests on, who said it, what it states, and what it does. */
public record Claim(
        int index,
        Span span,
        String quote,
        Optional<Official> speaker,
        Attribution attribution,
        List<Figure> figures,
        List<PolicyMention> policies,
        Set<ClaimKind> kinds) {

    public Claim {
        figures = List.copyOf(figures);
        policies = List.copyOf(policies);
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }
}
