package org.w3id.koujing.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.koujing.model.Period;
import org.w3id.koujing.model.Span;
import org.w3id.koujing.text.CharClass;

/**
 * Finds the expressions of time that give figures their period: years (2025年), spans of years
 * (2022年至2025年), months (2025年9月), "as of" ends (截至2025年底), years relative to the
 * article's date (今年, 去年) and the five-year plans (「十四五」时期).
 */
public final class PeriodRecognizer {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    private static final int HALF_YEAR = 6;
    /** The months in which the year's reports look back on the year before (January, February). */
    private static final int EARLY_IN_YEAR = 2;
    private static final int YEAR_DIGITS = 4;
    /** How far after a run of years a superlative makes it a comparison (是近9年增产最多的一年). */
    private static final int SUPERLATIVE_REACH = 8;
    /** The longest span of days that can be the dates of one holiday's travel (春运 is 40 days). */
    private static final int MAX_DATED_HOLIDAY_DAYS = 45;
    /** What follows the digits of a period in the pattern: 年, 月, 届 (2025届), 季 (1季度), or a joiner of a range. */
    private static final CharClass AFTER_DIGITS = CharClass.of("年月届季至到-—–~～");
    /** How close after an as-of date a span of years may be cut by it (截至2024年底，“十四五”时期). */
    private static final int AS_OF_REACH = 2;
    private static final Pattern MULTIPLE_OF = Pattern.compile("的[0-9.]+倍");
    /** 恢复至2019年, 相当于去年: the verbs that measure a level against another period's. */
    private static final Pattern RESTORED_TO = Pattern.compile("(?:恢复至|恢复到|相当于)$");
    /** 全年预算的, 全年目标的: a plan for the year as the whole a figure is a share of. */
    private static final Pattern WHOLE_YEAR_PLAN_OF = Pattern.compile("(?:预算|目标|计划|任务)的");
    /** The digits 1-9 in Chinese, after a zero (written 〇, ○ or 零). */
    private static final String HAN_DIGITS = "〇一二三四五六七八九";
    /** A year in Chinese digits (二〇二五年), as Hong Kong and Macau outlets write it. */
    private static final String HAN_YEAR = "[〇○零一二三四五六七八九]{4}";
    /** A month in Chinese numerals (六月末, 十二月份). */
    private static final String HAN_MONTH = "十[一二]?|[一二三四五六七八九]";
    /** How far after 自2019年 its 以来 may close the clause (自2019年中央部署实施城市更新以来). */
    private static final int SINCE_REACH = 20;

    private final Map<String, int[]> plans = new HashMap<>();
    private final Map<String, Integer> relativeYears = new HashMap<>();
    private final Pattern pattern;
    /** The characters a period can start with (besides digits). */
    private final CharClass starts;
    /** The first characters of the plans' names. */
    private final String planStarts;
    /** Whether a plan or a relative year starts with a digit: then any digit may start a period, whatever follows it. */
    private final boolean wordsStartWithDigits;

    private static final PhraseTrie<String> HOLIDAY_TAILS = new PhraseTrie<>();
    /** The holiday words that, alone, still mean a holiday (not 期间 or 档, which mean anything). */
    private static final PhraseTrie<String> BARE_HOLIDAY_TAILS = new PhraseTrie<>();

    static {
        List.of("假期", "长假", "小长假", "黄金周", "期间", "假日", "档期", "档").forEach(t -> HOLIDAY_TAILS.put(t, t));
        List.of("假期", "长假", "小长假", "黄金周").forEach(t -> BARE_HOLIDAY_TAILS.put(t, t));
    }

    private final PhraseTrie<String> holidayNames = new PhraseTrie<>();
    private final Map<String, Period> holidayDates = new HashMap<>();

