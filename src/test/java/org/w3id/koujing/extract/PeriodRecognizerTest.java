package org.w3id.koujing.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.koujing.model.Period;
import org.w3id.koujing.text.TextNormalizer;

/** Periods as a table: the phrase, the article's date, and the period it names. */
class PeriodRecognizerTest {

    private static final PeriodRecognizer RECOGNIZER = PeriodRecognizer.fromLexicon();
    private static final LocalDate DATE = LocalDate.of(2025, 3, 6);

    static List<Mention<Period>> find(String text, Optional<LocalDate> date) {
        String norm = TextNormalizer.normalize(text);
        return RECOGNIZER.find(norm, 0, norm.length(), date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # text                       | start      | end
            # (the article is of 2025-03-06: a holiday named without its year is the last one before it)
            2024年，全国粮食产量           | 2024-01-01 | 2024-12-31
            去年全年                      | 2024-01-01 | 2024-12-31
            今年                          | 2025-01-01 | 2025-12-31
            前年                          | 2023-01-01 | 2023-12-31
            截至2024年底                  | -          | 2024-12-31
            截至2024年末                  | -          | 2024-12-31
            截至去年底                    | -          | 2024-12-31
            2024年末全国人口              | -          | 2024-12-31
            2024年12月份                  | 2024-12-01 | 2024-12-31
            截至2024年9月末               | -          | 2024-09-30
            2021年至2025年                | 2021-01-01 | 2025-12-31
            2021-2025年                   | 2021-01-01 | 2025-12-31
            “十四五”时期                  | 2021-01-01 | 2025-12-31
            「十四五」期間                 | 2021-01-01 | 2025-12-31
            十三五以来                    | 2016-01-01 | 2020-12-31
            十五五                        | 2026-01-01 | 2030-12-31
            2025年以来                    | 2025-01-01 | 2025-03-31
            今年以来                      | 2025-01-01 | 2025-03-31
            过去一年                      | 2024-01-01 | 2024-12-31
            近五年                        | 2020-01-01 | 2024-12-31
            过去3年间                     | 2022-01-01 | 2024-12-31
            十年来                        | 2015-01-01 | 2024-12-31
            截至2024年9月末               | -          | 2024-09-30
            2024年12月末                  | -          | 2024-12-31
            「十四五」前四年               | 2021-01-01 | 2024-12-31
            自2019年中央部署实施城市更新以来 | 2019-01-01 | 2025-03-31
            从2022年起至今                | 2022-01-01 | 2025-03-31
            2024年国庆假期                | 2024-10-01 | 2024-10-07
            去年春节假期                  | 2024-02-10 | 2024-02-17
            2024年的春节假期              | 2024-02-10 | 2024-02-17
            2022年国庆假期                | 2022-01-01 | 2022-12-31
            今年春运期间                  | 2025-01-14 | 2025-02-22
            五一小长假                    | 2024-05-01 | 2024-05-05
            未来三年                      | 2025-01-01 | 2027-12-31
            今后五年                      | 2025-01-01 | 2029-12-31
            """)
    void resolvesPeriods(String text, LocalDate start, LocalDate end) {
        List<Mention<Period>> found = find(text, Optional.of(DATE));
        assertEquals(1, found.size(), () -> "one period in " + text + ": " + found);
        assertEquals(Optional.ofNullable(start), found.get(0).value().start());
        assertEquals(Optional.ofNullable(end), found.get(0).value().end());
    }

    @ParameterizedTest(name = "{0} in an article of {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # text           | article date | start      | end
            2024年一季度      | 2025-03-06   | 2024-01-01 | 2024-03-31
            去年前三季度      | 2025-03-06   | 2024-01-01 | 2024-09-30
            二季度            | 2025-03-06   | 2024-04-01 | 2024-06-30
            一季度            | 2025-01-17   | 2024-01-01 | 2024-03-31
            一季度            | 2025-04-25   | 2025-01-01 | 2025-03-31
            第四季度          | 2025-03-06   | 2024-10-01 | 2024-12-31
            上半年            | 2025-03-06   | 2024-01-01 | 2024-06-30
            上半年            | 2025-07-15   | 2025-01-01 | 2025-06-30
            下半年            | 2025-03-06   | 2024-07-01 | 2024-12-31
            1-9月             | 2025-10-20   | 2025-01-01 | 2025-09-30
            1至4月            | 2025-05-20   | 2025-01-01 | 2025-04-30
            9月               | 2024-10-31   | 2024-09-01 | 2024-09-30
            12月份            | 2025-01-17   | 2024-12-01 | 2024-12-31
            前两个月          | 2025-03-06   | 2025-01-01 | 2025-02-28
            前11个月          | 2025-01-17   | 2024-01-01 | 2024-11-30
            全年              | 2025-03-06   | 2025-01-01 | 2025-12-31
            截至4月24日       | 2025-04-25   | -          | 2025-04-24
            截至9月底         | 2024-10-31   | -          | 2024-09-30
            截至一季度末      | 2025-05-08   | -          | 2025-03-31
            上半年末          | 2025-08-08   | -          | 2025-06-30
            五年来            | 2025-09-22   | 2021-01-01 | 2025-09-30
            五年来            | 2025-03-06   | 2020-01-01 | 2024-12-31
            首两个月          | 2025-03-06   | 2025-01-01 | 2025-02-28
            2019年以来        | 2026-01-29   | 2019-01-01 | 2025-12-31
            2024年6月至2025年5月 | 2025-06-25 | 2024-06-01 | 2025-05-31
            暑期档            | 2025-03-06   | 2024-06-01 | 2024-08-31
            中秋假期          | 2025-10-11   | 2025-10-01 | 2025-10-08
            “十四五”以来      | 2024-10-22   | 2021-01-01 | 2024-10-31
            “十四五”以来      | 2026-03-06   | 2021-01-01 | 2025-12-31
            中秋假期          | 2024-09-20   | 2024-09-15 | 2024-09-17
            9月29日至10月10日为期12天的铁路国庆中秋假期运输 | 2025-10-11 | 2025-09-29 | 2025-10-10
            去年10月国庆假期  | 2025-10-11   | 2024-10-01 | 2024-10-07
            2019年以来        | 2026-03-29   | 2019-01-01 | 2026-03-31
            今年以来          | 2026-02-10   | 2026-01-01 | 2026-02-28
            截至六月末        | 2025-07-18   | -          | 2025-06-30
            十二月份          | 2025-03-06   | 2024-12-01 | 2024-12-31
            二〇二四年        | 2025-03-06   | 2024-01-01 | 2024-12-31
            二○二五年上半年   | 2025-07-18   | 2025-01-01 | 2025-06-30
            全年目标为5%左右   | 2025-03-06   | 2025-01-01 | 2025-12-31
            首七個月          | 2025-08-14   | 2025-01-01 | 2025-07-31
            前7个月           | 2025-08-14   | 2025-01-01 | 2025-07-31
            去年同期为3.2%     | 2025-08-14   | 2024-01-01 | 2024-12-31
            近五年            | 2025-09-22   | 2020-01-01 | 2024-12-31
            """)
    void readsPartsOfAYearInTheLatestYearTheyHadEnded(String text, LocalDate date, LocalDate start, LocalDate end) {
        String norm = TextNormalizer.normalize(text);
        List<Mention<Period>> found = RECOGNIZER.find(norm, 0, norm.length(), Optional.of(date), Optional.empty());
        assertEquals(1, found.size(), () -> "one period in " + text + ": " + found);
        assertEquals(new Period(Optional.ofNullable(start), Optional.ofNullable(end)), found.get(0).value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024年，全国粮食产量达到7亿吨，一季度增长5.3%。 | 2024-01-01 | 2024-03-31
            去年四季度增长5.4%。                             | 2025-10-01 | 2025-12-31
            """)
    void aPartOfAYearIsInTheYearNamedBeforeItInItsSentence(String text, LocalDate start, LocalDate end) {
        String norm = TextNormalizer.normalize(text);
        List<Mention<Period>> found = RECOGNIZER.find(norm, 0, norm.length(), Optional.of(LocalDate.of(2026, 3, 6)), Optional.empty());
        assertEquals(Period.between(start, end), found.get(found.size() - 1).value());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"与2023年基本持平", "同2020年相比", "较2019年"})
    void aYearComparedWithIsNotAPeriod(String text) {
        assertEquals(List.of(), find(text, Optional.of(DATE)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"去年", "今年以来"})
    void leavesRelativeYearsUnresolvedWithoutADate(String text) {
        assertEquals(List.of(), find(text, Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "3月5日上午",          // a day without a year
        "2025年3月5日",        // the date of an event
        "12025年",             // not a year
        "比上一个五年",         // a comparison, not a period
        "2025年13月",          // no such month
        "比2020年多出1万亿元",   // the base of a comparison
        "较去年同期",           // likewise
        "在2025年基础上再下降10%", // the level a change starts from
        "在2020年的基础上翻一番",   // likewise
        "是近9年增产最多的一年",    // the years a superlative compares with
        "创2019年以来新高",         // likewise
    })
    void ignoresWhatIsNotAPeriod(String text) {
        assertEquals(List.of(), find(text, Optional.of(DATE)).stream().map(m -> m.value()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"比上年全年加快0.1个百分点", "比去年国庆假期增长5%", "较2023年春节假期", "春节前后",
        "恢复至2019年同期的93.4%", "达到2020年的3.9倍", "增速比上月末和上年同期低0.6个和1.3个百分点",
        "恢复至2019年的86%左右", "相当于去年的九成", "完成全年预算的86.4%", "三月五日上午", "三个月"})
    void comparisonBasesAndBareHolidaysAreNoPeriods(String text) {
        assertEquals(List.of(), find(text, Optional.of(DATE)));
    }

    @org.junit.jupiter.api.Test
    void aHolidayWithoutAHolidayWordIsADayNotAPeriod() {
        List<Mention<Period>> found = find("2024年的春节", Optional.of(DATE));
        assertEquals(List.of(Period.years(2024, 2024)), found.stream().map(Mention::value).toList(), "the year, and nothing for 春节");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            假期全社会跨区域人员流动量          | 1
            长假期间，旅客发送量                | 1
            国庆假期，旅客发送量                | 0
            2024年国庆黄金周                    | 0
            假期前一日，流动量                  | 0
            假期后首个工作日                    | 0
            假期结束后，返程客流                | 0
            """)
    void aHolidayWordAloneReferBackButNotToTheDaysAroundIt(String text, int referring) {
        String norm = TextNormalizer.normalize(text);
        assertEquals(referring, RECOGNIZER.holidaysReferredBack(norm, 0, norm.length()).size());
    }

    @org.junit.jupiter.api.Test
    void anAsOfDayMakesThisYearThisYearAsFarAsThatDay() {
        List<Mention<Period>> found = find("截至3月14日，全国已收到今年汽车以旧换新补贴申请约130万份", Optional.of(LocalDate.of(2025, 3, 16)));
        assertEquals(List.of(Period.endingOn(LocalDate.of(2025, 3, 14)), Period.endingOn(LocalDate.of(2025, 3, 14))),
                found.stream().map(Mention::value).toList());
        List<Mention<Period>> other = find("截至3月14日，去年全年申请约130万份", Optional.of(LocalDate.of(2025, 3, 16)));
        assertEquals(Period.years(2024, 2024), other.get(1).value(), "a year the day is not in stays whole");
    }

    @org.junit.jupiter.api.Test
    void anAsOfDateCutsTheYearsOfAPlanThatFollowsIt() {
        List<Mention<Period>> found = find("截至2024年底，“十四五”时期我国运动员共获得世界冠军519个", Optional.of(DATE));
        assertEquals(Period.between(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31)), found.get(1).value());
        List<Mention<Period>> apart = find("截至2024年底，全国铁路营业里程16.2万公里。“十四五”时期累计投资", Optional.of(DATE));
        assertEquals(Period.years(2021, 2025), apart.get(1).value(), "an as-of date far before leaves the plan whole");
    }
}
