package org.w3id.koujing.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.koujing.model.Qualifier;
import org.w3id.koujing.model.Span;
import org.w3id.koujing.model.Unit;
import org.w3id.koujing.text.CharClass;

/**
 * Finds the stated quantities of a sentence: a number (Arabic, possibly with separators and
 * decimals, or in Chinese numerals, or both: 3万5千), its multipliers (万, 亿, 万亿, 兆 ...), an open
 * upper end (300多), its unit, and the words around it that bound it (超过, 接近, 以上, 左右 ...).
 * Special forms are read too: ranks (全球第10, 居首), 百分之X, fractions (三分之一), tenths (三成),
 * doublings (翻一番) and ranges (3%至4%, 五六个). A number without a unit is not a figure, neither
 * is one inside a short quoted name (“三个集中”), nor a year or day count that is part of a period.
 */
public final class QuantityRecognizer {

    /** A quantity as found: the figure's number-level facts, before metric, period and speaker. */
    public record Quantity(Span span, BigDecimal value, Optional<BigDecimal> maxValue, Unit unit,
                           Optional<Span> measureWord, Qualifier qualifier, boolean explicitQualifier) {
    }

    /** A quoted phrase this short or shorter is a name, and its numbers are part of the name. */
    private static final int MAX_NAME_QUOTE = 12;
    private static final int MAX_MULTIPLIERS = 3;
    private static final int FRACTION_SCALE = 2;
    private static final String RANGE_JOINERS = "至到-~～—–";
    /** Verbs after which "X至Y" is a change by X up to the level Y (增加4000亿元至1.2万亿元), not a range. */
    private static final List<String> CHANGE_VERBS = List.of("增加", "扩大", "提高", "降低", "减少", "下调", "上调", "压减");
    private static final String CN = ChineseNumerals.CHARS;
    private static final CharClass NUMERALS = CharClass.of(CN);
    /** What a number in Chinese numerals starts with. */
    private static final CharClass FIRST_NUMERALS = CharClass.of("零〇一二两三四五六七八九十");
    private static final CharClass DIGITS_AFTER_POINT = CharClass.of("零〇一二三四五六七八九");
    /** A bare 百, 千 or 万, and the bounds it stands after (超千亿元). */
    private static final CharClass BARE_MULTIPLIERS = CharClass.of("百千万");
    private static final CharClass BOUNDS_BEFORE_BARE = CharClass.of("超逾近破过");
    private static final CharClass MULTIPLIERS_AFTER_BARE = CharClass.of("百千万亿");
    private static final Set<String> DURATIONS = Set.of("year", "day");
    /** Measure words that, after a small Chinese numeral, count ideas or occasions rather than things (两个维度, 四次会议). */
    private static final String RHETORICAL_MEASURES = "个位种项条点次";

    /** The longest number the scanner looks for after a range joiner (0.25至0.5个百分点). */
    private static final int MAX_NUMBER = 24;
    private static final Pattern MIXED_TAIL = Pattern.compile("\\d{1,3}(?:,\\d{3})*(?:\\d+)?[千百万亿]+");
    private static final Pattern AGE_BAND = Pattern.compile("及以上|以上|以下|及以下|至|到|-|—|～|~|的");
    private static final Pattern BARE_TAIL = Pattern.compile("\\d{4}(?![\\d千百万亿.,])");
    private static final Pattern DIGIT_PAIR = Pattern.compile("([一二三四五六七八九])([二三四五六七八九])([十百千万]?)");
    private static final Pattern RANK = Pattern.compile(
            "(?:全球|世界|全国|国内|亚洲|全省|全市|排名|位居|位列|居|排)第(?<n>\\d+|[一二三四五六七八九十]+)(?:位|名)?");
    private static final Pattern FIRST_PLACE = Pattern.compile(
            "(?:(?:全球|世界|全国|国内|亚洲)(?:居首位|居首|首位)|居首)");
    private static final Pattern PERCENT_WORDS = Pattern.compile(
            "百分之(?<n>\\d+(?:\\.\\d+)?|[" + CN + "]+(?:点[零〇一二三四五六七八九]+)?)");
    private static final Pattern FRACTION = Pattern.compile(
            "(?<den>\\d+|[一二两三四五六七八九十千万]+)分之(?<num>\\d+|[一二两三四五六七八九十]+)"
                    + "|(?<![\\d./])(?<snum>[1-9])/(?<sden>[1-9]\\d?)(?![\\d./])");
    private static final String TENTHS_NUMERALS = "一二两三四五六七八九十123456789";
    private static final Pattern TENTHS = Pattern.compile(
            "(?<![" + CN + "\\d])(?<n>[" + TENTHS_NUMERALS + "])成(?<more>多)?(?![为立本员果功效交长熟绩都型品不])");
    /** 翻一番, 翻两番 (doublings, 2 and 4 times), and 翻了一倍, which doubles too; 还多 after it: more than double. */
    private static final Pattern DOUBLING = Pattern.compile("翻了?(?:(?<n>一|两|二|三)番|一倍(?<more>还多|多)?)");
    /** A character of each literal that {@link #specialForms} looks for: 第, 首, 百分之 and 分之, /, 成, 一半, 翻. */
    private static final CharClass SPECIAL_FORM_CHARS = CharClass.of("第首分/成半翻");