    public PeriodRecognizer(List<String[]> planRows, List<String[]> relativeYearRows, List<String[]> holidayRows) {
        for (String[] row : holidayRows) {
            holidayNames.put(row[0], row[0]);
            holidayDates.put(row[0] + row[1], Period.between(LocalDate.parse(row[2]), LocalDate.parse(row[3])));
        }
        for (String[] row : planRows) {
            plans.put(row[0], new int[] {Integer.parseInt(row[1]), Integer.parseInt(row[2])});
        }
        for (String[] row : relativeYearRows) {
            relativeYears.put(row[0], Integer.parseInt(row[1]));
        }
        String relative = alternatives(relativeYears.keySet());
        StringBuilder first = new StringBuilder("截“十过近最第一二三四上下前首全两五六七八九年未今");
        plans.keySet().forEach(k -> first.append(k.charAt(0)));
        relativeYears.keySet().forEach(k -> first.append(k.charAt(0)));
        this.starts = CharClass.of(first);
        this.planStarts = plans.keySet().stream().map(k -> k.substring(0, 1)).distinct().reduce("", String::concat);
        this.wordsStartWithDigits = first.chars().anyMatch(Character::isDigit);
        String small = "(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})";
        pattern = Pattern.compile("(?<asof>截至|截止到|截止)?(?:"
                + "(?<=截至|截止到|截止)(?:(?<dy>\\d{4})年)?(?<dm>\\d{1,2})月(?<dd>\\d{1,2})[日号]"
                + "|“?(?<plan>" + alternatives(plans.keySet()) + ")”?(?:时期|期间|以来|前(?<planFirst>" + small + ")年)?"
                + "|(?<!\\d)(?<ya>\\d{4})年(?<ma>\\d{1,2})月(?:至|到|-|—|–|~|～)(?<yb>\\d{4})年(?<mb>\\d{1,2})月份?"
                + "|(?<!\\d)(?<y1>\\d{4})年?(?:至|到|-|—|–|~|～)(?<y2>\\d{4})年"
                + "|(?:过去|近|最近)(?<past>" + small + ")个?年(?:来|以来|间)?"
                + "|(?:未来|今后)(?<future>" + small + ")年"
                + "|(?<![\\d年])(?<since>" + small + ")年(?:来|以来)"
                + "|(?:(?<!\\d)(?<py>\\d{4}|" + HAN_YEAR + ")年|(?<prel>" + relative + "))?"
                + "(?<part>(?:第?[一二三四1-4]季度|第[一二三四1-4]季|上半年|下半年|前三季度|全年|[前首](?<first>" + small + ")个月"
                + "|(?<!\\d)(?<m1>\\d{1,2})月?(?:-|—|–|至|到|~|～)(?<m2>\\d{1,2})月份?"
                + "|(?<![\\d-])(?<mo>\\d{1,2})月份?(?!\\d{1,2}[日号])"
                + "|(?<![\\d〇○零一二三四五六七八九十])(?<hmo>" + HAN_MONTH + ")月(?=份|末|底))(?<moedge>末|底)?(?<from>以来)?)"
                + "|(?<![\\d年])(?<bare>年末|年底)"
                + "|(?<!\\d)(?<cohort>\\d{4})届"
                + "|(?<![\\d月])(?<dm1>\\d{1,2})月(?<dd1>\\d{1,2})[日号]?(?:-|—|–|至|到|~|～)(?:(?<dm2>\\d{1,2})月)?(?<dd2>\\d{1,2})[日号]"
                + "|(?:(?<!\\d)(?<y>\\d{4}|" + HAN_YEAR + ")年(?!\\d{1,2}月\\d{1,2}[日号])|(?<rel>" + relative + "))(?<edge>年底|年末|底|末|以来)?)");
    }

    public static PeriodRecognizer fromLexicon() {
        return new PeriodRecognizer(Lexicon.rows("plan-periods.tsv", 3), Lexicon.rows("relative-years.tsv", 2),
                Lexicon.rows("holidays.tsv", 4));
    }

    /** The periods named in {@code [from, to)} of the normalised text, resolved against the article's date. */
    public List<Mention<Period>> find(String norm, int from, int to, Optional<LocalDate> articleDate) {
        return find(norm, from, to, articleDate, Optional.empty());
    }

    /**
     * The periods named in {@code [from, to)}; a part of a year named without its year (一季度, 上半年)
     * is in {@code contextYear}, the year the text is talking about.
     */
    public List<Mention<Period>> find(String norm, int from, int to, Optional<LocalDate> articleDate, Optional<Integer> contextYear) {
        return find(norm, from, to, articleDate, contextYear, new Bases());
    }

