package org.w3id.koujing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.koujing.model.Span;
import org.w3id.koujing.text.CharClass;

/**
 * Finds what a quantity measures: the noun phrase of its clause before it, cut free of the time,
 * speaker and connectives before it and of the predicate and comparison between it and the number
 * (利润总额比上一个五年增长了56.2% → 利润总额); for counts, the noun after the measure word when
 * there is one (300多款人形机器人产品). A bare head (强度, 占比) is completed from the metric
 * named just before it.
 */
public final class MetricResolver {

    private static final CharClass CLAUSE_BREAKS = CharClass.of("，,；;：:。！？!?、");
    private static final int MAX_FOLLOWING = 12;
    private static final int MAX_COMPARISON = 8;
    private static final Pattern PARENTHESES = Pattern.compile("[（(][^（）()]*[）)]");
    private static final Pattern STREAK = Pattern.compile("(?:已经|已)?连续(?:多|\\d+|[一二两三四五六七八九十]+)个?(?:年|月|季度)$");
    private static final Set<String> AVERAGINGS = Set.of("日均", "平均每天", "平均每日", "每天", "每日", "单日", "当日", "当天",
            "按日均计算", "按日均计", "平均每年", "每年", "月均", "平均每月");
    private static final PhraseTrie<String> RATIO_OPENERS = PhraseTrie.of(List.of("占", "约占", "为预算", "完成预算", "相当于", "达到预算"));

    private final PhraseTrie<String> endAffixTrie = new PhraseTrie<>();
    private final PhraseTrie<String> notMetrics;
    private final PhraseTrie<String> nounStops = new PhraseTrie<>();
    private final int maxEndAffix;
    /** End affixes of two characters or more: predicates that end a noun phrase read forwards. */
    private final PhraseTrie<String> predicates = new PhraseTrie<>();
    private final PhraseTrie<String> startAffixes = new PhraseTrie<>();
    private final Set<String> heads;

    /** Change verbs that take the metric as their object (下调存款准备金率0.5个百分点). */
    private final PhraseTrie<String> changeVerbs = new PhraseTrie<>();
    /** What a change verb followed by them forms a word with (增长率, 增加值, 增幅): not an object. */
    private static final String NOT_OBJECT_STARTS = "率值幅额量速比的了";

    public MetricResolver(List<String[]> affixRows, List<String> heads, List<String> notMetrics, List<String> nounStops,
            List<String> changeVerbs) {
        changeVerbs.forEach(v -> this.changeVerbs.put(v, v));
        this.notMetrics = PhraseTrie.of(notMetrics);
        nounStops.forEach(w -> this.nounStops.put(w, w));
        List<String> endAffixes = affixRows.stream().filter(r -> r[1].equals("end")).map(r -> r[0]).toList();
        endAffixes.forEach(a -> endAffixTrie.put(a, a));
        this.maxEndAffix = endAffixes.stream().mapToInt(String::length).max().orElse(0);
        endAffixes.stream().filter(a -> a.length() >= 2).forEach(a -> predicates.put(a, a));
        affixRows.stream().filter(r -> r[1].equals("start")).forEach(r -> startAffixes.put(r[0], r[0]));
        this.heads = Set.copyOf(heads);
    }

    /** The affixes of metric-affixes.tsv, and every change word of changes.tsv as an end affix (同比, 按年, 大增). */
    public static MetricResolver fromLexicon() {
        List<String[]> affixes = new ArrayList<>(Lexicon.rows("metric-affixes.tsv", 2));
        Lexicon.rows("changes.tsv", 3).stream().filter(r -> r[0].length() >= 2).forEach(r -> affixes.add(new String[] {r[0], "end"}));
        List<String> verbs = affixes.stream().filter(r -> r[1].equals("object-of")).map(r -> r[0]).toList();
        return new MetricResolver(affixes, Lexicon.words("metric-heads.txt"), Lexicon.words("not-metrics.txt"),
                Lexicon.words("noun-stops.txt"), verbs);
    }

    /**
     * Whether a metric phrase is only the way the metric before it is counted (日均, 平均每天, 按日均计算,
     * 当日): 流动量将达23.6亿人次，平均每天大约2.95亿人次 is the daily average of that flow.
     */
    public static boolean isAveraging(String phrase) {
        return AVERAGINGS.contains(phrase);
    }

    /**
     * Whether a metric phrase states a ratio of the metric before it (为预算的98.1%, 占出口总值的六成,
     * 在电信业务收入中所占比重).
     */
    public static boolean isRatio(String phrase) {
        return RATIO_OPENERS.longestAt(phrase, 0).isPresent()
                || phrase.startsWith("在") && (phrase.contains("中占") || phrase.contains("中所占"));
    }

