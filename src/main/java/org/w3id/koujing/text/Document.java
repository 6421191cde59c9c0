package org.w3id.koujing.text;

import java.util.List;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.model.Script;
import org.w3id.koujing.model.Span;

/**
 * An article split into blocks and sentences. {@code text} is the article as written, {@code norm}
 * its normalised view of the same length; every span indexes both.
 */
public record Document(Article article, String text, String norm, Script script, List<Block> blocks, List<Sentence> sentences) {

    public Document {
        blocks = List.copyOf(blocks);
        sentences = List.copyOf(sentences);
    }

    public String original(Span span) {
        return text.substring(span.start(), span.end());
    }

    public String norm(Span span) {
        return norm.substring(span.start(), span.end());
    }

    public Block blockOf(Sentence sentence) {
        return blocks.get(sentence.block());
    }
}
