package org.w3id.koujing.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file into text: UTF-8 (with or without a byte order mark) when the bytes are
 * valid UTF-8, UTF-16 with a byte order mark, and otherwise the encoding ICU's detector is
 * confident of (GB18030, Big5, ...).
 */
public final class TextDecoder {

    /** The decoded text and the name of the encoding it was found in. */
    public record Decoded(String text, String encoding) {
    }

    /** Below this confidence (0 to 100) ICU's guess is not trusted. */
    private static final int MIN_CONFIDENCE = 30;

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) throws InputException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        try {
            return new Decoded(strictOrThrow(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            for (CharsetMatch match : detector.detectAll()) {
                if (match.getConfidence() < MIN_CONFIDENCE || !Charset.isSupported(match.getName())) {
                    continue;
                }
                try {
                    return new Decoded(strictOrThrow(bytes, 0, Charset.forName(match.getName())), match.getName());
                } catch (CharacterCodingException e) {
                    // try the next candidate
                }
            }
            throw new InputException("not valid UTF-8, and no other encoding could be detected");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws InputException {
        try {
            return strictOrThrow(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new InputException("not valid " + charset.name() + " despite its byte order mark");
        }
    }

    private static String strictOrThrow(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