    private final UnitCatalog units;
    private final PhraseTrie<Unit> unitForms = new PhraseTrie<>();
    /** Written units stated in a unit of the catalogue, with the factor to it. */
    private final Map<String, BigDecimal> conversions = new HashMap<>();
    private static final MathContext CONVERSION = MathContext.DECIMAL64;
    private final PhraseTrie<Qualifier> before = new PhraseTrie<>();
    private final PhraseTrie<Qualifier> after = new PhraseTrie<>();
    private final PhraseTrie<String> between = new PhraseTrie<>();
    private final List<String> durationBefore = new ArrayList<>();
    private final List<String> durationAfter = new ArrayList<>();
    private final List<String> periodBefore = new ArrayList<>();

    public QuantityRecognizer(UnitCatalog units, List<String[]> qualifierRows, List<String[]> durationRows) {
        this.units = units;
        units.byWrittenForm().forEach(unitForms::put);
        for (String[] row : qualifierRows) {
            switch (row[1]) {
                case "before" -> before.put(row[0], Qualifier.valueOf(row[2]));
                case "after" -> after.put(row[0], Qualifier.valueOf(row[2]));
                case "between" -> between.put(row[0], row[0]);
                default -> throw new IllegalArgumentException("qualifier position must be before, after or between: " + row[1]);
            }
        }
        for (String[] row : durationRows) {
            switch (row[0]) {
                case "licence-before" -> durationBefore.add(row[1]);
                case "licence-after" -> durationAfter.add(row[1]);
                case "not-before" -> periodBefore.add(row[1]);
                default -> throw new IllegalArgumentException("unknown duration rule: " + row[0]);
            }
        }
    }

    public static QuantityRecognizer fromLexicon(UnitCatalog units) {
        QuantityRecognizer r = new QuantityRecognizer(units, Lexicon.rows("qualifiers.tsv", 3), Lexicon.rows("durations.tsv", 2));
        for (String[] row : Lexicon.rows("unit-conversions.tsv", 3)) {
            String[] fraction = row[2].split("/");
            BigDecimal factor = fraction.length == 2
                    ? new BigDecimal(fraction[0]).divide(new BigDecimal(fraction[1]), CONVERSION)
                    : new BigDecimal(fraction[0]);
            r.convert(row[0], units.code(row[1]), factor);
        }
        return r;
    }

    /** Reads {@code form} after a number as {@code unit}, the value multiplied by {@code factor}: 斤 as 1/2000 吨. */
    void convert(String form, Unit unit, BigDecimal factor) {
        unitForms.put(form, unit);
        conversions.put(form, factor);
    }

