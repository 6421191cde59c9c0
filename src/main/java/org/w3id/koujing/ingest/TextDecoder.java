package org.w3id.koujing.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the bytes of a file into text. A byte order mark decides (UTF-8, UTF-16, UTF-32); else a
 * file that is not text at all is refused; else strict UTF-8; else, for a file that is UTF-8 but
 * damaged or cut off, a message saying where; else an encoding declared by the file itself (an
 * HTML page's charset); else the Chinese encoding (GB18030, Big5) ICU's detector is confident of.
 * Every decoding is strict: a byte that does not belong to the encoding is an error, never a
 * replacement character.
 */
public final class TextDecoder {

    /** The decoded text and the name of the encoding it was found in. */
    public record Decoded(String text, String encoding) {
    }

    /** An encoding found for some bytes: its name for the user, its charsets (variants tried in turn) and its byte order mark. */
    record Encoding(String name, List<Charset> charsets, int bomLength) {

        Encoding(String name, Charset charset, int bomLength) {
            this(name, List.of(charset), bomLength);
        }

        /** Bytes per code unit, for finding line ends: 1 (UTF-8, GB18030, Big5), 2 (UTF-16) or 4 (UTF-32). */
        int unit() {
            return name.startsWith("UTF-16") ? 2 : name.startsWith("UTF-32") ? 4 : 1;
        }

        boolean bigEndian() {
            return name.endsWith("BE");
        }

        /** The text of {@code bytes[from, to)}, strictly; the first variant that decodes them all wins. */
        String decode(byte[] bytes, int from, int to) throws InputException {
            Malformed first = null;
            for (Charset c : charsets) {
                try {
                    return strict(c, bytes, from, to);
                } catch (Malformed e) {
                    first = first == null ? e : first;
                }
            }
            if (first.atEnd()) {
                throw new InputException("truncated " + name + ": the text ends inside a character, so it was probably cut off");
            }
            throw new InputException("not valid " + name + (bomLength > 0 ? " despite its byte order mark" : "")
                    + " (at byte " + (first.position() - from) + ")");
        }
    }

    /** Below this confidence (0 to 100) ICU's guess is not trusted. */
    private static final int MIN_CONFIDENCE = 10;
    /** At this confidence a file that does not decode is that encoding, damaged, rather than another. */
    private static final int CONFIDENT = 50;

    /**
     * The encodings ICU may name that Koujing reads, with the charsets that decode them: the Windows
     * code page 950 and Hong Kong's supplement extend Big5 with characters real files use.
     */
    private static final Map<String, List<String>> DETECTABLE = Map.of(
            "GB18030", List.of("GB18030"),
            "Big5", List.of("Big5", "x-windows-950", "Big5-HKSCS"),
            "ISO-2022-CN", List.of("ISO-2022-CN"));

    /** Names an HTML page may declare, for the encodings Koujing reads; GB2312 and GBK are subsets of GB18030. */
    private static final Map<String, String> DECLARED = Map.ofEntries(
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("gb18030", "GB18030"),
            Map.entry("x-gbk", "GB18030"), Map.entry("cp936", "GB18030"), Map.entry("euc-cn", "GB18030"),
            Map.entry("big5", "Big5"), Map.entry("big5-hkscs", "Big5"), Map.entry("cp950", "Big5"),
            Map.entry("x-windows-950", "Big5"), Map.entry("utf-8", "UTF-8"), Map.entry("utf8", "UTF-8"));

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) throws InputException {
        return decode(bytes, Optional.empty());
    }

    /** Decodes a whole file; {@code declared} is the charset the file names itself, if any (an HTML page's). */
    public static Decoded decode(byte[] bytes, Optional<String> declared) throws InputException {
        Encoding e = detect(bytes, bytes.length, false, declared);
        return new Decoded(e.decode(bytes, e.bomLength(), bytes.length), e.name());
    }

    /**
     * The encoding of {@code bytes[0, length)}: the whole of a file, or, {@code lineByLine}, the start
     * of a file whose lines are decoded one by one, where a damaged line is that line's problem.
     */
    static Encoding detect(byte[] bytes, int length, boolean lineByLine, Optional<String> declared) throws InputException {
        Optional<Encoding> bom = byteOrderMark(bytes, length);
        if (bom.isPresent()) {
            if (bom.get().name().equals("UTF-8") && !lineByLine) {
                failIfPresent(utf8Problem(bytes, 3, length));
            }
            return bom.get();
        }
        Optional<String> binary = BinaryDetector.describe(bytes, length);
        if (binary.isPresent()) {
            throw new InputException("binary file, not text (" + binary.get() + ")");
        }
        Utf8Scan scan = Utf8Scan.of(bytes, 0, length);
        if (scan.errors() == 0 || lineByLine && (scan.onlyCutAtEnd() || scan.mostlyValid())) {
            return new Encoding("UTF-8", StandardCharsets.UTF_8, 0);
        }
        if (!lineByLine) {
            failIfPresent(utf8Problem(bytes, 0, length));
        }
        Optional<String> named = declared.map(d -> DECLARED.get(d.strip().toLowerCase(Locale.ROOT)));
        if (named.isPresent() && !named.get().equals("UTF-8")) {
            Encoding e = encoding(named.get());
            if (decodes(e, bytes, length)) {
                return e;
            }
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
        CharsetMatch[] matches = detector.detectAll();
        InputException likelyButBroken = null;
        for (CharsetMatch match : matches) {
            if (match.getConfidence() >= MIN_CONFIDENCE && DETECTABLE.containsKey(match.getName())) {
                Encoding e = encoding(match.getName());
                try {
                    e.decode(bytes, 0, length);
                    return e;
                } catch (InputException broken) {
                    if (lineByLine) {
                        return e; // each line will say whether it decodes
                    }
                    if (likelyButBroken == null && match.getConfidence() >= CONFIDENT) {
                        likelyButBroken = broken;
                    }
                }
            }
        }
        if (likelyButBroken != null) {
            throw likelyButBroken;
        }
        throw new InputException("not in an encoding Koujing reads (UTF-8, UTF-16 with a byte order mark, GB18030, Big5)"
                + (matches.length > 0 ? "; it looks like " + matches[0].getName() : ""));
    }

    /**
     * What is wrong with bytes that are UTF-8 but for a few bytes: cut off inside a character, or
     * damaged in the middle. Text in another encoding has next to no valid UTF-8 sequences of
     * more than one byte, so it is not taken for damaged UTF-8.
     */
    private static Optional<String> utf8Problem(byte[] bytes, int from, int length) {
        Utf8Scan scan = Utf8Scan.of(bytes, from, length);
        if (scan.errors() == 0) {
            return Optional.empty();
        }
        if (scan.onlyCutAtEnd()) {
            return Optional.of("truncated UTF-8: the file ends inside a character, so it was probably cut off");
        }
        if (scan.mostlyValid() || from > 0) {
            int line = 1;
            for (int i = 0; i < scan.firstError(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            return Optional.of("not valid UTF-8 at byte " + scan.firstError() + " (line " + line + "): "
                    + (scan.errors() == 1 ? "one damaged character" : scan.errors() + " damaged characters")
                    + ", or two encodings mixed");
        }
        return Optional.empty();
    }

    private static void failIfPresent(Optional<String> problem) throws InputException {
        if (problem.isPresent()) {
            throw new InputException(problem.get());
        }
    }

    private static Optional<Encoding> byteOrderMark(byte[] b, int length) {
        if (startsWith(b, length, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new Encoding("UTF-8", StandardCharsets.UTF_8, 3));
        }
        if (startsWith(b, length, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(new Encoding("UTF-32BE", Charset.forName("UTF-32BE"), 4));
        }
        if (startsWith(b, length, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(new Encoding("UTF-32LE", Charset.forName("UTF-32LE"), 4));
        }
        if (startsWith(b, length, 0xFE, 0xFF)) {
            return Optional.of(new Encoding("UTF-16BE", StandardCharsets.UTF_16BE, 2));
        }
        if (startsWith(b, length, 0xFF, 0xFE)) {
            return Optional.of(new Encoding("UTF-16LE", StandardCharsets.UTF_16LE, 2));
        }
        return Optional.empty();
    }

    private static Encoding encoding(String name) {
        List<Charset> charsets = DETECTABLE.getOrDefault(name, List.of(name)).stream()
                .filter(Charset::isSupported).map(Charset::forName).toList();
        return new Encoding(name, charsets, 0);
    }

    private static boolean decodes(Encoding e, byte[] bytes, int length) {
        try {
            e.decode(bytes, 0, length);
            return true;
        } catch (InputException notThis) {
            return false;
        }
    }

    /** A byte sequence the charset does not accept, at {@code position}; {@code atEnd} if the bytes ran out inside a character. */
    private static final class Malformed extends Exception {
        private final int position;
        private final boolean atEnd;

        Malformed(int position, boolean atEnd) {
            super(null, null, false, false);
            this.position = position;
            this.atEnd = atEnd;
        }

        int position() {
            return position;
        }

        boolean atEnd() {
            return atEnd;
        }
    }

    private static String strict(Charset charset, byte[] bytes, int from, int to) throws Malformed {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 64L, (long) (to - from) * 2 + 16));
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            throw new Malformed(in.position(), in.position() + r.length() >= to);
        }
        return out.flip().toString();
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** What a pass over bytes as UTF-8 finds: its errors, the first of them, and its valid sequences of two bytes or more. */
    record Utf8Scan(int errors, int firstError, long multiByte, boolean cutAtEnd) {

        /** UTF-8 with a few damaged bytes, rather than another encoding: text in GB18030 or Big5 has next to no valid sequences. */
        boolean mostlyValid() {
            return multiByte >= 10L * errors;
        }

        /** The only error is a character cut off by the end of the bytes. */
        boolean onlyCutAtEnd() {
            return errors == 1 && cutAtEnd;
        }

        static Utf8Scan of(byte[] b, int from, int length) {
            int errors = 0;
            int first = -1;
            long multi = 0;
            boolean cut = false;
            int i = from;
            while (i < length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int n;
                int lo = 0x80;
                int hi = 0xBF;
                if (c >= 0xC2 && c <= 0xDF) {
                    n = 1;
                } else if (c == 0xE0) {
                    n = 2;
                    lo = 0xA0;
                } else if (c >= 0xE1 && c <= 0xEF) {
                    n = 2;
                    hi = c == 0xED ? 0x9F : 0xBF;
                } else if (c == 0xF0) {
                    n = 3;
                    lo = 0x90;
                } else if (c >= 0xF1 && c <= 0xF3) {
                    n = 3;
                } else if (c == 0xF4) {
                    n = 3;
                    hi = 0x8F;
                } else {
                    n = -1;
                }
                int bad = n < 0 ? 1 : 0;
                for (int j = 1; bad == 0 && j <= n; j++) {
                    if (i + j >= length) {
                        bad = 2;
                    } else {
                        int t = b[i + j] & 0xFF;
                        if (t < (j == 1 ? lo : 0x80) || t > (j == 1 ? hi : 0xBF)) {
                            bad = 1;
                        }
                    }
                }
                if (bad == 0) {
                    multi++;
                    i += n + 1;
                    continue;
                }
                errors++;
                first = first < 0 ? i : first;
                if (bad == 2) {
                    cut = true;
                    break;
                }
                i++;
            }
            return new Utf8Scan(errors, first, multi, cut);
        }
    }
}
