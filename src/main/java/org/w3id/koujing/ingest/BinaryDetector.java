package org.w3id.koujing.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Tells a file that is not text at all (an image, a PDF, an archive, a database) from text in
 * some encoding: by its signature, by NUL bytes, or by a share of control bytes that no text has.
 * Files with a byte order mark are UTF-16 or UTF-32 and never come here.
 */
final class BinaryDetector {

    /** How much of the start of a file is looked at. */
    static final int SAMPLE = 64 * 1024;
    /** Text has tabs, line feeds and the odd stray control byte, not more than this share of them. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private record Signature(String name, byte[] magic) {
        static Signature of(String name, int... bytes) {
            byte[] magic = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                magic[i] = (byte) bytes[i];
            }
            return new Signature(name, magic);
        }

        static Signature of(String name, String ascii) {
            return new Signature(name, ascii.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("a PDF document", "%PDF-"),
            Signature.of("a ZIP archive (or .docx, .xlsx, .epub)", 'P', 'K', 3, 4),
            Signature.of("a gzip archive", 0x1F, 0x8B),
            Signature.of("a bzip2 archive", "BZh"),
            Signature.of("an xz archive", 0xFD, '7', 'z', 'X', 'Z', 0),
            Signature.of("a 7-Zip archive", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            Signature.of("a PNG image", 0x89, 'P', 'N', 'G'),
            Signature.of("a JPEG image", 0xFF, 0xD8, 0xFF),
            Signature.of("a GIF image", "GIF8"),
            Signature.of("an old Microsoft Office document (.doc, .xls)", 0xD0, 0xCF, 0x11, 0xE0),
            Signature.of("an SQLite database", "SQLite format 3"),
            Signature.of("an executable", 0x7F, 'E', 'L', 'F'));

    private BinaryDetector() {
    }

    /** What the bytes are, if they are not text: "a PDF document", "NUL bytes" ... */
    static Optional<String> describe(byte[] bytes, int length) {
        for (Signature s : SIGNATURES) {
            if (startsWith(bytes, length, s.magic())) {
                return Optional.of(s.name());
            }
        }
        int sample = Math.min(length, SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return Optional.of("it has NUL bytes");
            }
            // tab, line feed, vertical tab, form feed, carriage return and escape (ISO-2022) are text
            if (b < 0x20 && b != '\t' && b != '\n' && b != 0x0B && b != '\f' && b != '\r' && b != 0x1B || b == 0x7F) {
                control++;
            }
        }
        if (sample > 0 && control > Math.max(2, sample * MAX_CONTROL_SHARE)) {
            return Optional.of(String.format(java.util.Locale.ROOT, "%.0f%% of its first bytes are control codes", 100.0 * control / sample));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
