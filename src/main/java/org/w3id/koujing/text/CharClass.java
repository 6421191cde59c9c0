package org.w3id.koujing.text;

/**
 * A fixed set of characters, such as the clause breaks or the Chinese numerals, tested in one step.
 * The scanners ask whether a character belongs to such a set at nearly every place of a text;
 * {@link String#indexOf(int)} over the set's characters costs a search each time, this a lookup.
 */
public final class CharClass {

    private final long[] bits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    private CharClass(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            bits[c >>> 6] |= 1L << c;
        }
    }

    /** The set of the characters of {@code chars}. */
    public static CharClass of(CharSequence chars) {
        return new CharClass(chars);
    }

    public boolean contains(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }

    /** Whether a character of the set stands in {@code [from, to)} of {@code text}. */
    public boolean anyIn(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (contains(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
