package org.w3id.koujing.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.w3id.koujing.extract.OfficialRecognizer;
import org.w3id.koujing.model.Change;
import org.w3id.koujing.model.Claim;
import org.w3id.koujing.model.Extraction;
import org.w3id.koujing.model.Figure;
import org.w3id.koujing.model.Ministry;
import org.w3id.koujing.model.Official;
import org.w3id.koujing.model.Period;
import org.w3id.koujing.model.PolicyMention;
import org.w3id.koujing.model.Qualifier;
import org.w3id.koujing.model.Span;
import org.w3id.koujing.text.ScriptConverter;

/** Scores the extraction of one article against its gold annotations, as {@code gold-format.md} says. */
public final class Scorer {

    private static final BigDecimal RELATIVE_TOLERANCE = new BigDecimal("1e-9");
    private static final double MIN_BIGRAM_OVERLAP = 0.5;
    private static final int MIN_COMMON_SUBSTRING = 4;
    private static final Map<Qualifier, String> QUALIFIER_CODES = Map.of(
            Qualifier.EXACTLY, "eq", Qualifier.MORE_THAN, "gt", Qualifier.AT_LEAST, "ge", Qualifier.LESS_THAN, "lt",
            Qualifier.AT_MOST, "le", Qualifier.APPROXIMATELY, "approx", Qualifier.RANGE, "range");

    private Scorer() {
    }

    /** A predicted figure with the speaker of its claim. */
    private record Predicted(Figure figure, Optional<Official> speaker) {
    }

    public static Score score(Gold gold, Extraction e) {
        Score s = new Score();
        officials(gold, e, s);
        figures(gold, e, s);
        policies(gold, e, s);
        return s;
    }

    private static void officials(Gold gold, Extraction e, Score s) {
        s.goldOfficials = gold.officials().size();
        s.predictedOfficials = e.officials().size();
        for (Gold.Official g : gold.officials()) {
            Optional<Official> found = e.officials().stream().filter(o -> o.key().equals(hans(g.name()))).findFirst();
            if (found.isEmpty()) {
                s.details.add("official missed: " + g.name());
                continue;
            }
            s.matchedOfficials++;
            Official o = found.get();
            if (g.title().isEmpty() || o.title().map(Scorer::hans).filter(t -> samePost(t, hans(g.title().get()))).isPresent()) {
                s.rightTitles++;
            } else {
                s.details.add("official " + g.name() + ": title " + o.title().orElse("-") + ", gold " + g.title().get());
            }
            if (g.ministry().isEmpty() || o.ministry().filter(m -> names(m).contains(hans(g.ministry().get()))
                    || g.ministryShort().isPresent() && names(m).contains(hans(g.ministryShort().get()))).isPresent()) {
                s.rightMinistries++;
            } else {
                s.details.add("official " + g.name() + ": ministry " + o.ministry().map(m -> m.name().hans()).orElse("-")
                        + ", gold " + g.ministry().get());
            }
        }
        for (Official o : e.officials()) {
            if (gold.officials().stream().noneMatch(g -> hans(g.name()).equals(o.key()))) {
                s.details.add("official not in gold: " + o.name().hans());
            }
        }
    }

