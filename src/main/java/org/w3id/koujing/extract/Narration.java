package org.w3id.koujing.extract;

import java.util.List;
import org.w3id.koujing.model.Span;

/**
 * Tells the outlet's narration from an official's words at the start of a sentence or paragraph:
 * a source or analyst named in the first clause (据, 数据显示, 分析认为) makes the sentence
 * narration; a connective opening a paragraph (其中, 此外, 一是) continues the speaker before it.
 */
public final class Narration {

    private static final String CLAUSE_BREAKS = "，,；;：:。！？!?";

    private final List<String> narrationCues;
    private final List<String> continuations;

    public Narration(List<String> narrationCues, List<String> continuations) {
        this.narrationCues = List.copyOf(narrationCues);
        this.continuations = List.copyOf(continuations);
    }

    public static Narration fromLexicon() {
        return new Narration(Lexicon.words("narration-cues.txt"), Lexicon.words("continuation-openers.txt"));
    }

    /** Whether the first clause of the sentence names a source other than an official. */
    public boolean isNarration(String norm, Span sentence) {
        String first = firstClause(norm, sentence);
        return narrationCues.stream().anyMatch(first::contains);
    }

    /** Whether a paragraph opens by continuing what was said before it. */
    public boolean continues(String norm, Span firstSentence) {
        String start = norm.substring(firstSentence.start(), firstSentence.end());
        return continuations.stream().anyMatch(start::startsWith);
    }

    private static String firstClause(String norm, Span sentence) {
        int end = sentence.start();
        while (end < sentence.end() && CLAUSE_BREAKS.indexOf(norm.charAt(end)) < 0) {
            end++;
        }
        return norm.substring(sentence.start(), end);
    }
}
