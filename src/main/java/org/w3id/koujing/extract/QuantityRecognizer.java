package org.w3id.koujing.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.koujing.model.Qualifier;
import org.w3id.koujing.model.Span;
import org.w3id.koujing.model.Unit;

/**
 * Finds the stated quantities of a sentence: a number (Arabic, possibly with separators and
 * decimals, or in Chinese numerals), its multipliers (万, 亿, 万亿 ...), an open upper end (300多),
 * its unit, and the words around it that bound it (超过, 接近, 以上, 左右 ...). Ranks (全球第10) and
 * 百分之X are read too. A number without a unit is not a figure, and neither is one inside a short
 * quoted name (“三个集中”).
 */
public final class QuantityRecognizer {

    /** A quantity as found: the figure's number-level facts, before metric, period and speaker. */
    public record Quantity(Span span, BigDecimal value, Optional<BigDecimal> maxValue, Unit unit,
                           Optional<Span> measureWord, Qualifier qualifier, boolean explicitQualifier) {
    }

    /** A quoted phrase this short or shorter is a name, and its numbers are part of the name. */
    private static final int MAX_NAME_QUOTE = 12;
    private static final int MAX_MULTIPLIERS = 3;
    private static final String RANGE_JOINERS = "至到-~～—–";

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\dA-Za-z.,])(?:(?<ar>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\dA-Za-z])"
                    + "|(?<cn>[零〇一二两三四五六七八九十][" + ChineseNumerals.CHARS + "]*))");
    private static final Pattern PERCENT_WORDS = Pattern.compile(
            "百分之(?<n>\\d+(?:\\.\\d+)?|[" + ChineseNumerals.CHARS + "]+)");
    private static final Pattern RANK = Pattern.compile(
            "(?:全球|世界|全国|国内|亚洲|全省|全市|排名|位居|位列|居|排)第(?<n>\\d+|[一二三四五六七八九十]+)(?:位|名)?");

    private final UnitCatalog units;
    private final PhraseTrie<Unit> unitForms = new PhraseTrie<>();
    private final List<Map.Entry<String, Qualifier>> before = new ArrayList<>();
    private final PhraseTrie<Qualifier> after = new PhraseTrie<>();
    private final List<String> between = new ArrayList<>();

    public QuantityRecognizer(UnitCatalog units, List<String[]> qualifierRows) {
        this.units = units;
        units.byWrittenForm().forEach(unitForms::put);
        for (String[] row : qualifierRows) {
            switch (row[1]) {
                case "before" -> before.add(Map.entry(row[0], Qualifier.valueOf(row[2])));
                case "after" -> after.put(row[0], Qualifier.valueOf(row[2]));
                case "between" -> between.add(row[0]);
                default -> throw new IllegalArgumentException("qualifier position must be before, after or between: " + row[1]);
            }
        }
        between.sort(Comparator.comparingInt(String::length).reversed());
        before.sort(Comparator.comparingInt((Map.Entry<String, Qualifier> e) -> e.getKey().length()).reversed());
    }

    public static QuantityRecognizer fromLexicon(UnitCatalog units) {
        return new QuantityRecognizer(units, Lexicon.rows("qualifiers.tsv", 3));
    }

    /** The quantities in {@code [from, to)} of the normalised text, in text order, never overlapping. */
    public List<Quantity> find(String norm, int from, int to) {
        List<Span> names = shortQuotes(norm, from, to);
        List<Quantity> found = new ArrayList<>();
        Matcher rank = RANK.matcher(norm).region(from, to);
        while (rank.find()) {
            numeral(rank.group("n")).ifPresent(v -> found.add(new Quantity(new Span(rank.start(), rank.end()),
                    v, Optional.empty(), units.code(UnitCatalog.RANK), Optional.empty(), Qualifier.EXACTLY, false)));
        }
        Matcher percent = PERCENT_WORDS.matcher(norm).region(from, to);
        while (percent.find()) {
            int start = percent.start();
            numeral(percent.group("n")).ifPresent(v -> found.add(
                    bounded(norm, from, to, start, percent.end(), v, Optional.empty(), units.code(UnitCatalog.PERCENT), Optional.empty())));
        }
        Matcher number = NUMBER.matcher(norm).region(from, to);
        while (number.find()) {
            Span span = new Span(number.start(), number.end());
            if (overlapsAny(span, found) || insideAny(span, names) || span.start() > 0 && norm.charAt(span.start() - 1) == '第') {
                continue;
            }
            boolean chinese = number.group("cn") != null;
            Optional<BigDecimal> base = chinese ? ChineseNumerals.parse(number.group("cn")) : Optional.of(arabic(number.group("ar")));
            if (base.isPresent()) {
                quantity(norm, from, to, span, base.get(), chinese)
                        .or(() -> openRange(norm, from, to, span, base.get(), chinese))
                        .ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(Quantity::span));
        return closedRanges(norm, found);
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
        Matcher second = NUMBER.matcher(norm).region(end + 1, to);
        if (!second.lookingAt() || (second.group("cn") != null) != chinese) {
            return Optional.empty();
        }
        Span secondSpan = new Span(second.start(), second.end());
        BigDecimal secondBase = chinese ? ChineseNumerals.parse(second.group("cn")).orElse(BigDecimal.ZERO) : arabic(second.group("ar"));
        Optional<Quantity> upper = quantity(norm, from, to, secondSpan, secondBase, chinese);
        if (upper.isEmpty() || secondBase.signum() == 0) {
            return Optional.empty();
        }
        Quantity u = upper.get();
        if (factor.compareTo(BigDecimal.ONE) == 0) {
            factor = u.value().divide(secondBase);
        }
        BigDecimal low = base.multiply(factor);
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
                        && q.value().compareTo(next.value()) < 0 && !q.explicitQualifier()) {
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

    /** Reads what follows a number: multipliers, 多/余, a unit; then the qualifiers around it. */
    private Optional<Quantity> quantity(String norm, int from, int to, Span number, BigDecimal base, boolean chinese) {
        int multEnd = number.end();
        while (multEnd < to && multEnd - number.end() < MAX_MULTIPLIERS && !chinese && multiplier(norm.charAt(multEnd)) != null) {
            multEnd++;
        }
        // "1千瓦时" is one kilowatt hour, not a thousand of something: give the unit back what it needs.
        for (int cut = multEnd; cut >= number.end(); cut--) {
            Optional<Quantity> q = afterMultipliers(norm, from, to, number, base, chinese, cut);
            if (q.isPresent()) {
                return q;
            }
        }
        return Optional.empty();
    }

    private Optional<Quantity> afterMultipliers(String norm, int from, int to, Span number, BigDecimal base, boolean chinese, int multEnd) {
        BigDecimal factor = BigDecimal.ONE;
        for (int i = number.end(); i < multEnd; i++) {
            factor = factor.multiply(multiplier(norm.charAt(i)));
        }
        int pos = multEnd;
        boolean openUpward = pos < to && (norm.charAt(pos) == '多' || norm.charAt(pos) == '余');
        Optional<BigDecimal> max = Optional.empty();
        if (openUpward) {
            pos++;
            int bigUnits = pos;
            while (pos < to && pos - bigUnits < 2 && "万亿兆".indexOf(norm.charAt(pos)) >= 0) {
                factor = factor.multiply(multiplier(norm.charAt(pos++)));
            }
            BigDecimal step = openEnd(base);
            if (step.signum() > 0) {
                max = Optional.of(base.add(step).multiply(factor));
            }
        }
        Optional<Mention<Unit>> unit = unitForms.longestAt(norm, pos, to);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Unit u = unit.get().value();
        BigDecimal value = base.multiply(factor);
        if (chinese && units.isCount(u) && value.compareTo(BigDecimal.ONE) == 0) {
            return Optional.empty(); // 一个, 一批, 一项: an article, not a count
        }
        Optional<Span> measureWord = units.isCount(u) ? Optional.of(unit.get().span()) : Optional.empty();
        Quantity q = bounded(norm, from, to, number.start(), unit.get().span().end(), value, max, u, measureWord);
        if (openUpward && !q.explicitQualifier()) {
            q = new Quantity(q.span(), q.value(), max, u, measureWord, Qualifier.MORE_THAN, true);
        }
        return Optional.of(q);
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
        if (prefix.isEmpty()) {
            // a verb may stand between the bound and the number: 至少增长10%
            for (String verb : between) {
                int verbStart = start - verb.length();
                if (verbStart > from && norm.startsWith(verb, verbStart)) {
                    prefix = prefixAt(norm, from, verbStart).filter(p -> p.value() != Qualifier.EXACTLY);
                    break;
                }
            }
        }
        if (prefix.isPresent()) {
            if (!explicit || qualifier == Qualifier.EXACTLY) {
                qualifier = prefix.get().value();
            }
            explicit = true;
            start = prefix.get().span().start();
        }
        return new Quantity(new Span(start, end), value, max, unit, measureWord, qualifier, explicit);
    }

    /** The bounding word that ends right before {@code start} (or before a 了 there). */
    private Optional<Mention<Qualifier>> prefixAt(String norm, int from, int start) {
        int gap = start > from && norm.charAt(start - 1) == '了' ? 1 : 0;
        for (Map.Entry<String, Qualifier> form : before) {
            int formStart = start - gap - form.getKey().length();
            if (formStart >= from && norm.startsWith(form.getKey(), formStart)) {
                return Optional.of(new Mention<>(new Span(formStart, start), form.getValue()));
            }
        }
        return Optional.empty();
    }

    /** How far "多" reaches above a number: 300多 is below 400, 30多 below 40, 1万多 below 2万; 0 when unknown. */
    static BigDecimal openEnd(BigDecimal base) {
        if (base.signum() <= 0 || base.stripTrailingZeros().scale() > 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal step = BigDecimal.ONE;
        BigDecimal rest = base.stripTrailingZeros();
        if (rest.scale() < 0) {
            step = BigDecimal.TEN.pow(-rest.scale());
        }
        return step;
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

    private static boolean overlapsAny(Span span, List<Quantity> found) {
        return found.stream().anyMatch(q -> q.span().overlaps(span));
    }

    private static boolean insideAny(Span span, List<Span> spans) {
        return spans.stream().anyMatch(s -> s.contains(span));
    }

    /** A number that may be written either way (ranks, 百分之X). */
    private static Optional<BigDecimal> numeral(String n) {
        return Character.isDigit(n.charAt(0)) ? Optional.of(new BigDecimal(n)) : ChineseNumerals.parse(n);
    }
}