    private static void figures(Gold gold, Extraction e, Score s) {
        List<Predicted> predicted = new ArrayList<>();
        for (Claim c : e.claims()) {
            c.figures().forEach(f -> predicted.add(new Predicted(f, c.speaker())));
        }
        String text = e.article().text();
        Optional<LocalDate> published = e.article().date();
        s.goldFigures = gold.figures().size();
        Predicted[] assigned = new Predicted[gold.figures().size()];
        Set<Predicted> used = new HashSet<>();
        // First the matches the text itself pins down (the prediction overlaps the gold surface), then the
        // rest; where several predictions qualify (a headline repeats the body), the one that agrees most.
        for (boolean byPlace : new boolean[] {true, false}) {
            for (int i = 0; i < assigned.length; i++) {
                if (assigned[i] != null) {
                    continue;
                }
                Gold.Figure g = gold.figures().get(i);
                List<Span> places = occurrences(text, g.surface());
                Predicted best = null;
                for (Predicted p : predicted) {
                    if (!used.contains(p) && sameQuantity(g, p.figure())
                            && (!byPlace || places.stream().anyMatch(pl -> pl.overlaps(p.figure().span())))
                            && (best == null || agreement(g, p, published) > agreement(g, best, published))) {
                        best = p;
                    }
                }
                if (best != null) {
                    assigned[i] = best;
                    used.add(best);
                }
            }
        }
        for (int i = 0; i < assigned.length; i++) {
            Gold.Figure g = gold.figures().get(i);
            if (assigned[i] == null) {
                s.details.add("figure missed: " + g.surface() + " (" + g.value().toPlainString() + " " + g.unit() + ")");
                continue;
            }
            judge(g, assigned[i], s, published);
        }
        for (Predicted p : predicted) {
            if (used.contains(p)) {
                continue;
            }
            if (gold.figures().stream().anyMatch(g -> sameQuantity(g, p.figure()))) {
                s.duplicateFigures++;
            } else if (gold.optionalFigures().stream().anyMatch(g -> sameQuantity(g, p.figure()))) {
                s.optionalFigures++;
            } else {
                s.falseFigures++;
                s.details.add("figure not in gold: " + p.figure().surface() + " (" + p.figure().value().toPlainString()
                        + " " + p.figure().unit().code() + ")");
            }
        }
    }

    /** How many of speaker, metric, qualifier and period a prediction gets right for a gold figure. */
    private static int agreement(Gold.Figure g, Predicted p, Optional<LocalDate> published) {
        Score probe = new Score();
        judge(g, p, probe, published);
        return probe.rightSpeakers + probe.rightMetrics + probe.rightQualifiers + probe.rightPeriods;
    }

    private static void judge(Gold.Figure g, Predicted p, Score s, Optional<LocalDate> published) {
        Figure f = p.figure();
        List<String> wrong = new ArrayList<>();
        Optional<String> speaker = p.speaker().map(Official::key);
        boolean speakerRight = speaker.map(Scorer::hans).equals(g.speaker().map(Scorer::hans))
                || speaker.isPresent() && g.speakerAlt().stream().map(Scorer::hans).anyMatch(speaker.get()::equals);
        if (!speakerRight) {
            wrong.add("speaker " + speaker.orElse("-") + " (gold " + g.speaker().orElse("-") + ")");
        }
        boolean metricRight = g.metric().isEmpty() || f.metric().filter(m -> sameMetric(m.hans(), hans(g.metric().get()))).isPresent();
        if (!metricRight) {
            wrong.add("metric " + f.metric().map(m -> m.hans()).orElse("-") + " (gold " + g.metric().get() + ")");
        }
        String qualifier = QUALIFIER_CODES.get(f.qualifier());
        boolean qualifierRight = g.qualifier().isEmpty() || g.qualifier().get().equals(qualifier);
        if (!qualifierRight) {
            wrong.add("qualifier " + qualifier + " (gold " + g.qualifier().get() + ")");
        }
        boolean periodRight = g.period().isEmpty() || f.period().filter(pr -> samePeriod(pr, g.period().get(), published)).isPresent();
        if (!periodRight) {
            wrong.add("period " + f.period().map(Scorer::format).orElse("-") + " (gold " + g.period().get() + ")");
        }
        String change = changeCode(f);
        if (!g.change().map(change::equals).orElse(change.equals("-"))) {
            s.details.add("figure " + g.surface() + ": change " + change + " (gold " + g.change().orElse("-") + ")");
        } else {
            s.rightChanges++;
        }
        s.matchedFigures++;
        s.rightSpeakers += speakerRight ? 1 : 0;
        s.rightMetrics += metricRight ? 1 : 0;
        s.rightQualifiers += qualifierRight ? 1 : 0;
        s.rightPeriods += periodRight ? 1 : 0;
        if (wrong.isEmpty()) {
            s.strictFigures++;
        } else {
            s.details.add("figure " + g.surface() + ": " + String.join("; ", wrong));
        }
    }

    /** A qualifier in the gold format's words: eq, gt, ge, lt, le, approx, range. */
    public static String qualifierCode(Qualifier q) {
        return QUALIFIER_CODES.get(q);
    }

