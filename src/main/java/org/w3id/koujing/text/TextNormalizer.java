package org.w3id.koujing.text;

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