    /**
     * The periods a sentence compares with rather than states: those a figure is a multiple or share
     * of (是2020年的1.6倍), and every base of a comparison with its period (比2020年末增加2.5万个).
     */
    public record Bases(List<Span> measures, List<Mention<Period>> compared) {
        public Bases() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    /** As {@link #find}, adding to {@code bases} the periods that are bases of comparisons. */
    public List<Mention<Period>> find(String norm, int from, int to, Optional<LocalDate> articleDate, Optional<Integer> contextYear,
            Bases bases) {
        List<Mention<Period>> found = new ArrayList<>();
        Optional<Integer> year = Optional.empty();
        Matcher m = pattern.matcher(norm).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        int i = from;
        while (i < to) {
            // Only a few characters can start a period: trying the pattern at those alone keeps it fast.
            if (!mayStart(norm, i, to)) {
                i++;
                continue;
            }
            m.region(i, to);
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            i = Math.max(m.end(), i + 1);
            if (m.group("from") != null && norm.startsWith("首次", m.end())) {
                continue; // 2024年1月以来首次: the start of a comparison, not the period of a figure
            }
            Optional<Period> stated = m.group("ya") != null ? monthsAcrossYears(m)
                    : m.group("dm") != null ? asOfDay(m, articleDate)
                    : m.group("cohort") != null ? Optional.of(Integer.parseInt(m.group("cohort"))).filter(PeriodRecognizer::validYear)
                            .map(y -> Period.years(y, y))
                    : m.group("dm1") != null ? days(m, articleDate, year)
                    : m.group("bare") != null ? year.or(() -> contextYear).or(() -> articleDate.map(LocalDate::getYear))
                            .map(y -> Period.endingOn(LocalDate.of(y, 12, 31)))
                    : m.group("part") != null ? part(m, articleDate, year, contextYear)
                    : m.group("past") != null || m.group("since") != null ? pastYears(m, articleDate)
                    : m.group("future") != null ? futureYears(m, articleDate)
                    : resolve(m, articleDate);
            if (isComparisonBase(norm, m.start(), m.end(), to)
                    || (m.group("past") != null || m.group().endsWith("以来")) && superlativeAfter(norm, m.end(), to)) {
                Span base = new Span(m.start(), m.end());
                if (isMeasureOf(norm, m.end(), to)) {
                    bases.measures().add(base);
                }
                stated.ifPresent(b -> bases.compared().add(new Mention<>(base, b)));
                continue; // 比2020年, 与2023年基本持平: the base of a comparison, not a period of anything stated
            }
            Optional<Period> p = stated;
            if (p.isPresent() && p.get().start().isPresent() && m.group("y") != null && m.group("edge") == null
                    && sinceFar(norm, m.start(), m.end(), to)) {
                // 自2019年中央部署实施城市更新以来: since that year, to the month of the article
                p = since(p.get().start().get(), articleDate);
            }
            if (p.isPresent()) {
                Period period = p.get();
                found.add(new Mention<>(new Span(m.start(), m.end()), period));
                year = period.end().or(period::start).map(LocalDate::getYear); // 去年……四季度: the quarter of that year
            }
        }
        holidays(norm, from, to, articleDate, found);
        clipToAsOf(norm, found);
        return found;
    }

    /**
     * 截至2024年底，“十四五”时期: the years of the plan up to that date. 截至3月14日，全国已收到今年……:
     * this year, as far as that day.
     */
    private void clipToAsOf(String norm, List<Mention<Period>> found) {
        for (int k = 0; k + 1 < found.size(); k++) {
            Period asOf = found.get(k).value();
            Mention<Period> next = found.get(k + 1);
            Period span = next.value();
            String written = norm.substring(next.span().start(), next.span().end());
            if (relativeYears.containsKey(written) && asOf.start().isEmpty() && asOf.end().isPresent()
                    && span.start().filter(s -> s.getYear() == asOf.end().get().getYear()).isPresent()
                    && span.end().filter(e -> e.isAfter(asOf.end().get())).isPresent()) {
                found.set(k + 1, new Mention<>(next.span(), asOf));
                continue;
            }
            if (plans.keySet().stream().anyMatch(written::contains) && asOf.start().isEmpty() && asOf.end().isPresent() && span.start().isPresent() && span.end().isPresent()
                    && next.span().start() - found.get(k).span().end() <= AS_OF_REACH
                    && span.start().get().isBefore(asOf.end().get()) && span.end().get().isAfter(asOf.end().get())) {
                found.set(k + 1, new Mention<>(next.span(), Period.between(span.start().get(), asOf.end().get())));
            }
        }
    }

