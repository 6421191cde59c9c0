package org.w3id.koujing.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Searches that see only their region: what lies beyond it, on either side, is not found. */
class RegionSearchTest {

    private static final String TEXT = "分别增长。一半以上分别为";

    /** literal, from, to, where the first one wholly inside [from, to) starts (-1: none). */
    @ParameterizedTest(name = "{0} in [{1}, {2}): {3}")
    @CsvSource({
        "分别, 0, 12, 0", "分别, 1, 12, 9", "分别, 1, 10, -1", "分别, 1, 11, 9", "一半, 0, 5, -1", "一半, 5, 7, 5", "。, 0, 12, 4",
    })
    void indexOf(String literal, int from, int to, int at) {
        assertEquals(at, RegionSearch.indexOf(TEXT, literal, from, to));
        if (literal.length() == 1) {
            assertEquals(at, RegionSearch.indexOf(TEXT, literal.charAt(0), from, to));
        }
    }

    /** literal, floor, fromIndex, where the last one starting in [floor, fromIndex] starts (-1: none). */
    @ParameterizedTest(name = "{0} in [{1}, {2}]: {3}")
    @CsvSource({"分别, 0, 11, 9", "分别, 0, 8, 0", "分别, 1, 8, -1", "分别, 9, 9, 9", "分别, 0, 20, 9", "。, 5, 11, -1", "。, 0, 11, 4"})
    void lastIndexOf(String literal, int floor, int fromIndex, int at) {
        assertEquals(at, RegionSearch.lastIndexOf(TEXT, literal, floor, fromIndex));
        if (literal.length() == 1) {
            assertEquals(at, RegionSearch.lastIndexOf(TEXT, literal.charAt(0), floor, fromIndex));
        }
    }
}
