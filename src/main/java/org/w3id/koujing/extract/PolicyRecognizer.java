package org.w3id.koujing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.koujing.model.Span;

/**
 * Finds policy names quoted in a sentence (“反内卷”, 「专精特新」). A quoted five-year plan is a
 * period, not a policy, and a quotation with clause punctuation inside is speech, not a name.
 */
public final class PolicyRecognizer {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 15;
    private static final String INNER_PUNCTUATION = "，,。；;！？!?：:";

    private final Set<String> notPolicies;

    public PolicyRecognizer(Set<String> notPolicies) {
        this.notPolicies = Set.copyOf(notPolicies);
    }

    public static PolicyRecognizer fromLexicon() {
        return new PolicyRecognizer(Set.copyOf(Lexicon.rows("plan-periods.tsv", 3).stream().map(r -> r[0]).toList()));
    }

    /** The spans of the quoted names (without their quotation marks) in {@code sentence}. */
    public List<Span> find(String norm, Span sentence) {
        List<Span> found = new ArrayList<>();
        int open = -1;
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = norm.charAt(i);
            if (c == '“') {
                open = i + 1;
            } else if (c == '”' && open >= 0) {
                Span inner = new Span(open, i);
                String name = norm.substring(open, i).strip();
                if (name.length() >= MIN_LENGTH && name.length() <= MAX_LENGTH && !notPolicies.contains(name)
                        && name.chars().noneMatch(ch -> INNER_PUNCTUATION.indexOf(ch) >= 0)) {
                    found.add(inner);
                }
                open = -1;
            }
        }
        return found;
    }
}
