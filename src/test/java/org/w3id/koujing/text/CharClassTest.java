package org.w3id.koujing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A set of characters answers as {@link String#indexOf(int)} over its characters would. */
class CharClassTest {

    private static final String CLAUSE_BREAKS = "，,；;：:。！？!?";
    private static final CharClass BREAKS = CharClass.of(CLAUSE_BREAKS);

    /** character, whether it is a clause break: the set's own, others near them, and the last character. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"，|true", "。|true", "?|true", "!|true", "、|false", "＋|false", "\"|false", "增|false", "a|false",
        "\uFFFF|false"})
    void contains(char c, boolean member) {
        assertEquals(member, BREAKS.contains(c));
        assertEquals(CLAUSE_BREAKS.indexOf(c) >= 0, BREAKS.contains(c));
    }

    /** from, to, whether a break stands in [from, to) of 增长5%，出口增长7.1%。 */
    @ParameterizedTest(name = "[{0}, {1}): {2}")
    @CsvSource({"0, 4, false", "0, 5, true", "4, 5, true", "5, 13, false", "5, 14, true", "13, 13, false"})
    void anyIn(int from, int to, boolean found) {
        assertEquals(found, BREAKS.anyIn("增长5%，出口增长7.1%。", from, to));
    }
}
