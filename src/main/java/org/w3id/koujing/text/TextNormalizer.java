package org.w3id.koujing.text;

import org.w3id.koujing.model.Script;

/**
 * Builds the view of a text that every recogniser reads: Simplified script, half-width digits,
 * Latin letters and signs, and one pair of quotation marks. The view has the length of the
 * original, so an offset found in it is an offset in the original.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = normalize(text.charAt(i));
        }
        return new String(out);
    }

    /** The normalised view of a text and the script the text is written in. */
    public record View(String norm, Script script) {
    }

    /**
     * The normalised view and the script in one pass over the text: the script is read from each
     * character and its Simplified form, which the view computes anyway (no character the view
     * changes otherwise is a Han character).
     */
    public static View view(CharSequence text) {
        char[] out = new char[text.length()];
        ScriptConverter.ScriptTally tally = new ScriptConverter.ScriptTally();
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = normalize(c);
            tally.add(c, out[i]);
        }
        return new View(new String(out), tally.script());
    }

    static char normalize(char c) {
        if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
            return (char) (c - 0xFEE0); // full-width digits and letters
        }
        return switch (c) {
            case '\uFF05', '\uFE6A' -> '%';
            case '\uFF0E' -> '.';
            case '\uFF0B' -> '+';
            case '\uFF0D', '\u2212' -> '-';
            case '\u3000', '\u00A0' -> ' ';
            case '「', '『', '﹁', '﹃' -> '“';
            case '」', '』', '﹂', '﹄' -> '”';
            default -> ScriptConverter.toSimplified(c);
        };
    }
}
