package org.w3id.koujing.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.w3id.koujing.model.Span;
import org.w3id.koujing.text.CharClass;

/**
 * Tells the outlet's narration from an official's words at the start of a sentence or paragraph:
 * a source or analyst named in the first clause (据, 数据显示, 分析认为) makes the sentence
 * narration; a connective opening a paragraph (其中, 此外, 一是) continues the speaker before it.
 */
public final class Narration {

    private static final CharClass CLAUSE_BREAKS = CharClass.of("，,；;：:。！？!?");
    private static final int PUBLISHING_REACH = 10;
    private static final List<String> UNNAMED = List.of("发言人", "负责人", "官员", "人士", "专家", "分析师");
    private static final PhraseTrie<String> UNNAMED_WORDS = PhraseTrie.of(UNNAMED);
    private static final Pattern UNNAMED_SPEAKER = Pattern.compile(
            "(" + String.join("|", UNNAMED) + ")[^，,。]{0,12}(表示|介绍|指出|认为|说|称)");
    private static final PhraseTrie<String> PUBLISHING = PhraseTrie.of(List.of("发布", "公布", "印发", "出台", "披露", "数据显示", "统计显示"));

    private final PhraseTrie<String> anywhere;
    private final PhraseTrie<String> opening;
    private final List<String> notNarration;
    private final List<String> continuations;
    private final List<String> questions;
    private final List<String> answers;

    public Narration(List<String[]> narrationCues, List<String> continuations, List<String[]> qaMarkers) {
        this.anywhere = PhraseTrie.of(narrationCues.stream().filter(r -> r[0].equals("anywhere")).map(r -> r[1]).toList());
        this.opening = PhraseTrie.of(narrationCues.stream().filter(r -> r[0].equals("opening")).map(r -> r[1]).toList());
        this.notNarration = narrationCues.stream().filter(r -> r[0].equals("not")).map(r -> r[1]).toList();
        this.continuations = List.copyOf(continuations);
        this.questions = qaMarkers.stream().filter(r -> r[0].equals("question")).map(r -> r[1]).toList();
        this.answers = qaMarkers.stream().filter(r -> r[0].equals("answer")).map(r -> r[1]).toList();
    }

    public static Narration fromLexicon() {
        return new Narration(Lexicon.rows("narration-cues.tsv", 2), Lexicon.words("continuation-openers.txt"),
                Lexicon.rows("qa-markers.tsv", 2));
    }

    /** Whether a sentence opens a journalist's question in a transcript (问：, 记者问：). */
    public boolean isQuestion(String norm, Span sentence) {
        return opensWith(norm, sentence, questions);
    }

    /** Whether a sentence opens an answer in a transcript (答：) without naming who answers. */
    public boolean isAnswer(String norm, Span sentence) {
        return opensWith(norm, sentence, answers);
    }

    private static boolean opensWith(String norm, Span sentence, List<String> words) {
        for (String w : words) {
            int colon = sentence.start() + w.length();
            if (norm.startsWith(w, sentence.start()) && colon < sentence.end() && (norm.charAt(colon) == '：' || norm.charAt(colon) == ':')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence is the outlet's narration: its first clause names a source other than an
     * official (据悉, 分析认为); or, opening a paragraph, its words before the first number do
     * (据, 数据显示, 会上披露), or a body is the subject of a publishing verb (人行同日在官网发布公告).
     *
     * @param opensParagraph whether the sentence is the first of its paragraph
     * @param figureStart    where the sentence's first figure starts, or its end
     */
    public boolean isNarration(String norm, Span sentence, boolean opensParagraph, int figureStart) {
        String first = masked(firstClause(norm, sentence));
        if (anywhere.occursIn(first)) {
            return true;
        }
        if (!opensParagraph) {
            return false;
        }
        String lead = masked(norm.substring(sentence.start(), Math.max(sentence.start(), Math.min(figureStart, sentence.end()))));
        return opening.occursIn(lead);
    }

    /** Whether a body's name is followed closely by a publishing verb (统计局发布, 人行同日在官网发布). */
    public static boolean bodyPublishes(String norm, Span body, int limit) {
        String after = norm.substring(body.end(), Math.min(limit, body.end() + PUBLISHING_REACH));
        return PUBLISHING.occursIn(after);
    }

    /**
     * Whether a sentence opens with someone who is not named speaking (国家统计局新闻发言人在答记者问中
     * 表示, 有关负责人介绍): the words are theirs, not those of the official before. Whether the
     * speaker is an official the article names is for the caller to tell.
     */
    public boolean unnamedSpeaker(String norm, Span sentence) {
        String first = firstClause(norm, sentence);
        return UNNAMED_WORDS.occursIn(first) && UNNAMED_SPEAKER.matcher(first).find();
    }

    /** Whether a paragraph opens by continuing what was said before it. */
    public boolean continues(String norm, Span firstSentence) {
        String start = norm.substring(firstSentence.start(), firstSentence.end());
        return continuations.stream().anyMatch(start::startsWith);
    }

    /** The text without the phrases that hold a cue's words and are no cue (各位记者朋友 is no 记者……). */
    private String masked(String text) {
        for (String phrase : notNarration) {
            text = text.replace(phrase, "\u3000".repeat(phrase.length()));
        }
        return text;
    }

    private static String firstClause(String norm, Span sentence) {
        int end = sentence.start();
        while (end < sentence.end() && !CLAUSE_BREAKS.contains(norm.charAt(end))) {
            end++;
        }
        return norm.substring(sentence.start(), end);
    }
}
