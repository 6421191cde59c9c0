package org.w3id.koujing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every encoding Koujing reads gives the same text, and every other input one clear message. */
class TextDecoderTest {

    static final String HANS = "国家统计局局长康义表示，2024年国内生产总值比上年增长5.0%，经济运行总体平稳，稳中有进，高质量发展扎实推进。";
    static final String HANT = "國家統計局局長康義表示，全年國內生產總值比上年增長5.0%，經濟運行總體平穩，穩中有進，高質量發展紮實推進。";

    @ParameterizedTest
    @CsvSource({"UTF-8, UTF-8, ''", "UTF-8 with BOM, UTF-8, EFBBBF", "UTF-16LE, UTF-16LE, FFFE", "UTF-16BE, UTF-16BE, FEFF",
            "UTF-32LE, UTF-32LE, FFFE0000", "GB18030, GB18030, ''", "GBK, GB18030, ''", "Big5, Big5, ''"})
    void readsEachEncodingAndNamesIt(String label, String expected, String bom) throws Exception {
        String charset = label.replace(" with BOM", "");
        String text = charset.equals("Big5") ? HANT : HANS;
        byte[] bytes = concat(hex(bom), text.getBytes(Charset.forName(charset)));
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertEquals(text, d.text());
        assertEquals(expected, d.encoding());
    }

    @Test
    void aPageDeclaringGbkIsReadAsGb18030EvenWhenShort() throws Exception {
        byte[] bytes = "增长5%".getBytes(Charset.forName("GBK"));
        assertEquals("增长5%", TextDecoder.decode(bytes, Optional.of("gb2312")).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "25504446 2D312E370A 00010203     | binary file, not text (a PDF document)",
            "504B0304 14000000                | binary file, not text (a ZIP archive",
            "48656C6C6F 00 776F726C64         | binary file, not text (it has NUL bytes)",
            "0102030405060708 0E0F101112131415 | binary file, not text (",
            "E59BBD E5AEB6 E7BB              | truncated UTF-8: the file ends inside a character",
            "436166E9206175206C616974         | not in an encoding Koujing reads"})
    void refusesWhatIsNotTextInOneLine(String bytes, String message) {
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(hex(bytes)));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void aDamagedByteInUtf8TextIsNamedWithItsLine() {
        byte[] good = (HANS + "\n" + HANS + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat(good, new byte[] {(byte) 0xE5, 'x'}, HANS.getBytes(StandardCharsets.UTF_8));
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bad));
        assertEquals("not valid UTF-8 at byte " + good.length + " (line 3): one damaged character, or two encodings mixed", e.getMessage());
    }

    @Test
    void aTruncatedUtf16FileIsSaidToBeCutOff() {
        byte[] bytes = concat(hex("FFFE"), HANS.getBytes(StandardCharsets.UTF_16LE));
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(Arrays.copyOf(bytes, bytes.length - 1)));
        assertTrue(e.getMessage().startsWith("truncated UTF-16LE"), e.getMessage());
    }

    @Test
    void aFewStrayControlBytesDoNotMakeTextBinary() throws Exception {
        String text = HANS.repeat(10) + "\u001A\f\u000B";
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).text());
    }

    static byte[] hex(String hex) {
        String h = hex.replace(" ", "");
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
