package org.w3id.koujing.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.koujing.rdf.OntologyFiles;
import org.w3id.koujing.text.TextNormalizer;

/** The quantity grammar as a table: each row a phrase, the value it states, its unit, bound and surface. */
class QuantityRecognizerTest {

    private static final QuantityRecognizer RECOGNIZER = QuantityRecognizer.fromLexicon(OntologyFiles.units());

    static List<QuantityRecognizer.Quantity> find(String text) {
        String norm = TextNormalizer.normalize(text);
        return RECOGNIZER.find(norm, 0, norm.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                   | value          | max   | unit             | qualifier     | surface
            全年货物进出口总额43.85万亿元              | 43850000000000 |       | CNY              | EXACTLY       | 43.85万亿元
            全年貨物進出口總額43.85萬億元              | 43850000000000 |       | CNY              | EXACTLY       | 43.85萬億元
            外汇储备超过3.2万亿美元                    | 3200000000000  |       | USD              | MORE_THAN     | 超过3.2万亿美元
            新增就业1256万人                           | 12560000       |       | count            | EXACTLY       | 1256万人
            出生人口954万人，比上年增加52万人           | 9540000        |       | count            | EXACTLY       | 954万人
            比上年增长5.0%                             | 5.0            |       | percent          | EXACTLY       | 5.0%
            增速达到5％                                | 5              |       | percent          | EXACTLY       | 达到5％
            下调0.5个百分点                            | 0.5            |       | percentage_point | EXACTLY       | 0.5个百分点
            下調0.5個百分點                            | 0.5            |       | percentage_point | EXACTLY       | 0.5個百分點
            培育了300多家企业                          | 300            | 400   | count            | MORE_THAN     | 300多家
            建成2万多个基站                            | 20000          | 30000 | count            | MORE_THAN     | 2万多个
            接近2800亿元                               | 280000000000   |       | CNY              | APPROXIMATELY | 接近2800亿元
            约1万亿元的长期流动性                      | 1000000000000  |       | CNY              | APPROXIMATELY | 约1万亿元
            规模不少于1000亿元                         | 100000000000   |       | CNY              | AT_LEAST      | 不少于1000亿元
            占比在三成左右，收入5%左右                 | 5              |       | percent          | APPROXIMATELY | 5%左右
            逾6万家外贸企业                            | 60000          |       | count            | MORE_THAN     | 逾6万家
            人口为1,408,280,000人                      | 1408280000     |       | count            | EXACTLY       | 1,408,280,000人
            两千多家企业                               | 2000           | 3000  | count            | MORE_THAN     | 两千多家
            新开通十八条航线                           | 18             |       | count            | EXACTLY       | 十八条
            总量突破130万亿元                          | 130000000000000 |      | CNY              | MORE_THAN     | 突破130万亿元
            不到3%的企业                               | 3              |       | percent          | LESS_THAN     | 不到3%
            增长了两倍                                 | 2              |       | times            | EXACTLY       | 两倍
            居全球第二位                               | 2              |       | rank             | EXACTLY       | 全球第二位
            排名第10                                   | 10             |       | rank             | EXACTLY       | 排名第10
            上涨百分之五                               | 5              |       | percent          | EXACTLY       | 百分之五
            发电量达1.2亿千瓦时                        | 120000000      |       | kWh              | EXACTLY       | 达1.2亿千瓦时
            全程1318公里                               | 1318           |       | km               | EXACTLY       | 1318公里
            再下调0.25至0.5个百分点                    | 0.25           | 0.5   | percentage_point | RANGE         | 0.25至0.5个百分点
            规模由5000亿元扩大到8000亿元至1万亿元       | 800000000000   | 1000000000000 | CNY      | RANGE         | 8000亿元至1万亿元
            增速3%-4%                                  | 3              | 4     | percent          | RANGE         | 3%-4%
            隱性債務餘額14.3兆元                       | 14300000000000 |       | CNY              | EXACTLY       | 14.3兆元
            每年至少增长10%                            | 10             |       | percent          | AT_LEAST      | 10%
            出口占比接近六成                           | 60             |       | percent          | APPROXIMATELY | 接近六成
            持股比例提升至三成                         | 30             |       | percent          | EXACTLY       | 三成
            九成以上的企业                             | 90             |       | percent          | AT_LEAST      | 九成以上
            两成多的增量                               | 20             | 30    | percent          | MORE_THAN     | 两成多
            约占三分之一                               | 33.33          |       | percent          | APPROXIMATELY | 三分之一
            收入翻一番                                 | 2              |       | times            | EXACTLY       | 翻一番
            规模翻了两番                               | 4              |       | times            | EXACTLY       | 翻了两番
            下载量全球居首                             | 1              |       | rank             | EXACTLY       | 全球居首
            产量居世界首位                             | 1              |       | rank             | EXACTLY       | 世界首位
            新建五六个园区                             | 5              | 6     | count            | RANGE         | 五六个
            引进三四十家企业                           | 30             | 40    | count            | RANGE         | 三四十家
            募集3万5千元                               | 35000          |       | CNY              | EXACTLY       | 3万5千元
            总人口1亿2000万人                          | 120000000      |       | count            | EXACTLY       | 1亿2000万人
            已连续8年保持第一                          | 8              |       | year             | EXACTLY       | 8年
            持有3年以上                                | 3              |       | year             | AT_LEAST      | 3年以上
            期限为6个月                                | 6              |       | month            | EXACTLY       | 6个月
            展期长达15天                               | 15             |       | day              | EXACTLY       | 达15天
            """)
    void readsQuantities(String text, BigDecimal value, BigDecimal max, String unit, String qualifier, String surface) {
        List<QuantityRecognizer.Quantity> found = find(text);
        assertTrue(!found.isEmpty(), "a quantity in " + text);
        QuantityRecognizer.Quantity q = found.stream()
                .filter(x -> text.substring(x.span().start(), x.span().end()).equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no quantity with surface " + surface + " in " + spans(text, found)));
        assertEquals(0, value.compareTo(q.value()), "value of " + surface);
        assertEquals(max == null ? null : max.stripTrailingZeros(), q.maxValue().map(BigDecimal::stripTrailingZeros).orElse(null));
        assertEquals(unit, q.unit().code());
        assertEquals(qualifier, q.qualifier().name());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "2025年国内生产总值",            // a year is a period, not a figure
        "3月5日上午开幕",               // a date
        "十四届全国人大三次会议",         // ordinals of sessions
        "建成5G基站",                   // part of a name
        "发布了一个新方案",              // 一个 is an article
        "推进“两个毫不动摇”",            // inside a quoted name
        "“十四五”时期",                 // the plan, not a number
        "十八般武艺",                   // an idiom without a unit
        "第十四个五年规划",              // an ordinal
        "一是扩大内需，二是稳定外贸",      // an enumeration
        "百家争鸣",                     // 百 alone is not a number
        "首次破7",                      // no unit
        "近5年来",                      // a period, not a duration
        "前两个月",                     // likewise
        "过去3年",                      // likewise
        "上一个五年",                    // likewise
        "五年规划",                     // a name
        "成为第一",                     // 成 here is a verb
        "一成不变",                     // an idiom
        "2024年3月5日",                 // a date
    })
    void ignoresNumbersThatAreNotFigures(String text) {
        assertEquals(List.of(), spans(text, find(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            资产总额先后跨上70万亿元、80万亿元两个台阶 | 2
            出口25.45万亿元，进口18.39万亿元             | 2
            利率由1.7%降至1.5%                          | 2
            """)
    void findsEveryQuantityOfAList(String text, int count) {
        assertEquals(count, find(text).size(), () -> spans(text, find(text)).toString());
    }

    private static List<String> spans(String text, List<QuantityRecognizer.Quantity> found) {
        return found.stream().map(QuantityRecognizer.Quantity::span).map(s -> text.substring(s.start(), s.end())).toList();
    }

}