    /** The quantities in {@code [from, to)} of the normalised text, in text order, never overlapping. */
    public List<Quantity> find(String norm, int from, int to) {
        List<Span> names = shortQuotes(norm, from, to);
        List<Quantity> found = new ArrayList<>();
        specialForms(norm, from, to, found);
        for (Token number : numbers(norm, from, to)) {
            Span span = number.span();
            if (overlapsAny(span, found) || insideAny(span, names) || span.start() > 0 && norm.charAt(span.start() - 1) == '第') {
                continue;
            }
            String cn = number.chinese();
            Optional<Quantity> q;
            if (cn == null) {
                BigDecimal base = arabic(number.text());
                q = quantity(norm, from, to, span, base, false).or(() -> openRange(norm, from, to, span, base, false));
            } else {
                q = ChineseNumerals.parse(cn).flatMap(base -> quantity(norm, from, to, span, base, true)
                        .or(() -> openRange(norm, from, to, span, base, true)))
                        .or(() -> digitPair(norm, from, to, span, cn));
            }
            q.filter(x -> !insideAny(x.span(), names)).ifPresent(found::add);
        }
        found.sort(Comparator.comparing(Quantity::span));
        return closedRanges(norm, found);
    }

    /** A number as written: Arabic digits ({@code chinese} null), or Chinese numerals. */
    private record Token(Span span, String text, String chinese) {
    }

    /**
     * The numbers of a region, scanned by hand rather than by pattern, for speed: runs of Arabic
     * digits with separators and decimals (not touching Latin letters: 5G, C919), runs of Chinese
     * numerals (三万五千, 三点五), and a bare 百, 千 or 万 after a bound (超千亿元: one thousand).
     */
    private static List<Token> numbers(String norm, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = norm.charAt(i);
            char before = i > from ? norm.charAt(i - 1) : ' ';
            boolean free = !(isAsciiDigit(before) || isAsciiLetter(before) || before == '.' || before == ',');
            if (isAsciiDigit(c) && free) {
                int end = arabicEnd(norm, i, to);
                if (end < to && (isAsciiDigit(norm.charAt(end)) || isAsciiLetter(norm.charAt(end)))) {
                    while (end < to && (isAsciiDigit(norm.charAt(end)) || isAsciiLetter(norm.charAt(end)))) {
                        end++;
                    }
                } else {
                    tokens.add(new Token(new Span(i, end), norm.substring(i, end), null));
                }
                i = end;
            } else if (FIRST_NUMERALS.contains(c) && free) {
                int end = i + 1;
                while (end < to && NUMERALS.contains(norm.charAt(end))) {
                    end++;
                }
                if (end + 1 < to && norm.charAt(end) == '点' && DIGITS_AFTER_POINT.contains(norm.charAt(end + 1))) {
                    end += 2;
                    while (end < to && DIGITS_AFTER_POINT.contains(norm.charAt(end))) {
                        end++;
                    }
                }
                tokens.add(new Token(new Span(i, end), norm.substring(i, end), norm.substring(i, end)));
                i = end;
            } else if (BARE_MULTIPLIERS.contains(c) && i > from && BOUNDS_BEFORE_BARE.contains(before)) {
                int end = i + 1;
                while (end < to && MULTIPLIERS_AFTER_BARE.contains(norm.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(new Span(i, end), norm.substring(i, end), "一" + norm.substring(i, end)));
                i = end;
            } else {
                i++;
            }
        }
        return tokens;
    }