    /**
     * The holidays and travel seasons named with a word that makes them a period (国庆假期, 春节期间,
     * 五一小长假, 今年春运), in the year named before them, or else the latest that had begun when
     * the article appeared.
     */
    private void holidays(String norm, int from, int to, Optional<LocalDate> articleDate, List<Mention<Period>> found) {
        for (Mention<String> h : holidayNames.findAll(norm, from, to)) {
            int end = h.span().end();
            if (norm.startsWith("节", end)) {
                end++;
            }
            Optional<Mention<String>> tail = HOLIDAY_TAILS.longestAt(norm, end, to);
            if (tail.isEmpty() && !h.value().equals("春运")) {
                continue; // 春节 alone is a day of the calendar, 春节假期 a period
            }
            end = tail.map(t -> t.span().end()).orElse(end);
            int start = h.span().start();
            if (comparedWith(norm, start, from)) {
                continue; // 比去年春节假期: the base of a comparison
            }
            if (datedBefore(norm, found, start)) {
                continue; // 9月29日至10月10日为期12天的国庆中秋假期运输: the dates say which days
            }
            Optional<Mention<Period>> named = found.stream()
                    .filter(p -> p.span().end() == start || p.span().end() == start - 1 && norm.charAt(start - 1) == '的')
                    .findFirst(); // 2024年国庆假期, 今年春运, 2024年的春节假期
            // a year named but missing from the table leaves the holiday as the year alone
            Optional<Period> period = named.isPresent()
                    ? named.get().value().end().map(LocalDate::getYear).map(v -> holidayDates.get(h.value() + v))
                    : latestBefore(h.value(), articleDate);
            if (period.isPresent()) {
                Span span = new Span(named.map(n -> n.span().start()).orElse(start), end);
                named.ifPresent(found::remove);
                found.add(new Mention<>(span, period.get()));
                found.sort(Comparator.comparing(Mention::span));
            }
        }
    }

