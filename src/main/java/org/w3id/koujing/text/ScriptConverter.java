package org.w3id.koujing.text;

import com.ibm.icu.text.Transliterator;
import org.w3id.koujing.model.Label;
import org.w3id.koujing.model.Script;

/**
 * Converts between Traditional and Simplified script. Traditional to Simplified is done one
 * character at a time through a table filled lazily from ICU's {@code Hant-Hans}, so that the
 * Simplified view of a text has exactly the offsets of the original. Simplified to Traditional
 * (one to many, so context matters) goes through ICU's {@code Hans-Hant} on whole strings.
 */
public final class ScriptConverter {

    private static final char UNKNOWN = '\uFFFF';
    private static final char[] TO_HANS = new char[Character.MAX_VALUE + 1];
    private static final char[] TO_HANT = new char[Character.MAX_VALUE + 1];
    private static final Transliterator HANT_HANS = Transliterator.getInstance("Hant-Hans");
    private static final Transliterator HANS_HANT = Transliterator.getInstance("Hans-Hant");
    private static final int MAX_CACHED = 100_000;
    private static final java.util.Map<String, String> TRADITIONAL = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        java.util.Arrays.fill(TO_HANS, UNKNOWN);
        java.util.Arrays.fill(TO_HANT, UNKNOWN);
        loadVariants();
    }

    /** Variant characters ICU does not simplify (衞), from lexicon/variants.tsv. */
    private static void loadVariants() {
        try (java.io.InputStream in = ScriptConverter.class.getResourceAsStream("/lexicon/variants.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing /lexicon/variants.tsv");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] row = line.split("\t");
                if (!line.startsWith("#") && row.length == 2 && row[0].length() == 1 && row[1].trim().length() == 1) {
                    TO_HANS[row[0].charAt(0)] = row[1].trim().charAt(0);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ScriptConverter() {
    }

    /** The Simplified form of one character, or the character itself where there is none of the same length. */
    public static char toSimplified(char c) {
        if (!isHan(c)) {
            return c;
        }
        char s = TO_HANS[c];
        if (s == UNKNOWN) {
            s = convertOne(HANT_HANS, c);
            TO_HANS[c] = s; // a benign race: every thread computes the same value
        }
        return s;
    }

    /** The Simplified form of a string, character for character (same length, same offsets). */
    public static String toSimplified(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toSimplified(text.charAt(i));
        }
        return new String(out);
    }

    /** The Traditional form of a string, converted with context by ICU; labels recur, so they are remembered. */
    public static String toTraditional(String text) {
        String cached = TRADITIONAL.get(text);
        if (cached != null) {
            return cached;
        }
        String converted;
        synchronized (HANS_HANT) {
            converted = HANS_HANT.transliterate(text);
        }
        if (TRADITIONAL.size() >= MAX_CACHED) {
            TRADITIONAL.clear(); // a crude bound: what recurs is soon cached again
        }
        TRADITIONAL.put(text, converted);
        return converted;
    }

    /** A label in both scripts for a name written in the given script. */
    public static Label label(String written, Script script) {
        return script == Script.HANT
                ? new Label(toSimplified(written), written)
                : new Label(written, toTraditional(written));
    }

    /**
     * The script a text is written in: Traditional where characters only Traditional script uses
     * outnumber those only Simplified script uses, Simplified otherwise.
     */
    public static Script detect(CharSequence text) {
        ScriptTally tally = new ScriptTally();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            tally.add(c, toSimplified(c));
        }
        return tally.script();
    }

    /**
     * The evidence for each script, counted one character at a time: {@link #detect} over a whole
     * text, or the normalisation's own pass, which has each character's Simplified form in hand.
     */
    static final class ScriptTally {
        private int traditional;
        private int simplified;

        /** Counts {@code c}, whose Simplified form is {@code simplifiedForm}. */
        void add(char c, char simplifiedForm) {
            if (!isHan(c)) {
                return;
            }
            if (simplifiedForm != c) {
                traditional++;
            } else if (toTraditionalChar(c) != c) {
                simplified++;
            }
        }

        Script script() {
            return traditional > simplified ? Script.HANT : Script.HANS;
        }
    }

    private static char toTraditionalChar(char c) {
        char t = TO_HANT[c];
        if (t == UNKNOWN) {
            t = convertOne(HANS_HANT, c);
            TO_HANT[c] = t;
        }
        return t;
    }

    private static char convertOne(Transliterator transliterator, char c) {
        String converted;
        synchronized (transliterator) {
            converted = transliterator.transliterate(String.valueOf(c));
        }
        return converted.length() == 1 ? converted.charAt(0) : c;
    }

    static boolean isHan(char c) {
        return (c >= '\u3400' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF');
    }
}
