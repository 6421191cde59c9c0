package org.w3id.koujing.text;

import java.util.ArrayList;
import java.util.List;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.model.Span;

/**
 * Splits an article into headlines, paragraphs and sentences. A line that is short and lacks final
 * punctuation is a headline; other lines join into a paragraph until one ends with final
 * punctuation or a blank line follows.
 */
public final class DocumentParser {

    /** Lines longer than this are body text even without final punctuation. */
    static final int MAX_HEADLINE_LENGTH = 40;
    /**
     * No sentence is longer than this: a longer run without final punctuation (the news genre's
     * longest sentences have a few hundred characters) is cut at its last clause break, so that
     * what the recognisers do within a sentence stays bounded on any input.
     */
    static final int MAX_SENTENCE_LENGTH = 1000;
    private static final String CLAUSE_BREAKS = "，,；;：:、";

    private static final String FINAL_PUNCTUATION = "。！？!?；;：:….";
    private static final CharClass SENTENCE_END = CharClass.of("。！？!?");
    private static final CharClass CLOSERS = CharClass.of("”’」』）)】》\"'");

    private DocumentParser() {
    }

    public static Document parse(Article article) {
        String text = article.text();
        TextNormalizer.View view = TextNormalizer.view(text);
        String norm = view.norm();
        List<Block> blocks = blocks(norm);
        List<Sentence> sentences = new ArrayList<>();
        for (Block block : blocks) {
            if (block.headline()) {
                sentences.add(new Sentence(sentences.size(), block.span(), block.index(), true));
            } else {
                for (Span span : sentenceSpans(norm, block.span())) {
                    sentences.add(new Sentence(sentences.size(), span, block.index(), false));
                }
            }
        }
        return new Document(article, text, norm, view.script(), blocks, sentences);
    }

    static List<Block> blocks(String norm) {
        List<Block> blocks = new ArrayList<>();
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int lineStart = 0;
        while (lineStart <= norm.length()) {
            int newline = norm.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? norm.length() : newline;
            Span line = trim(norm, lineStart, lineEnd);
            if (line.length() == 0) {
                paragraphStart = close(blocks, paragraphStart, paragraphEnd);
            } else if (isHeadline(norm, line)) {
                paragraphStart = close(blocks, paragraphStart, paragraphEnd);
                blocks.add(new Block(blocks.size(), line, true));
            } else {
                if (paragraphStart < 0) {
                    paragraphStart = line.start();
                }
                paragraphEnd = line.end();
                if (FINAL_PUNCTUATION.indexOf(lastSignificant(norm, line)) >= 0) {
                    paragraphStart = close(blocks, paragraphStart, paragraphEnd);
                }
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        close(blocks, paragraphStart, paragraphEnd);
        return blocks;
    }

    private static int close(List<Block> blocks, int start, int end) {
        if (start >= 0) {
            blocks.add(new Block(blocks.size(), new Span(start, end), false));
        }
        return -1;
    }

    private static boolean isHeadline(String norm, Span line) {
        return line.length() <= MAX_HEADLINE_LENGTH && FINAL_PUNCTUATION.indexOf(lastSignificant(norm, line)) < 0;
    }

    /** The last character of a line that is not a closing quote or bracket. */
    private static char lastSignificant(String norm, Span line) {
        int i = line.end() - 1;
        while (i > line.start() && CLOSERS.contains(norm.charAt(i))) {
            i--;
        }
        return norm.charAt(i);
    }

    static List<Span> sentenceSpans(String norm, Span paragraph) {
        List<Span> spans = new ArrayList<>();
        int start = paragraph.start();
        int i = start;
        while (i < paragraph.end()) {
            char c = norm.charAt(i++);
            if (SENTENCE_END.contains(c)) {
                while (i < paragraph.end() && (SENTENCE_END.contains(norm.charAt(i)) || CLOSERS.contains(norm.charAt(i)))) {
                    i++;
                }
                addTrimmed(spans, norm, start, i);
                start = i;
            }
        }
        addTrimmed(spans, norm, start, paragraph.end());
        return spans;
    }

    private static void addTrimmed(List<Span> spans, String norm, int start, int end) {
        Span span = trim(norm, start, end);
        while (span.length() > MAX_SENTENCE_LENGTH) {
            int cut = cut(norm, span.start(), span.start() + MAX_SENTENCE_LENGTH);
            spans.add(trim(norm, span.start(), cut));
            span = trim(norm, cut, span.end());
        }
        if (span.length() > 0) {
            spans.add(span);
        }
    }

    /** Where to cut an overlong sentence: after its last clause break or space in the second half, never inside a pair. */
    private static int cut(String norm, int start, int limit) {
        for (int i = limit; i > start + MAX_SENTENCE_LENGTH / 2; i--) {
            char c = norm.charAt(i - 1);
            if (CLAUSE_BREAKS.indexOf(c) >= 0 || isSpace(c)) {
                return i;
            }
        }
        return Character.isHighSurrogate(norm.charAt(limit - 1)) ? limit - 1 : limit;
    }

    static Span trim(String s, int start, int end) {
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }
}
