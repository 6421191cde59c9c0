package org.w3id.koujing.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.koujing.model.Span;

/** The lookups of a phrase dictionary, forwards and backwards, as tables of cases. */
class PhraseTrieTest {

    private static final PhraseTrie<String> WORDS = PhraseTrie.of(List.of("政策", "货币政策", "稳健的货币政策", "工具", "政策工具", "计划"));

    /** text, start, limit, the phrase found there ("-" for none). */
    @ParameterizedTest(name = "{0} at {1} before {2}: {3}")
    @CsvSource({
        "货币政策工具, 0, 6, 货币政策",
        "货币政策工具, 2, 6, 政策工具",
        "货币政策工具, 2, 5, 政策",
        "货币政策工具, 1, 6, -",
        "稳健的货币政策, 0, 7, 稳健的货币政策",
        "稳健的货币政策, 0, 6, -",
    })
    void longestAt(String text, int start, int limit, String phrase) {
        assertEquals(found(phrase), WORDS.longestAt(text, start, limit).map(m -> text.substring(m.span().start(), m.span().end())));
    }

    /** text, end, floor, the longest length allowed, the phrase found ending there ("-" for none). */
    @ParameterizedTest(name = "{0} to {1} from {2} within {3}: {4}")
    @CsvSource({
        "实施稳健的货币政策, 9, 0, 9, 稳健的货币政策",
        "实施稳健的货币政策, 9, 3, 9, 货币政策",
        "实施稳健的货币政策, 9, 0, 6, 货币政策",
        "实施稳健的货币政策, 9, 0, 3, 政策",
        "实施稳健的货币政策, 8, 0, 9, -",
        "货币政策工具, 6, 0, 9, 政策工具",
        "货币政策工具, 6, 4, 9, 工具",
        "工具, 2, 2, 9, -",
    })
    void longestEndingAt(String text, int end, int floor, int maxLength, String phrase) {
        assertEquals(found(phrase), WORDS.longestEndingAt(text, end, floor, maxLength).map(m -> text.substring(m.span().start(), m.span().end())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"加快实施计划, true", "计划, true", "加快实施, false", "'', false"})
    void occursIn(String text, boolean occurs) {
        assertEquals(occurs, WORDS.occursIn(text));
    }

    @Test
    void findAllIsLeftmostLongestAndDoesNotOverlap() {
        assertEquals(List.of(new Span(2, 6), new Span(6, 8)),
                WORDS.findAll("实施货币政策工具箱").stream().map(Mention::span).toList());
    }

    @Test
    void aPhraseAddedTwiceKeepsItsFirstValueBothWays() {
        PhraseTrie<Integer> trie = new PhraseTrie<Integer>().put("以上", 1).put("以上", 2);
        assertEquals(Optional.of(1), trie.longestAt("以上", 0).map(Mention::value));
        assertEquals(Optional.of(1), trie.longestEndingAt("以上", 2, 0).map(Mention::value));
    }

    private static Optional<String> found(String phrase) {
        return phrase.equals("-") ? Optional.empty() : Optional.of(phrase);
    }
}
