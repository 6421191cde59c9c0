package org.w3id.koujing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.model.Script;

class DocumentParserTest {

    private static Document parse(String text) {
        return DocumentParser.parse(new Article("a", Optional.empty(), Optional.empty(), Optional.empty(), text));
    }

    @Test
    void splitsHeadlinesParagraphsAndSentences() {
        String text = "  外貿穩中有進\n\n海關總署表示，全年進出口增長5%。出口增長7.1%！\n\n「兩新」政策效果顯現\n進口增長2.3%。";
        Document d = parse(text);
        assertEquals(List.of(true, false, true, false), d.blocks().stream().map(Block::headline).toList());
        assertEquals(List.of("外貿穩中有進", "海關總署表示，全年進出口增長5%。", "出口增長7.1%！", "「兩新」政策效果顯現", "進口增長2.3%。"),
                d.sentences().stream().map(s -> d.original(s.span())).toList());
        assertEquals(Script.HANT, d.script());
    }

    @Test
    void keepsOffsetsOfTheOriginalInTheNormalisedView() {
        String text = "「十四五」時期，營收增長２０％。";
        Document d = parse(text);
        assertEquals(text.length(), d.norm().length());
        assertEquals("“十四五”时期，营收增长20%。", d.norm());
    }

    @Test
    void joinsHardWrappedLinesOfOneParagraph() {
        String text = "国家统计局局长康义在国务院新闻办公室举行的新闻发布会上介绍，2024年国民经济运行总体平稳，\n稳中有进，高质量发展扎实推进。";
        Document d = parse(text);
        assertEquals(1, d.blocks().size());
        assertFalse(d.blocks().get(0).headline());
        assertEquals(1, d.sentences().size());
    }

    @Test
    void aSentenceEndsAfterItsClosingQuote() {
        Document d = parse("他说：“今年要稳中求进。”随后离开会场。");
        assertEquals(List.of("他说：“今年要稳中求进。”", "随后离开会场。"), d.sentences().stream().map(s -> d.original(s.span())).toList());
    }

    @Test
    void aLongLineWithoutFinalPunctuationIsNotAHeadline() {
        Document d = parse("这是一段很长的正文内容没有句号结尾但是已经超过了标题通常的长度限制所以应当视为正文段落处理才对");
        assertTrue(d.blocks().stream().noneMatch(Block::headline));
    }

    @Test
    void cutsARunawaySentenceAtItsClauseBreaksSoThatNoneIsOverTheLimit() {
        String text = "国内生产总值增长5%，".repeat(500) + "全年平稳。";
        Document d = parse(text);
        assertTrue(d.sentences().size() > 5, "a run of 5,000 characters is more than one sentence");
        for (Sentence s : d.sentences()) {
            assertTrue(s.span().length() <= DocumentParser.MAX_SENTENCE_LENGTH, s.span().toString());
            assertTrue(text.charAt(s.span().end() - 1) == '，' || s.span().end() == text.length(), "cut after a clause break");
        }
        assertEquals(text.length(), d.sentences().stream().mapToInt(s -> s.span().length()).sum(), "nothing is lost");
        String noBreaks = "𠀀".repeat(1500);
        Document u = parse(noBreaks);
        assertTrue(u.sentences().stream().allMatch(s -> !Character.isLowSurrogate(noBreaks.charAt(s.span().start()))), "never inside a pair");
    }
}