    /** Where an Arabic number starting at {@code i} ends: 1,408,280,000 or 41.7 or 2025. */
    private static int arabicEnd(String norm, int i, int to) {
        int end = i;
        while (end < to && isAsciiDigit(norm.charAt(end))) {
            end++;
        }
        if (end - i <= 3 && hasThousandsGroup(norm, end, to)) {
            while (hasThousandsGroup(norm, end, to)) {
                end += 4;
            }
        }
        if (end + 1 < to && norm.charAt(end) == '.' && isAsciiDigit(norm.charAt(end + 1))) {
            end += 2;
            while (end < to && isAsciiDigit(norm.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    private static boolean hasThousandsGroup(String norm, int at, int to) {
        return at + 3 < to && norm.charAt(at) == ',' && isAsciiDigit(norm.charAt(at + 1)) && isAsciiDigit(norm.charAt(at + 2))
                && isAsciiDigit(norm.charAt(at + 3)) && (at + 4 >= to || !isAsciiDigit(norm.charAt(at + 4)));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * Ranks, 百分之X, fractions, tenths and doublings, which have their own shapes. Each pattern runs
     * only where a literal that its matches need occurs in the region, which spares most sentences.
     */
    private void specialForms(String norm, int from, int to, List<Quantity> found) {
        if (!SPECIAL_FORM_CHARS.anyIn(norm, from, to)) {
            return; // one scan for a character that each form's literal holds spares most sentences the searches below
        }
        Unit rank = units.code(UnitCatalog.RANK);
        Unit percent = units.code(UnitCatalog.PERCENT);
        String region = norm.substring(from, to); // searched for each form's literal
        if (region.contains("第")) {
            Matcher m = RANK.matcher(norm).region(from, to);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                numeral(m.group("n")).ifPresent(v -> found.add(new Quantity(span, v, Optional.empty(), rank, Optional.empty(), Qualifier.EXACTLY, false)));
            }
        }
        if (region.contains("首")) {
            Matcher m = FIRST_PLACE.matcher(norm).region(from, to);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                if (!overlapsAny(span, found)) {
                    found.add(new Quantity(span, BigDecimal.ONE, Optional.empty(), rank, Optional.empty(), Qualifier.EXACTLY, false));
                }
            }
        }
        if (region.contains("百分之")) {
            Matcher m = PERCENT_WORDS.matcher(norm).region(from, to);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                numeral(m.group("n")).ifPresent(v -> found.add(bounded(norm, from, to, start, end, v, Optional.empty(), percent, Optional.empty())));
            }
        }
        if (region.contains("分之") || region.contains("/")) {
            Matcher m = FRACTION.matcher(norm).region(from, to);
            while (m.find()) {
                if ("百".equals(m.group("den"))) {
                    continue; // 百分之X is a plain percentage, read above
                }
                boolean slash = m.group("snum") != null; // 1/3 as written in figures
                Optional<BigDecimal> den = numeral(slash ? m.group("sden") : m.group("den"));
                Optional<BigDecimal> num = numeral(slash ? m.group("snum") : m.group("num"));
                if (den.isPresent() && num.isPresent() && den.get().signum() > 0 && num.get().compareTo(den.get()) <= 0) {
                    BigDecimal share = num.get().multiply(BigDecimal.valueOf(100)).divide(den.get(), FRACTION_SCALE, RoundingMode.HALF_UP);
                    found.add(bounded(norm, from, to, m.start(), m.end(), share.stripTrailingZeros(), Optional.empty(), percent, Optional.empty()));
                }
            }
        }
        if (standsAfter(region, '成', TENTHS_NUMERALS)) { // not 完成, 形成, 成为
            Matcher m = TENTHS.matcher(norm).region(from, to);
            while (m.find()) {
                Optional<BigDecimal> tenths = numeral(m.group("n")).filter(v -> v.signum() > 0 && v.compareTo(BigDecimal.TEN) <= 0);
                if (tenths.isEmpty() || norm.startsWith("一成不变", m.start())) {
                    continue;
                }
                BigDecimal value = tenths.get().multiply(BigDecimal.TEN);
                boolean more = m.group("more") != null;
                Quantity q = bounded(norm, from, to, m.start(), m.end(), value,
                        more ? Optional.of(value.add(BigDecimal.TEN)) : Optional.empty(), percent, Optional.empty());
                found.add(more && !q.explicitQualifier() ? withQualifier(q, Qualifier.MORE_THAN) : q);
            }
        }
        for (int half = region.indexOf("一半"); half >= 0; half = region.indexOf("一半", half + 2)) {
            found.add(bounded(norm, from, to, from + half, from + half + 2, BigDecimal.valueOf(50), Optional.empty(), percent, Optional.empty()));
        }
        if (region.contains("翻")) {
            Matcher m = DOUBLING.matcher(norm).region(from, to);
            while (m.find()) {
                int doublings = m.group("n") == null ? 1 : switch (m.group("n")) {
                    case "一" -> 1;
                    case "三" -> 3;
                    default -> 2;
                };
                boolean more = m.group("more") != null;
                found.add(new Quantity(new Span(m.start(), m.end()), BigDecimal.valueOf(1L << doublings), Optional.empty(),
                        units.code("times"), Optional.empty(), more ? Qualifier.MORE_THAN : Qualifier.EXACTLY, more));
            }
        }
    }

    /** 五六个, 三四十家: two neighbouring digits are a range. */
    private Optional<Quantity> digitPair(String norm, int from, int to, Span span, String cn) {
        Matcher pair = DIGIT_PAIR.matcher(cn);
        if (!pair.matches()) {
            return Optional.empty();
        }
        BigDecimal low = ChineseNumerals.parse(pair.group(1) + pair.group(3)).orElseThrow();
        BigDecimal high = ChineseNumerals.parse(pair.group(2) + pair.group(3)).orElseThrow();
        if (high.subtract(low).compareTo(ChineseNumerals.parse("一" + pair.group(3)).orElseThrow()) != 0) {
            return Optional.empty();
        }
        return quantity(norm, from, to, span, low, true).map(q -> new Quantity(q.span(), q.value(),
                Optional.of(q.value().multiply(high).divide(low, CONVERSION)), q.unit(), q.measureWord(), Qualifier.RANGE, true));
    }

    /**
     * A range whose first number has no unit of its own (0.25至0.5个百分点, 8000至9000亿元): the
     * first number takes the unit, and the multiplier where it has none, of the second.
     */
    private Optional<Quantity> openRange(String norm, int from, int to, Span first, BigDecimal base, boolean chinese) {
        int end = first.end();
        BigDecimal factor = BigDecimal.ONE;
        while (!chinese && end < to && multiplier(norm.charAt(end)) != null) {
            factor = factor.multiply(multiplier(norm.charAt(end++)));
        }
        if (end >= to || RANGE_JOINERS.indexOf(norm.charAt(end)) < 0) {
            return Optional.empty();
        }
        List<Token> next = numbers(norm, end + 1, Math.min(to, end + 1 + MAX_NUMBER));
        if (next.isEmpty() || next.get(0).span().start() != end + 1 || (next.get(0).chinese() != null) != chinese) {
            return Optional.empty();
        }
        Token second = next.get(0);
        Span secondSpan = second.span();
        BigDecimal secondBase = chinese ? ChineseNumerals.parse(second.chinese()).orElse(BigDecimal.ZERO) : arabic(second.text());
        Optional<Quantity> upper = secondBase.signum() == 0 ? Optional.empty() : quantity(norm, from, to, secondSpan, secondBase, chinese);
        if (upper.isEmpty()) {
            return Optional.empty();
        }
        Quantity u = upper.get();
        if (factor.compareTo(BigDecimal.ONE) == 0) {
            factor = u.value().divide(secondBase, CONVERSION); // inexact only for a converted unit (2至4亩)
        }
        BigDecimal low = base.multiply(factor, CONVERSION);
        if (low.compareTo(u.value()) >= 0) {
            return Optional.empty();
        }
        Span span = new Span(Math.min(first.start(), u.span().start()), u.span().end());
        return Optional.of(new Quantity(span, low, Optional.of(u.value()), u.unit(), u.measureWord(), Qualifier.RANGE, true));
    }

    /** Two quantities of one unit joined by 至, 到 or a dash are one range (3%至4%). */
    private static List<Quantity> closedRanges(String norm, List<Quantity> found) {
        List<Quantity> merged = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            if (i + 1 < found.size()) {
                Quantity next = found.get(i + 1);
                String between = norm.substring(q.span().end(), Math.max(q.span().end(), next.span().start()));
                if (between.length() == 1 && RANGE_JOINERS.contains(between) && q.unit().equals(next.unit())
                        && q.value().compareTo(next.value()) < 0 && !q.explicitQualifier() && !afterChangeVerb(norm, q.span().start())) {
                    merged.add(new Quantity(new Span(q.span().start(), next.span().end()), q.value(), Optional.of(next.value()),
                            q.unit(), next.measureWord(), Qualifier.RANGE, true));
                    i++;
                    continue;
                }
            }
            merged.add(q);
        }
        return merged;
    }

    /** 增加4000亿元至1.2万亿元 is a change and the level it reaches, not a range. */
    private static boolean afterChangeVerb(String norm, int start) {
        return CHANGE_VERBS.stream().anyMatch(v -> start >= v.length() && norm.startsWith(v, start - v.length()));
    }

    /** Reads what follows a number: multipliers (and a mixed tail: 3万5千), 多/余, a unit; then the bounds around it. */
    private Optional<Quantity> quantity(String norm, int from, int to, Span number, BigDecimal base, boolean chinese) {
        int multEnd = number.end();
        while (multEnd < to && multEnd - number.end() < MAX_MULTIPLIERS && !chinese && multiplier(norm.charAt(multEnd)) != null) {
            multEnd++;
        }
        BigDecimal tail = BigDecimal.ZERO;
        int tailEnd = multEnd;
        char big = multEnd > number.end() ? norm.charAt(multEnd - 1) : ' ';
        if ((big == '万' || big == '亿' || big == '兆') && multEnd < to && isAsciiDigit(norm.charAt(multEnd))) {
            // digits after the multiplier (the patterns are tried only where a digit follows it)
            Matcher mixed = MIXED_TAIL.matcher(norm).region(multEnd, to);
            Matcher bareTail = BARE_TAIL.matcher(norm).region(multEnd, to);
            if (big == '万' && multEnd - number.end() == 1 && bareTail.lookingAt()) {
                tail = new BigDecimal(norm.substring(bareTail.start(), bareTail.end())); // 4万3377元 (Taiwan): 43377
                tailEnd = bareTail.end();
            } else if (mixed.lookingAt()) {
                int digitsEnd = mixed.start();
                while (Character.isDigit(norm.charAt(digitsEnd)) || norm.charAt(digitsEnd) == ',') {
                    digitsEnd++;
                }
                BigDecimal small = BigDecimal.ONE;
                for (int i = digitsEnd; i < mixed.end(); i++) {
                    small = small.multiply(multiplier(norm.charAt(i)));
                }
                if (small.compareTo(multiplier(big)) < 0) {
                    tail = arabic(norm.substring(mixed.start(), digitsEnd)).multiply(small);
                    tailEnd = mixed.end();
                }
            }
        }
        if (tailEnd > multEnd) {
            Optional<Quantity> q = afterMultipliers(norm, from, to, number, base, chinese, multEnd, tail, tailEnd);
            if (q.isPresent()) {
                return q;
            }
        }
        // "1千瓦时" is one kilowatt hour, not a thousand of something: give the unit back what it needs.
        for (int cut = multEnd; cut >= number.end(); cut--) {
            Optional<Quantity> q = afterMultipliers(norm, from, to, number, base, chinese, cut, BigDecimal.ZERO, cut);
            if (q.isPresent()) {
                return q;
            }
        }
        return Optional.empty();
    }

    private Optional<Quantity> afterMultipliers(String norm, int from, int to, Span number, BigDecimal base, boolean chinese,
                                                int multEnd, BigDecimal tail, int tailEnd) {
        BigDecimal factor = BigDecimal.ONE;
        for (int i = number.end(); i < multEnd; i++) {
            factor = factor.multiply(multiplier(norm.charAt(i)));
        }
        int pos = tailEnd;
        boolean openUpward = pos < to && (norm.charAt(pos) == '多' || norm.charAt(pos) == '余');
        Optional<BigDecimal> max = Optional.empty();
        if (openUpward) {
            pos++;
            int bigUnits = pos;
            while (pos < to && pos - bigUnits < 2 && "万亿兆".indexOf(norm.charAt(pos)) >= 0) {
                factor = factor.multiply(multiplier(norm.charAt(pos++)));
            }
            BigDecimal step = openEnd(base);
            if (step.signum() > 0 && tail.signum() == 0) {
                max = Optional.of(base.add(step).multiply(factor));
            }
        }
        Optional<Mention<Unit>> unit = unitForms.longestAt(norm, pos, to);
        if (unit.isEmpty() && !chinese && "万亿兆".indexOf(norm.charAt(pos - 1)) >= 0 && pos > number.end()
                && (pos >= to || OfficialRecognizer.isHan(norm.charAt(pos)) && RANGE_JOINERS.indexOf(norm.charAt(pos)) < 0
                        || "，。；、,;：:！？!? \u3000".indexOf(norm.charAt(pos)) >= 0)) {
            // 1.34亿农村人口, 6亿多, a headline's 迈上14万亿 今年……: a large number without a unit counts what follows it
            unit = Optional.of(new Mention<>(new Span(pos, pos), units.code(UnitCatalog.COUNT)));
        }
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Unit u = unit.get().value();
        BigDecimal value = base.multiply(factor).add(tail);
        if (chinese && units.isCount(u) && value.compareTo(BigDecimal.ONE) == 0) {
            return Optional.empty(); // 一个, 一批, 一项: an article, not a count
        }
        if (chinese && units.isCount(u) && number.length() == 1 && (norm.charAt(number.start()) == '二'
                || value.compareTo(BigDecimal.TEN) < 0 && RHETORICAL_MEASURES.indexOf(norm.charAt(unit.get().span().start())) >= 0
                        && unit.get().span().length() == 1)) {
            return Optional.empty(); // 二套房 is an ordinal; 两个维度, 四个数字 count ideas, not things
        }
        if (isDurationUnit(u) && !isDuration(norm, from, to, number.start(), unit.get().span().end(), value, u)) {
            return Optional.empty();
        }
        if (unit.get().span().length() == 1 && norm.charAt(unit.get().span().start()) == '度' && factor.compareTo(BigDecimal.ONE) == 0) {
            return Optional.empty(); // 10226亿度 and 3度电 are kilowatt hours, 38度 is a temperature
        }
        Optional<Span> measureWord = units.isCount(u) && unit.get().span().length() > 0 ? Optional.of(unit.get().span()) : Optional.empty();
        BigDecimal conversion = conversions.get(norm.substring(unit.get().span().start(), unit.get().span().end()));
        if (conversion != null) {
            // 1.4万亿斤: 7亿吨, the measure word keeps 斤
            value = value.multiply(conversion, CONVERSION);
            max = max.map(m -> m.multiply(conversion, CONVERSION));
            measureWord = Optional.of(unit.get().span());
        }
        Quantity q = bounded(norm, from, to, number.start(), unit.get().span().end(), value, max, u, measureWord);
        if (openUpward && !q.explicitQualifier()) {
            q = withQualifier(new Quantity(q.span(), q.value(), max, u, measureWord, q.qualifier(), true), Qualifier.MORE_THAN);
        }
        return Optional.of(q);
    }

    private static boolean isDurationUnit(Unit u) {
        return DURATIONS.contains(u.code()) || u.code().equals("month");
    }

    /**
     * Whether a number of years, months or days is a stated duration (连续8年, 3年以上, 期限为6个月)
     * rather than part of a period (近5年, 前两个月) or a date. Months need only the absence of a
     * period word; years and days also need a word that makes them a duration.
     */
    private boolean isDuration(String norm, int from, int to, int start, int unitEnd, BigDecimal value, Unit u) {
        Optional<Mention<Qualifier>> bound = prefixAt(norm, from, start);
        int qualifierStart = bound.map(p -> p.span().start()).orElse(start);
        boolean sinceOrDuring = norm.startsWith("来", unitEnd) || norm.startsWith("以来", unitEnd) || norm.startsWith("间", unitEnd);
        for (String word : periodBefore) {
            if (endsAt(norm, from, qualifierStart, word)) {
                return false;
            }
            // 经营近20年 is a duration; 近5年来 and a clause that opens with 近5年 are periods
            if (endsAt(norm, from, start, word)
                    && (sinceOrDuring || start - word.length() == from || "，,。；;：:".indexOf(norm.charAt(start - word.length() - 1)) >= 0)) {
                return false;
            }
        }
        if (!DURATIONS.contains(u.code())) {
            return true;
        }
        if (norm.charAt(unitEnd - 1) == '岁' && AGE_BAND.matcher(norm).region(unitEnd, to).lookingAt()) {
            return false; // 60岁及以上人口, 16至59岁: an age band names a group, it is not a figure
        }
        if (value.compareTo(BigDecimal.valueOf(1000)) >= 0 || sinceOrDuring) {
            return false;
        }
        if (bound.isPresent() || value.stripTrailingZeros().scale() > 0) {
            return true; // 约3年, and 12.8天: no date or period is written with a fraction
        }
        for (String word : durationBefore) {
            if (endsAt(norm, from, start, word) || endsAt(norm, from, qualifierStart, word)) {
                return true;
            }
        }
        for (String word : durationAfter) {
            if (norm.startsWith(word, unitEnd) && unitEnd + word.length() <= to) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsAt(String norm, int from, int end, String word) {
        return end - word.length() >= from && norm.startsWith(word, end - word.length());
    }

    /** Adds the qualifiers before {@code start} and after {@code end}. */
    private Quantity bounded(String norm, int from, int to, int start, int end, BigDecimal value,
                             Optional<BigDecimal> max, Unit unit, Optional<Span> measureWord) {
        Qualifier qualifier = Qualifier.EXACTLY;
        boolean explicit = false;
        Optional<Mention<Qualifier>> suffix = after.longestAt(norm, end, to);
        if (suffix.isPresent()) {
            qualifier = suffix.get().value();
            explicit = true;
            end = suffix.get().span().end();
        }
        Optional<Mention<Qualifier>> prefix = prefixAt(norm, from, start);
        boolean bridged = false;
        if (prefix.isEmpty()) {
            // a verb may stand between the bound and the number (至少增长10%): the bound applies, the surface starts at the number
            Optional<Mention<String>> verb = between.longestEndingAt(norm, start, from + 1);
            if (verb.isPresent()) {
                prefix = prefixAt(norm, from, verb.get().span().start()).filter(p -> p.value() != Qualifier.EXACTLY);
                bridged = true;
            }
        }
        if (prefix.isPresent()) {
            if (!explicit || qualifier == Qualifier.EXACTLY) {
                qualifier = prefix.get().value();
            }
            explicit = true;
            start = bridged ? start : prefix.get().span().start();
        }
        return new Quantity(new Span(start, end), value, max, unit, measureWord, qualifier, explicit);
    }

    private static Quantity withQualifier(Quantity q, Qualifier qualifier) {
        return new Quantity(q.span(), q.value(), q.maxValue(), q.unit(), q.measureWord(), qualifier, true);
    }

    /** The bounding word that ends right before {@code start} (or before a 了 there). */
    private Optional<Mention<Qualifier>> prefixAt(String norm, int from, int start) {
        int gap = start > from && norm.charAt(start - 1) == '了' ? 1 : 0;
        return before.longestEndingAt(norm, start - gap, from).map(form -> new Mention<>(new Span(form.span().start(), start), form.value()));
    }

    /** How far "多" reaches above a number: 300多 is below 400, 30多 below 40, 1万多 below 2万; 0 when unknown. */
    static BigDecimal openEnd(BigDecimal base) {
        if (base.signum() <= 0 || base.stripTrailingZeros().scale() > 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal rest = base.stripTrailingZeros();
        return rest.scale() < 0 ? BigDecimal.TEN.pow(-rest.scale()) : BigDecimal.ONE;
    }

    private static BigDecimal multiplier(char c) {
        return switch (c) {
            case '十' -> BigDecimal.TEN;
            case '百' -> BigDecimal.valueOf(100);
            case '千' -> BigDecimal.valueOf(1_000);
            case '万' -> BigDecimal.valueOf(10_000);
            case '亿' -> BigDecimal.valueOf(100_000_000);
            case '兆' -> BigDecimal.valueOf(1_000_000_000_000L); // Taiwan and Hong Kong: 10^12
            default -> null;
        };
    }

    private static BigDecimal arabic(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    private static List<Span> shortQuotes(String norm, int from, int to) {
        List<Span> quotes = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = norm.charAt(i);
            if (c == '“') {
                open = i;
            } else if (c == '”' && open >= 0) {
                if (i - open - 1 <= MAX_NAME_QUOTE) {
                    quotes.add(new Span(open, i + 1));
                }
                open = -1;
            }
        }
        return quotes;
    }

    /** Whether {@code c} stands in the text right after one of the characters {@code before}. */
    private static boolean standsAfter(String text, char c, String before) {
        for (int at = text.indexOf(c, 1); at >= 0; at = text.indexOf(c, at + 1)) {
            if (before.indexOf(text.charAt(at - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    // loops rather than streams: both are asked about every number of every sentence
    private static boolean overlapsAny(Span span, List<Quantity> found) {
        for (Quantity q : found) {
            if (q.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(Span span, List<Span> spans) {
        for (Span s : spans) {
            if (s.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** A number that may be written either way (ranks, 百分之X, fractions). */
    private static Optional<BigDecimal> numeral(String n) {
        return Character.isDigit(n.charAt(0)) ? Optional.of(new BigDecimal(n)) : ChineseNumerals.parse(n);
    }
}