    /**
     * The metric of the quantity at {@code quantity}: the spans of the normalised text that, put
     * together, name it (a parenthesis inside is left out; a bare head follows the spans of the
     * metric it completes).
     *
     * @param clauseFloor where the phrase may start at the earliest (after a speech cue, the figure before)
     * @param following   whether a noun after the quantity names what it counts: a count's noun
     *                    (300多款人形机器人产品), or any quantity's noun after 的 (1万亿元的长期流动性)
     * @param previous    the metric of the figure named just before, in the same paragraph
     * @param periods     the periods named in the sentence: one that opens the clause is cut off, and
     *                    one inside the phrase ends it (规模由2019年的13万亿元 → 规模)
     */
    public Optional<List<Span>> resolve(String norm, int clauseFloor, Span quantity, boolean following,
                                        Optional<List<Span>> previous, int sentenceEnd, List<Span> periods) {
        boolean possessive = quantity.end() < sentenceEnd && norm.charAt(quantity.end()) == '的';
        if (following || possessive) {
            Optional<Span> noun = following(norm, quantity.end() + (possessive ? 1 : 0), sentenceEnd);
            if (noun.isPresent()) {
                return Optional.of(List.of(noun.get()));
            }
        }
        int start = quantity.start();
        while (start > clauseFloor && !CLAUSE_BREAKS.contains(norm.charAt(start - 1))) {
            start--;
        }
        int end = quantity.start();
        for (Span p : periods) {
            if (p.start() >= start && p.end() <= end) {
                Span before = clean(norm, new Span(start, p.start()));
                if (before.length() == 0 || before.length() == 1 && "到在于至".indexOf(norm.charAt(before.start())) >= 0) {
                    start = p.end(); // 预计2024年全省地区生产总值, 到2025年全国用水总量: the period opens the phrase
                } else {
                    end = Math.min(end, p.start());
                }
            }
        }
        Span phrase = clean(norm, objectOfChange(norm, clean(norm, new Span(start, Math.max(start, end)))));
        if (phrase.length() < 2) {
            return Optional.empty();
        }
        List<Span> parts = new ArrayList<>();
        previous.flatMap(p -> completion(norm, phrase, p)).ifPresent(parts::addAll);
        parts.addAll(outsideParentheses(norm, phrase));
        return Optional.of(List.copyOf(parts));
    }

    /**
     * The object of the last change verb inside the phrase, where the verb governs the metric:
     * 自5月15日起下调存款准备金率 gives 存款准备金率, 提高中长期资金入市比例 gives 中长期资金入市比例; not
     * 工业增加值 or 经济增长率, where the verb is part of the word.
     */
    private Span objectOfChange(String norm, Span phrase) {
        int objectStart = -1;
        for (int i = phrase.start(); i < phrase.end(); i++) {
            Optional<Mention<String>> verb = changeVerbs.longestAt(norm, i, phrase.end());
            if (verb.isPresent()) {
                int after = verb.get().span().end();
                if (phrase.end() - after >= 2 && NOT_OBJECT_STARTS.indexOf(norm.charAt(after)) < 0) {
                    objectStart = after;
                }
                i = after - 1;
            }
        }
        return objectStart < 0 ? phrase : new Span(objectStart, phrase.end());
    }