    /**
     * Whether the days of a holiday are stated before it in its clause, as a span of days of at most
     * a few weeks with no other period between (9月29日至10月10日为期12天的铁路国庆中秋假期运输); a
     * year or a month before it (2024年国庆假期, 10月国庆假期) only says which holiday it is.
     */
    private static boolean datedBefore(String norm, List<Mention<Period>> found, int holidayStart) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Mention<Period> p = found.get(k);
            if (p.span().end() > holidayStart) {
                continue;
            }
            Period period = p.value();
            boolean days = period.start().isPresent() && period.end().isPresent()
                    && ChronoUnit.DAYS.between(period.start().get(), period.end().get()) < MAX_DATED_HOLIDAY_DAYS
                    && !(period.start().get().getDayOfMonth() == 1 && period.end().get().plusDays(1).getDayOfMonth() == 1);
            return days && p.span().end() < holidayStart && RegionSearch.noneOf(norm, p.span().end(), holidayStart, "，,；;。！？!?：:");
        }
        return false;
    }

    /**
     * 假期全社会跨区域人员流动量……: the holiday words of {@code [from, to)} that stand without their
     * holiday, and so refer back to the one named last; not 假期前一日 or 假期后, which are other days.
     */
    public List<Span> holidaysReferredBack(String norm, int from, int to) {
        List<Span> spans = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Optional<Mention<String>> tail = BARE_HOLIDAY_TAILS.longestAt(norm, i, to);
            if (tail.isEmpty()) {
                continue;
            }
            Span span = tail.get().span();
            boolean named = holidayNames.findAll(norm, Math.max(from, span.start() - 4), span.start()).stream()
                    .anyMatch(h -> h.span().end() >= span.start() - 1);
            boolean otherDays = span.end() < to && "前后".indexOf(norm.charAt(span.end())) >= 0 || norm.startsWith("结束", span.end());
            if (!named && !otherDays) {
                spans.add(span);
            }
            i = span.end() - 1;
        }
        return spans;
    }

    /** Whether a period found is a holiday or travel season (国庆假期, 今年春运). */
    public boolean isHoliday(String norm, Mention<Period> period) {
        return !holidayNames.findAll(norm, period.span().start(), period.span().end()).isEmpty();
    }

    /** A holiday named without its year: the latest that had begun when the article appeared. */
    private Optional<Period> latestBefore(String holiday, Optional<LocalDate> articleDate) {
        if (articleDate.isEmpty()) {
            return Optional.empty();
        }
        int year = articleDate.get().getYear();
        for (int y = year; y >= year - 1; y--) {
            Period p = holidayDates.get(holiday + y);
            if (p != null && !p.start().orElseThrow().isAfter(articleDate.get())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether 比 or 较 stands before a holiday, or before the year named with it (比去年国庆假期). */
    private boolean comparedWith(String norm, int start, int from) {
        int at = start;
        for (String rel : relativeYears.keySet()) {
            if (at - rel.length() >= from && norm.startsWith(rel, at - rel.length())) {
                at -= rel.length();
                break;
            }
        }
        while (at > from && (Character.isDigit(norm.charAt(at - 1)) || norm.charAt(at - 1) == '年')) {
            at--;
        }
        return at > from && "比较".indexOf(norm.charAt(at - 1)) >= 0;
    }

    /**
     * A cheap test of whether a period may start at {@code i}: the pattern is tried only where it
     * passes. What it asks of a character and the next mirrors the literals of the pattern.
     */
    private boolean mayStart(String norm, int i, int to) {
        char c = norm.charAt(i);
        if (c >= '0' && c <= '9') {
            return (i == 0 || !Character.isDigit(norm.charAt(i - 1))) && (wordsStartWithDigits || mayFollowDigits(norm, i, to));
        }
        if (!starts.contains(c)) {
            return false;
        }
        char next = i + 1 < to ? norm.charAt(i + 1) : ' ';
        return switch (c) {
            case '第' -> "一二三四1234".indexOf(next) >= 0;
            case '一', '二', '三', '四' -> next == '季' || next == '月' || nearYear(norm, i, to);
            case '两', '五', '六', '七', '八', '九' -> next == '月' || nearYear(norm, i, to);
            case '上', '下' -> norm.startsWith("半年", i + 1) || c == '上' && next == '年';
            case '全' -> next == '年';
            case '年' -> next == '末' || next == '底';
            case '“' -> planStarts.indexOf(next) >= 0; // “十四五”
            case '截' -> next == '至' || next == '止';
            case '过' -> next == '去';
            case '最' -> next == '近';
            case '近' -> Character.isDigit(next) || "一二两三四五六七八九十".indexOf(next) >= 0;
            case '未' -> next == '来';
            default -> true;
        };
    }

    /**
     * Whether the digits at {@code i} may start a period: the pattern's numbers are years (four digits)
     * or months and days (one or two), each followed by what none of 5.3%, 660536亿元 or 3个 has.
     */
    private static boolean mayFollowDigits(String norm, int i, int to) {
        int end = i;
        while (end < to && norm.charAt(end) >= '0' && norm.charAt(end) <= '9') {
            end++;
        }
        return end - i <= YEAR_DIGITS && end < to && AFTER_DIGITS.contains(norm.charAt(end));
    }

    /** Whether 年 follows within a few characters (五年来, 十年来, 二〇二五年). */
    private static boolean nearYear(String norm, int i, int to) {
        for (int j = i + 1; j < Math.min(to, i + 5); j++) {
            if (norm.charAt(j) == '年') {
                return true;
            }
        }
        return false;
    }

    private static boolean isComparisonBase(String norm, int start, int end, int limit) {
        if (start > 0 && "比较".indexOf(norm.charAt(start - 1)) >= 0) {
            return true;
        }
        if (norm.startsWith("同期", end) && comparedEarlierInClause(norm, start)) {
            return true; // 增速比上月末和上年同期低: the second base of a comparison
        }
        if (RESTORED_TO.matcher(norm).region(Math.max(0, start - 3), start).find()) {
            return true; // 恢复至2019年的86%左右, 相当于2019年同期: the level compared with
        }
        if (norm.startsWith("全年", start) && WHOLE_YEAR_PLAN_OF.matcher(norm).region(start + 2, limit).lookingAt()) {
            return true; // 完成全年预算的86.4%: the plan the figure is a share of
        }
        if (start > 0 && norm.charAt(start - 1) == '在' && (norm.startsWith("基础上", end) || norm.startsWith("的基础上", end))) {
            return true; // 在2025年基础上再下降10%以上: the level the change starts from
        }
        if (start > 0 && "与同".indexOf(norm.charAt(start - 1)) >= 0) {
            String after = norm.substring(end, Math.min(limit, end + 6));
            return after.contains("相比") || after.contains("持平") || after.contains("比较") || after.startsWith("同期");
        }
        return isMeasureOf(norm, end, limit);
    }

    /**
     * Whether a superlative closes the clause a few words after a run of years (是近9年增产最多的一年,
     * 创2019年以来新高): the years are what the figure is compared with, not its period.
     */
    private static boolean superlativeAfter(String norm, int end, int to) {
        for (int i = end; i < Math.min(to, end + SUPERLATIVE_REACH); i++) {
            char c = norm.charAt(i);
            if ("，,；;。".indexOf(c) >= 0) {
                return false;
            }
            if (c == '最' || norm.startsWith("新高", i) || norm.startsWith("新低", i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause before {@code start} compares (比, 较), so that a 同期 in it is a base. */
    private static boolean comparedEarlierInClause(String norm, int start) {
        for (int i = start - 1; i >= 0 && "，,；;。！？!?：:".indexOf(norm.charAt(i)) < 0; i--) {
            if ("比较".indexOf(norm.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 恢复至2019年同期的93.4%, 2024年是2020年的1.6倍: the period the figure is measured against. */
    private static boolean isMeasureOf(String norm, int end, int limit) {
        return norm.startsWith("同期的", end) || norm.startsWith("的", end) && MULTIPLE_OF.matcher(norm).region(end, limit).lookingAt();
    }

    /** 1月28日至2月4日, 2月15日至23日: a span of days, in the year of the sentence or the article. */
    private static Optional<Period> days(Matcher m, Optional<LocalDate> articleDate, Optional<Integer> sentenceYear) {
        Optional<Integer> year = sentenceYear.or(() -> articleDate.map(LocalDate::getYear));
        if (year.isEmpty()) {
            return Optional.empty();
        }
        int m1 = Integer.parseInt(m.group("dm1"));
        int m2 = m.group("dm2") != null ? Integer.parseInt(m.group("dm2")) : m1;
        int d1 = Integer.parseInt(m.group("dd1"));
        int d2 = Integer.parseInt(m.group("dd2"));
        if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || d1 < 1 || d2 < 1
                || d1 > YearMonth.of(year.get(), m1).lengthOfMonth() || d2 > YearMonth.of(year.get(), m2).lengthOfMonth()) {
            return Optional.empty();
        }
        LocalDate start = LocalDate.of(year.get(), m1, d1);
        LocalDate end = LocalDate.of(year.get(), m2, d2);
        return end.isBefore(start) ? Optional.empty() : Optional.of(Period.between(start, end));
    }

    /** 2024年6月至2025年5月: the months from one to the other, across the turn of a year. */
    private static Optional<Period> monthsAcrossYears(Matcher m) {
        int firstYear = Integer.parseInt(m.group("ya"));
        int lastYear = Integer.parseInt(m.group("yb"));
        int firstMonth = Integer.parseInt(m.group("ma"));
        int lastMonth = Integer.parseInt(m.group("mb"));
        if (!validYear(firstYear) || !validYear(lastYear) || firstMonth < 1 || firstMonth > 12 || lastMonth < 1 || lastMonth > 12) {
            return Optional.empty();
        }
        YearMonth first = YearMonth.of(firstYear, firstMonth);
        YearMonth last = YearMonth.of(lastYear, lastMonth);
        return last.isBefore(first) ? Optional.empty() : Optional.of(Period.between(first.atDay(1), last.atEndOfMonth()));
    }

    /** 截至4月24日: a level on that day, in the latest year the day is not after the article's date. */
    private static Optional<Period> asOfDay(Matcher m, Optional<LocalDate> articleDate) {
        int month = Integer.parseInt(m.group("dm"));
        int day = Integer.parseInt(m.group("dd"));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        Optional<Integer> year = m.group("dy") != null ? Optional.of(Integer.parseInt(m.group("dy"))) : articleDate.map(LocalDate::getYear);
        if (year.isEmpty() || day > YearMonth.of(year.get(), month).lengthOfMonth()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(year.get(), month, day);
        if (m.group("dy") == null && articleDate.isPresent() && date.isAfter(articleDate.get())) {
            date = date.minusYears(1);
        }
        return Optional.of(Period.endingOn(date));
    }

    /**
     * A quarter, a half, the first three quarters, a month or a span of months, or the whole of a
     * year. Without a year of its own, it is in the year named earlier in the sentence; failing
     * that, the latest one that had ended by the article's date (一季度 in January is last year's);
     * failing a date, {@code contextYear}.
     */
    private Optional<Period> part(Matcher m, Optional<LocalDate> articleDate, Optional<Integer> sentenceYear, Optional<Integer> contextYear) {
        String part = m.group("part");
        part = part.substring(0, part.length() - (m.group("from") != null ? 2 : 0) - (m.group("moedge") != null ? 1 : 0));
        int firstMonth;
        int lastMonth;
        if (m.group("mo") != null) {
            firstMonth = Integer.parseInt(m.group("mo"));
            lastMonth = firstMonth;
            if (firstMonth < 1 || firstMonth > 12) {
                return Optional.empty();
            }
        } else if (m.group("hmo") != null) {
            firstMonth = ChineseNumerals.parse(m.group("hmo")).map(BigDecimal::intValue).orElse(0);
            lastMonth = firstMonth;
            if (firstMonth < 1 || firstMonth > 12) {
                return Optional.empty();
            }
        } else if (m.group("first") != null) {
            Optional<BigDecimal> n = count(m.group("first"));
            if (n.isEmpty() || n.get().intValue() < 1 || n.get().intValue() > 12) {
                return Optional.empty();
            }
            firstMonth = 1;
            lastMonth = n.get().intValue();
        } else if (m.group("m1") != null) {
            firstMonth = Integer.parseInt(m.group("m1"));
            lastMonth = Integer.parseInt(m.group("m2"));
            if (firstMonth < 1 || lastMonth > 12 || firstMonth > lastMonth) {
                return Optional.empty();
            }
        } else if ((part.endsWith("季度") || part.endsWith("季")) && !part.equals("前三季度")) {
            char digit = part.charAt(part.endsWith("季度") ? part.length() - 3 : part.length() - 2);
            int quarter = "一1二2三3四4".indexOf(digit) / 2 + 1;
            firstMonth = quarter * 3 - 2;
            lastMonth = quarter * 3;
        } else {
            firstMonth = part.equals("下半年") ? 7 : 1;
            lastMonth = switch (part) {
                case "上半年" -> 6;
                case "前三季度" -> 9;
                default -> 12;
            };
        }
        Optional<Integer> year;
        if (m.group("py") != null) {
            year = Optional.of(year(m.group("py"))).filter(PeriodRecognizer::validYear);
        } else if (m.group("prel") != null) {
            year = articleDate.map(d -> d.getYear() + relativeYears.get(m.group("prel")));
        } else if (sentenceYear.isPresent()) {
            year = sentenceYear;
        } else if (part.equals("全年")) {
            year = contextYear.or(() -> articleDate.map(LocalDate::getYear));
        } else if (articleDate.isPresent()) {
            int y = articleDate.get().getYear();
            year = Optional.of(YearMonth.of(y, lastMonth).atEndOfMonth().isAfter(articleDate.get()) ? y - 1 : y);
        } else {
            year = contextYear;
        }
        if (year.isEmpty()) {
            return Optional.empty();
        }
        YearMonth first = YearMonth.of(year.get(), firstMonth);
        YearMonth last = YearMonth.of(year.get(), lastMonth);
        if (m.group("from") != null) {
            // 2024年1月以来: from that month to the end of the article's month
            return articleDate.filter(d -> !d.isBefore(first.atDay(1))).map(d -> Period.between(first.atDay(1), YearMonth.from(d).atEndOfMonth()));
        }
        if (m.group("moedge") != null || (m.group("mo") != null || m.group("hmo") != null) && m.group("asof") != null) {
            return Optional.of(Period.endingOn(last.atEndOfMonth())); // 9月末, 一季度末, 截至9月
        }
        return Optional.of(Period.between(first.atDay(1), last.atEndOfMonth()));
    }

    /**
     * 过去一年, 近五年, 十年来: the whole years before the article's year; but N年来 (up to now) in the
     * second half of a year counts that year as the last of the N.
     */
    private static Optional<Period> pastYears(Matcher m, Optional<LocalDate> articleDate) {
        Optional<BigDecimal> n = count(m.group("past") != null ? m.group("past") : m.group("since"));
        if (n.isEmpty() || articleDate.isEmpty() || n.get().intValue() < 1 || n.get().intValue() > 50) {
            return Optional.empty();
        }
        int year = articleDate.get().getYear();
        boolean toDate = m.group("since") != null || m.group(0).endsWith("来");
        if (toDate && articleDate.get().getMonthValue() > HALF_YEAR) {
            // 五年来 in September 2025: the five years up to now, which are mostly 2021-2025
            int first = year - n.get().intValue() + 1;
            return Optional.of(Period.between(LocalDate.of(first, 1, 1), YearMonth.from(articleDate.get()).atEndOfMonth()));
        }
        return Optional.of(Period.years(year - n.get().intValue(), year - 1));
    }

    /** 未来三年, 今后五年: the years from the article's on (未来三年 in January 2025 is 2025-2027). */
    private static Optional<Period> futureYears(Matcher m, Optional<LocalDate> articleDate) {
        Optional<BigDecimal> n = count(m.group("future"));
        if (n.isEmpty() || articleDate.isEmpty() || n.get().intValue() < 1 || n.get().intValue() > 50) {
            return Optional.empty();
        }
        int year = articleDate.get().getYear();
        return Optional.of(Period.years(year, year + n.get().intValue() - 1));
    }

    /** A year written in digits, Arabic or Chinese digit by digit (二〇二五). */
    private static int year(String written) {
        StringBuilder digits = new StringBuilder(4);
        for (char c : written.toCharArray()) {
            digits.append(Character.isDigit(c) ? c : (char) ('0' + Math.max(0, HAN_DIGITS.indexOf(c)))); // ○ and 零 are zeros too
        }
        return Integer.parseInt(digits.toString());
    }

    /** A count written in Arabic digits or in Chinese numerals (5, 五, 十二). */
    static Optional<BigDecimal> count(String n) {
        return Character.isDigit(n.charAt(0)) ? Optional.of(new BigDecimal(n)) : ChineseNumerals.parse(n);
    }

    private Optional<Period> resolve(Matcher m, Optional<LocalDate> articleDate) {
        boolean asOf = m.group("asof") != null;
        if (m.group("plan") != null) {
            int[] years = plans.get(m.group("plan"));
            if (m.group("planFirst") != null) {
                // 「十四五」前四年: the first years of the plan
                return count(m.group("planFirst")).map(BigDecimal::intValue).filter(n -> n >= 1 && n <= years[1] - years[0] + 1)
                        .map(n -> Period.years(years[0], years[0] + n - 1));
            }
            Period plan = Period.years(years[0], years[1]);
            if (m.group().endsWith("以来") && articleDate.filter(d -> d.getYear() <= years[1]).isPresent()) {
                return since(plan.start().orElseThrow(), articleDate); // “十四五”以来, told while the plan runs: so far
            }
            return Optional.of(plan);
        }
        if (m.group("y1") != null) {
            int first = Integer.parseInt(m.group("y1"));
            int last = Integer.parseInt(m.group("y2"));
            return validYear(first) && validYear(last) && first <= last ? Optional.of(Period.years(first, last)) : Optional.empty();
        }
        Optional<Integer> year = Optional.empty();
        if (m.group("y") != null) {
            year = Optional.of(year(m.group("y"))).filter(PeriodRecognizer::validYear);
        } else if (m.group("rel") != null && articleDate.isPresent()) {
            year = Optional.of(articleDate.get().getYear() + relativeYears.get(m.group("rel")));
        }
        if (year.isEmpty()) {
            return Optional.empty();
        }
        int y = year.get();
        String edge = m.group("edge");
        if ("以来".equals(edge)) {
            return since(LocalDate.of(y, 1, 1), articleDate);
        }
        if (asOf || edge != null) {
            return Optional.of(Period.endingOn(LocalDate.of(y, 12, 31)));
        }
        return Optional.of(Period.years(y, y));
    }

    /**
     * Since a year, up to now: to the end of the article's month, as statistics are counted by month;
     * but an article of January or February that looks back over earlier years reports them up to the
     * end of the last (2019年以来 in January 2026: 2019-2025).
     */
    private static Optional<Period> since(LocalDate start, Optional<LocalDate> articleDate) {
        return articleDate.filter(d -> !d.isBefore(start)).map(d -> d.getMonthValue() <= EARLY_IN_YEAR && start.getYear() < d.getYear()
                ? Period.between(start, LocalDate.of(d.getYear() - 1, 12, 31)) : Period.between(start, YearMonth.from(d).atEndOfMonth()));
    }

    /** A year after 自 or 从 whose 以来 (or 至今) closes the clause a few words later. */
    private static boolean sinceFar(String norm, int start, int end, int to) {
        if (start == 0 || "自从".indexOf(norm.charAt(start - 1)) < 0) {
            return false;
        }
        for (int i = end; i < Math.min(to, end + SINCE_REACH); i++) {
            char c = norm.charAt(i);
            if ("，,；;。".indexOf(c) >= 0) {
                return false;
            }
            if (norm.startsWith("以来", i) || norm.startsWith("至今", i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean validYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static String alternatives(Collection<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElse("(?!)");
    }
}
