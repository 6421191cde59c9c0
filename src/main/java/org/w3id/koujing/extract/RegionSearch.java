package org.w3id.koujing.extract;

/**
 * Searches confined to a region of a text. {@link String#indexOf} runs on to the end of the whole
 * article (and {@link String#lastIndexOf} back to its start) when the region lacks what it looks
 * for, which makes a search per sentence quadratic in the length of the article.
 */
final class RegionSearch {

    private RegionSearch() {
    }

    /** Where the first {@code literal} that lies wholly inside {@code [from, to)} starts, or -1. */
    static int indexOf(String text, String literal, int from, int to) {
        char first = literal.charAt(0);
        int last = Math.min(to, text.length()) - literal.length();
        for (int i = Math.max(0, from); i <= last; i++) {
            if (text.charAt(i) == first && text.startsWith(literal, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Where the first {@code c} inside {@code [from, to)} stands, or -1. */
    static int indexOf(String text, char c, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code literal} lies wholly inside {@code [from, to)}. */
    static boolean contains(String text, String literal, int from, int to) {
        return indexOf(text, literal, from, to) >= 0;
    }

    /**
     * Where the last {@code literal} that starts in {@code [floor, fromIndex]} starts, or -1: {@link
     * String#lastIndexOf(String, int)} that looks no further back than {@code floor}.
     */
    static int lastIndexOf(String text, String literal, int floor, int fromIndex) {
        char first = literal.charAt(0);
        for (int i = Math.min(fromIndex, text.length() - literal.length()); i >= Math.max(0, floor); i--) {
            if (text.charAt(i) == first && text.startsWith(literal, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Where the last {@code c} in {@code [floor, fromIndex]} stands, or -1. */
    static int lastIndexOf(String text, char c, int floor, int fromIndex) {
        for (int i = Math.min(fromIndex, text.length() - 1); i >= Math.max(0, floor); i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether none of {@code chars} stands in {@code [from, to)}: the same clause (，；。) or sentence part (；。). */
    static boolean noneOf(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
