package org.w3id.koujing.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.koujing.model.Period;

class ScorerTest {

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2025-01-01 | 2025-12-31 | 2025            | true
            2021-01-01 | 2025-12-31 | 2021/2025       | true
            2025-01-01 | 2025-09-30 | 2025-01/2025-09 | true
            -          | 2025-12-31 | ../2025-12-31   | true
            -          | 2025-12-31 | 2025-12-31      | true
            2025-01-01 | 2025-12-31 | ../2025-12-31   | false
            2024-01-01 | 2024-12-31 | 2025            | false
            2025-01-01 | 2025-12-31 | 2025-01/2025-12 | true
            2024-01-26 | 2024-03-05 | 2024-01/2024-03 | true
            2024-01-26 | 2024-03-05 | 2024-01/2024-02 | false
            2024-01-26 | 2024-03-05 | 2024            | false
            """)
    void comparesPeriodsWithTheGoldForms(String start, String end, String gold, boolean same) {
        Period p = new Period(Optional.ofNullable(start).map(LocalDate::parse), Optional.ofNullable(end).map(LocalDate::parse));
        assertEquals(same, Scorer.samePeriod(p, gold));
    }

    @ParameterizedTest(name = "{0}..{1} vs {2}, published {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-01-01 | 2025-07-31 | 2018/2025       | 2025-07-25 | true
            2025-01-01 | 2025-07-31 | 2025            | 2025-07-25 | true
            2025-01-01 | 2025-07-31 | 2025-01/2025-07 | 2025-07-25 | true
            2019-01-01 | 2026-01-31 | 2019/2025       | 2026-01-29 | false
            2018-01-01 | 2025-06-30 | 2018/2025       | 2025-07-25 | false
            2017-01-01 | 2025-07-31 | 2018/2025       | 2025-07-25 | false
            """)
    void aPeriodToDateIsTheGoldsRoundedToItsYearOrMonth(String start, String end, String gold, String published, boolean same) {
        Period p = Period.between(LocalDate.parse(start), LocalDate.parse(end));
        assertEquals(same, Scorer.samePeriod(p, gold, Optional.of(LocalDate.parse(published))));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "研发投入强度, 强度, true",                    // containment
        "中国工业增加值, 工业增加值, true",
        "规上制造业企业人工智能技术应用普及率, 人工智能技术应用普及率, true",
        "货物贸易进出口总值, 货物贸易进出口总额, true",  // bigrams overlap
        "社会消费品零售总额, 居民人均可支配收入, false",
        "利润总额, 资产总额, false",                    // one bigram of three in common
    })
    void comparesMetricsByContainmentOrBigrams(String a, String b, boolean same) {
        assertEquals(same, Scorer.sameMetric(a, b));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({"专精特新, 专精特新中小企业, true", "全国统一大市场建设, 统一大市场, true", "反内卷, 两新, false", "人工智能+, 人工智能+行动, true"})
    void comparesPoliciesByContainmentOrALongCommonPart(String a, String b, boolean same) {
        assertEquals(same, Scorer.samePolicy(a, b));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "司长, 大气环境司司长, true",
        "局长, 公路局局长, true",
        "副司长, 基金监管司副司长, true",
        "部长, 部长, true",
        "司长, 副司长, false",
        "主任, 办公室副主任, false",
        "长, 司长, false",
    })
    void aTitleIsTheGoldsPostWithOrWithoutItsDepartment(String title, String gold, boolean same) {
        assertEquals(same, Scorer.samePost(title, gold));
    }
}