    /** A figure's change in the gold format's words: yoy_growth, growth_vs_previous_period, decline, or - for none. */
    public static String changeCode(Figure f) {
        return f.change().map(c -> c.direction() == Change.Direction.DECREASE ? "decline"
                : c.base() == Change.Base.SAME_PERIOD_LAST_YEAR ? "yoy_growth" : "growth_vs_previous_period").orElse("-");
    }

    static boolean sameQuantity(Gold.Figure g, Figure f) {
        if (sameValue(g.value(), g.tolerance(), f.value()) && g.unit().equals(f.unit().code())) {
            return true;
        }
        return g.alt().stream().anyMatch(a -> sameValue(a.value(), Optional.empty(), f.value()) && a.unit().equals(f.unit().code()));
    }

    private static boolean sameValue(BigDecimal gold, Optional<BigDecimal> tolerance, BigDecimal value) {
        BigDecimal diff = gold.subtract(value).abs();
        if (tolerance.isPresent()) {
            return diff.compareTo(tolerance.get()) <= 0;
        }
        return diff.compareTo(gold.abs().multiply(RELATIVE_TOLERANCE, MathContext.DECIMAL64)) <= 0;
    }

    /** Metrics agree when one contains the other, or their character bigrams overlap (Dice) by half or more. */
    static boolean sameMetric(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size()) >= MIN_BIGRAM_OVERLAP;
    }

    private static Set<String> bigrams(String s) {
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        if (grams.isEmpty()) {
            grams.add(s);
        }
        return grams;
    }

    /**
     * Whether a period is the gold's, for an article published on {@code published}. A period that
     * runs to the month of publication (2018年以来, 今年以来) is the gold's period ending in the same
     * year or month: the gold's forms cannot say "to date", and round it to the year or the month.
     */
    public static boolean samePeriod(Period p, String gold, Optional<LocalDate> published) {
        if (samePeriod(p, gold)) {
            return true;
        }
        boolean toDate = published.isPresent() && p.end().filter(e -> YearMonth.from(e).equals(YearMonth.from(published.get()))).isPresent();
        if (!toDate || gold.length() == 10) {
            return false;
        }
        String[] sides = gold.contains("/") ? gold.split("/", 2) : new String[] {gold, gold};
        if (sides[1].length() != 4 && sides[1].length() != 7) {
            return false;
        }
        Optional<LocalDate> start = bound(sides[0], true);
        Optional<LocalDate> end = bound(sides[1], false);
        LocalDate day = published.get();
        boolean endsThen = end.filter(e -> !day.isAfter(e) && (sides[1].length() == 4 ? e.getYear() == day.getYear()
                : e.getYear() == day.getYear() && e.getMonth() == day.getMonth())).isPresent();
        return endsThen && p.start().equals(start);
    }

    /**
     * Gold periods: "2025", "2021/2025", "2025-01/2025-09", "../2025-12-31", "2025-12-31". A span of
     * days (春运: 1月26日至3月5日) is the gold's span of the months it runs between, the finest the
     * gold's forms can say.
     */
    public static boolean samePeriod(Period p, String gold) {
        if (gold.matches("\\d{4}-\\d{2}/\\d{4}-\\d{2}") && p.start().isPresent() && p.end().isPresent()) {
            String[] sides = gold.split("/");
            return YearMonth.from(p.start().get()).equals(YearMonth.parse(sides[0]))
                    && YearMonth.from(p.end().get()).equals(YearMonth.parse(sides[1]));
        }
        return sameBounds(p, gold);
    }

    private static boolean sameBounds(Period p, String gold) {
        Optional<LocalDate> start;
        Optional<LocalDate> end;
        if (gold.contains("/")) {
            String[] sides = gold.split("/", 2);
            start = bound(sides[0], true);
            end = bound(sides[1], false);
        } else if (gold.length() == 10) {
            // a day: the figure is a level on that day, stated as of it
            LocalDate day = LocalDate.parse(gold);
            return p.end().equals(Optional.of(day)) && p.start().map(day::equals).orElse(true);
        } else {
            start = bound(gold, true);
            end = bound(gold, false);
        }
        return p.start().equals(start) && p.end().equals(end);
    }

    private static Optional<LocalDate> bound(String side, boolean start) {
        if (side.equals("..") || side.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (side.length()) {
            case 4 -> start ? LocalDate.of(Integer.parseInt(side), 1, 1) : LocalDate.of(Integer.parseInt(side), 12, 31);
            case 7 -> start ? YearMonth.parse(side).atDay(1) : YearMonth.parse(side).atEndOfMonth();
            default -> LocalDate.parse(side);
        });
    }

    static String format(Period p) {
        return p.start().map(Object::toString).orElse("..") + "/" + p.end().map(Object::toString).orElse("..");
    }

    private static void policies(Gold gold, Extraction e, Score s) {
        // a mention answers to its label (canonical for a known policy) and to its words as written:
        // 大规模设备更新和消费品以旧换新 is the known policy 两新
        List<List<String>> names = new ArrayList<>();
        List<Optional<Official>> speakers = new ArrayList<>();
        String text = e.article().text();
        for (Claim c : e.claims()) {
            for (PolicyMention m : c.policies()) {
                names.add(List.of(m.label().hans(), hans(text.substring(m.span().start(), m.span().end()))));
                speakers.add(c.speaker());
            }
        }
        s.goldPolicies = gold.policies().size();
        for (Gold.Policy g : gold.policies()) {
            boolean found = false;
            boolean withSpeaker = false;
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).stream().anyMatch(n -> samePolicy(n, hans(g.label())))) {
                    found = true;
                    withSpeaker |= speakers.get(i).map(Official::key).equals(g.speaker().map(Scorer::hans));
                }
            }
            s.foundPolicies += found ? 1 : 0;
            s.foundPoliciesWithSpeaker += withSpeaker ? 1 : 0;
            if (!found) {
                s.details.add("policy missed: " + g.label());
            } else if (!withSpeaker) {
                s.details.add("policy " + g.label() + ": found without its speaker " + g.speaker().orElse("-"));
            }
        }
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        names.forEach(n -> byLabel.computeIfAbsent(n.get(0), k -> new ArrayList<>()).addAll(n));
        s.predictedPolicies = byLabel.size();
        for (Map.Entry<String, List<String>> label : byLabel.entrySet()) {
            boolean inGold = label.getValue().stream().anyMatch(n -> Stream.concat(gold.policies().stream(), gold.optionalPolicies().stream())
                    .anyMatch(g -> samePolicy(n, hans(g.label()))));
            if (inGold) {
                s.predictedPoliciesInGold++;
            } else {
                s.details.add("policy not in gold: " + label.getKey());
            }
        }
    }

    /**
     * Whether a title is the gold's: the same post, with or without the department the gold writes
     * before it (司长 for 大气环境司司长): the department is where the post is, not the post.
     */
    static boolean samePost(String title, String gold) {
        if (title.equals(gold)) {
            return true;
        }
        if (title.length() < 2 || !gold.endsWith(title)) {
            return false;
        }
        return OfficialRecognizer.endsDepartment(gold.substring(0, gold.length() - title.length()));
    }

    /** Policy labels agree by containment or a long common substring. */
    public static boolean samePolicy(String a, String b) {
        return a.contains(b) || b.contains(a) || longestCommonSubstring(a, b) >= MIN_COMMON_SUBSTRING;
    }

    private static int longestCommonSubstring(String a, String b) {
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }

    private static List<Span> occurrences(String text, String surface) {
        List<Span> spans = new ArrayList<>();
        if (surface.isEmpty()) {
            return spans;
        }
        for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
            spans.add(new Span(i, i + surface.length()));
        }
        return spans;
    }

    private static Set<String> names(Ministry m) {
        Set<String> names = new HashSet<>();
        names.add(m.name().hans());
        names.add(hans(m.name().hant()));
        names.addAll(m.abbreviationsHans());
        m.abbreviationsHant().forEach(a -> names.add(hans(a)));
        return names;
    }

    private static String hans(String s) {
        return ScriptConverter.toSimplified(s);
    }
}
