package org.w3id.koujing.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.koujing.model.Article;

/**
 * Reads a .jsonl file line by line, without holding the file: a file of any size can be read, and
 * each line is one article, decoded, limited in size and reported on by its number on its own.
 * The encoding is found on the start of the file (JSON lines are UTF-8 as a rule).
 */
final class JsonLinesReader {

    private JsonLinesReader() {
    }

    static ReadResult read(String source, String id, InputStream in, ReadLimits limits) throws IOException {
        byte[] sample = in.readNBytes(BinaryDetector.SAMPLE);
        TextDecoder.Encoding encoding;
        try {
            encoding = TextDecoder.detect(sample, sampleEnd(sample), true, Optional.empty());
        } catch (InputException e) {
            return ReadResult.failed(new InputProblem(source, e.getMessage()));
        }
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        LineSplitter lines = new LineSplitter(sample, in, encoding, limits.maxArticleBytes());
        for (LineSplitter.Line line = lines.next(); line != null; line = lines.next()) {
            String where = source + ":" + line.number();
            if (line.size() > limits.maxArticleBytes()) {
                problems.add(new InputProblem(where, limits.tooLarge(line.size())));
                continue;
            }
            try {
                String text = encoding.decode(line.bytes(), line.start(), line.end());
                if (text.endsWith("\r")) {
                    text = text.substring(0, text.length() - 1);
                }
                if (!text.isBlank()) {
                    articles.add(ArticleReader.parseJson(id + "#" + line.number(), text));
                }
            } catch (InputException e) {
                problems.add(new InputProblem(where, e.getMessage()));
            }
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            problems.add(new InputProblem(source, "empty file"));
        }
        return new ReadResult(articles, problems, Optional.of(encoding.name()));
    }

    /** Where the sample of a file's start ends for detection: after its last line feed, if it has one and is not the whole file. */
    private static int sampleEnd(byte[] sample) {
        if (sample.length < BinaryDetector.SAMPLE) {
            return sample.length;
        }
        for (int i = sample.length - 1; i > 0; i--) {
            if (sample[i] == '\n') {
                return i + 1;
            }
        }
        return sample.length;
    }

    /**
     * Splits bytes into lines at the line feeds of their encoding (one byte in UTF-8, GB18030 and
     * Big5, whose other bytes are never 0x0A; a code unit in UTF-16 and UTF-32), keeping at most
     * {@code max} bytes of a line but counting them all.
     */
    static final class LineSplitter {

        /** One line: its number from 1, {@code bytes[start, end)} without the line feed, and its full size. */
        record Line(int number, byte[] bytes, int start, int end, long size) {
        }

        private final InputStream in;
        private final int unit;
        private final boolean bigEndian;
        private final long max;
        private byte[] buffer;
        private int position;
        private int limit;
        private boolean eof;
        private byte[] line = new byte[4096];
        private int number;

        LineSplitter(byte[] start, InputStream in, TextDecoder.Encoding encoding, long max) {
            this.in = in;
            this.unit = encoding.unit();
            this.bigEndian = encoding.bigEndian();
            this.max = max;
            this.buffer = start.length >= 1 << 16 ? start : java.util.Arrays.copyOf(start, 1 << 16);
            this.position = encoding.bomLength();
            this.limit = start.length;
        }

        /** The next line, or null at the end. */
        Line next() throws IOException {
            int length = 0;
            long size = 0;
            boolean any = false;
            while (true) {
                if (!fill()) {
                    // the end: what is left (less than a code unit, or nothing) closes the last line
                    while (position < limit) {
                        length = append(length, size++, buffer[position++]);
                        any = true;
                    }
                    return any ? new Line(++number, line, 0, length, size) : null;
                }
                any = true;
                if (lineFeed()) {
                    position += unit;
                    return new Line(++number, line, 0, length, size);
                }
                for (int k = 0; k < unit; k++) {
                    length = append(length, size++, buffer[position++]);
                }
            }
        }

        private int append(int length, long size, byte b) {
            if (size >= max) {
                return length; // counted, not kept
            }
            if (length == line.length) {
                line = java.util.Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(16L, (long) line.length * 2)));
            }
            line[length] = b;
            return length + 1;
        }

        private boolean lineFeed() {
            for (int k = 0; k < unit; k++) {
                int expected = (bigEndian ? k == unit - 1 : k == 0) ? '\n' : 0;
                if (buffer[position + k] != expected) {
                    return false;
                }
            }
            return true;
        }

        /** Makes sure a whole code unit is in the buffer; false at the end of the input. */
        private boolean fill() throws IOException {
            if (limit - position >= unit) {
                return true;
            }
            if (eof) {
                return false;
            }
            int left = limit - position;
            System.arraycopy(buffer, position, buffer, 0, left);
            position = 0;
            limit = left;
            while (limit < unit && !eof) {
                int n = in.read(buffer, limit, buffer.length - limit);
                if (n < 0) {
                    eof = true;
                } else {
                    limit += n;
                }
            }
            return limit - position >= unit;
        }
    }
}
