package org.w3id.koujing.model;

import java.util.List;
import java.util.Optional;

/** One statement as reported in one article: the sentence it rests on, who said it, and what it states. */
public record Claim(
        int index,
        Span span,
        String quote,
        Optional<Official> speaker,
        Attribution attribution,
        List<Figure> figures,
        List<PolicyMention> policies) {

    public Claim {
        figures = List.copyOf(figures);
        policies = List.copyOf(policies);
    }
}