    /** Cuts connectives off the start, and predicates, comparisons, 的 and 了 off the end. */
    public Span clean(String norm, Span phrase) {
        int start = phrase.start();
        int end = phrase.end();
        while (start < end && Character.isWhitespace(norm.charAt(start))) {
            start++;
        }
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            Optional<Mention<String>> opener = startAffixes.longestAt(norm, start, end);
            if (opener.isPresent()) {
                start = opener.get().span().end();
                changed = true;
            }
            int affix = endAffixAt(norm, start, end);
            if (affix > 0) {
                end -= affix;
                changed = true;
            }
            if (RegionSearch.contains(norm, "连续", start, end)) {
                Matcher streak = STREAK.matcher(norm).region(start, end);
                if (streak.find()) {
                    end = streak.start(); // 已连续19个月: how long, not what
                    changed = true;
                }
            }
            int comparison = comparisonStart(norm, start, end);
            if (comparison >= 0) {
                end = comparison; // at the start the whole phrase is a comparison: no metric of its own
                changed = true;
            }
            if (end > start && (norm.charAt(end - 1) == '的' || norm.charAt(end - 1) == '了' || Character.isWhitespace(norm.charAt(end - 1)))) {
                end--;
                changed = true;
            }
        }
        return new Span(start, Math.max(start, end));
    }

    private static List<Span> outsideParentheses(String norm, Span phrase) {
        List<Span> parts = new ArrayList<>();
        int from = phrase.start();
        if (RegionSearch.indexOf(norm, '（', from, phrase.end()) >= 0 || RegionSearch.indexOf(norm, '(', from, phrase.end()) >= 0) {
            Matcher m = PARENTHESES.matcher(norm).region(phrase.start(), phrase.end());
            while (m.find()) {
                if (m.start() > from) {
                    parts.add(new Span(from, m.start()));
                }
                from = m.end();
            }
        }
        if (from < phrase.end()) {
            parts.add(new Span(from, phrase.end()));
        }
        return parts;
    }

    /**
     * Where a trailing comparison (比上年, 较去年同期) of the phrase {@code [start, end)} starts, or -1.
     * 占比, 比重, 同比 are not comparisons.
     */
    private static int comparisonStart(String norm, int start, int end) {
        // no more than MAX_COMPARISON characters follow the 比 or 较 of a comparison: only the end of the phrase is searched
        int from = Math.max(start, end - 1 - MAX_COMPARISON);
        int at = Math.max(RegionSearch.lastIndexOf(norm, '比', from, end - 1), RegionSearch.lastIndexOf(norm, '较', from, end - 1));
        if (at < 0 || end - at - 1 < 1 || end - at - 1 > MAX_COMPARISON) {
            return -1;
        }
        if (at > start && "占对同环无相".indexOf(norm.charAt(at - 1)) >= 0 || "重例率".indexOf(norm.charAt(at + 1)) >= 0) {
            return -1;
        }
        return at;
    }

    /**
     * The noun phrase from {@code from}: Han characters (and quoted names: “两重”建设项目) up to a
     * clause break or a predicate (增至, 达到); not one that opens with a numeral (90万亿元三个台阶).
     */
    Optional<Span> following(String norm, int from, int limit) {
        int end = from;
        while (end < limit && end - from < MAX_FOLLOWING && !CLAUSE_BREAKS.contains(norm.charAt(end))
                && (OfficialRecognizer.isHan(norm.charAt(end)) || norm.charAt(end) == '“' || norm.charAt(end) == '”')
                && !predicateAt(norm, end) && (end == from || nounStops.longestAt(norm, end, limit).isEmpty())) {
            end++;
        }
        if (end > from && norm.charAt(end - 1) == '的') {
            end--; // 22个省份的134处连片矿区: the noun, without the 的 that ties it to the next figure
        }
        if (end - from < 2 || norm.charAt(from) == '的' || ChineseNumerals.CHARS.indexOf(norm.charAt(from)) >= 0
                || notMetrics.longestAt(norm, from).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Span(from, end));
    }

    /**
     * What an elliptical metric leaves out of the metric before it: 强度 after 研发投入 stands for
     * 研发投入强度, and so does 投入强度; the spans returned go before the phrase.
     */
    private Optional<List<Span>> completion(String norm, Span phrase, List<Span> previous) {
        String text = norm.substring(phrase.start(), phrase.end());
        for (String head : heads) {
            if (!text.endsWith(head)) {
                continue;
            }
            String stem = text.substring(0, text.length() - head.length());
            List<Span> base = withoutHead(norm, previous);
            Span last = base.get(base.size() - 1);
            if (last.length() > stem.length() && norm.startsWith(stem, last.end() - stem.length())) {
                List<Span> parts = new ArrayList<>(base.subList(0, base.size() - 1));
                parts.add(new Span(last.start(), last.end() - stem.length()));
                return Optional.of(parts);
            }
        }
        return Optional.empty();
    }

    private boolean predicateAt(String norm, int at) {
        return predicates.longestAt(norm, at).isPresent();
    }

    /** The length of the longest end affix that ends at {@code end} and starts at or after {@code start}; 0 if none. */
    private int endAffixAt(String norm, int start, int end) {
        return endAffixTrie.longestEndingAt(norm, end, start, maxEndAffix).map(m -> m.span().length()).orElse(0);
    }

    /** The spans of a metric without its head: 研发投入强度 → 研发投入. */
    private List<Span> withoutHead(String norm, List<Span> metric) {
        Span last = metric.get(metric.size() - 1);
        for (String head : heads) {
            if (last.length() > head.length() && norm.startsWith(head, last.end() - head.length())) {
                List<Span> parts = new ArrayList<>(metric.subList(0, metric.size() - 1));
                parts.add(new Span(last.start(), last.end() - head.length()));
                return parts;
            }
        }
        return metric;
    }
}
