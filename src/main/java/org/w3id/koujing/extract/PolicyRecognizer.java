package org.w3id.koujing.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.koujing.model.Label;
import org.w3id.koujing.model.PolicyMention.Kind;
import org.w3id.koujing.model.PolicyName;
import org.w3id.koujing.model.Span;
import org.w3id.koujing.text.CharClass;

/**
 * Finds the policies a sentence names:
 * <ul>
 * <li>quoted names that read as policies (“两新”政策, 「反内卷」成果, 「公转铁」、「公转水」) rather than
 * figures of speech (打好政策「组合拳」);</li>
 * <li>the policies Koujing knows by name, wherever they stand and whichever variant the text uses;</li>
 * <li>unquoted names: a specific modifier before a word that names a policy on its own
 * (就业优先政策, 碳减排支持工具), or a name that a policy verb governs (围绕全国统一大市场建设);</li>
 * <li>the action lines of an enumeration (一是强化高质量科技供给，二是……; 首先要稳增长).</li>
 * </ul>
 * An unquoted name starts where the words before it stop it: a policy verb, a particle, a number, a
 * 的, punctuation. Only whole words stop a name (对 stops 对碳减排支持工具, not 对外开放政策), so the
 * recogniser asks ICU's dictionary-based word breaker where words begin. Not thread-safe: one
 * recogniser serves one thread.
 */
public final class PolicyRecognizer {

    /** A policy named in a sentence: where, what kind, and the known policy it is, if Koujing knows it. */
    public record Found(Span span, Kind kind, Optional<PolicyName> known) {
    }

    static final int MIN_LENGTH = 2;
    static final int MAX_QUOTED = 15;
    static final int MIN_UNQUOTED = 4;
    /** The longest modifier before a head word (国家综合货运枢纽补链强链 + 工程). */
    static final int MAX_MODIFIER = 14;
    static final int MIN_ACTION = 3;
    static final int MAX_ACTION = 18;
    /** The longest verb or stop word of policy-cues.tsv. */
    private static final int MAX_WORD = 5;
    private static final String INNER_PUNCTUATION = "，,。；;！？!?：:";
    private static final CharClass CLAUSE_BREAKS = CharClass.of(INNER_PUNCTUATION);
    private static final CharClass NAME_BREAKS = CharClass.of("，,。；;！？!?：:、（）()“”‘’《》 \t");
    private static final String NUMERALS = "一二两三四五六七八九十0123456789+";
    private static final String LIST_JOINERS = "、和与及";
    /** Words after which a head word is not a name's end: 政策性银行, 工程师, 计划在年内. */
    private static final PhraseTrie<String> NOT_AFTER_HEAD = PhraseTrie.of(List.of("性", "师", "员", "费", "局", "部", "司", "处", "署", "委", "目标", "任务",
            "例行", "吹风", "学院", "研究"));
    private static final PhraseTrie<String> NOT_AFTER_PLAN = PhraseTrie.of(List.of("在", "到", "于", "将", "今", "明", "用", "再", "投", "新", "从", "对"));
    private static final List<String> GENERIC_STARTS = List.of("更多", "更加", "进一步", "各类", "各项", "相关", "有关", "这些",
            "一些", "多项", "更好", "全面", "持续", "加快", "加强", "大力", "积极", "不断", "我国", "我们", "系列", "主要", "重点", "全年");
    /** The first characters of {@link #GENERIC_STARTS}: where none stands, none starts. */
    private static final String GENERIC_FIRSTS = GENERIC_STARTS.stream().map(g -> g.substring(0, 1)).distinct().reduce("", String::concat);
    private static final String UNITS_AFTER_NUMBER = "亿万千百元个项次家批类条年月日号时份件张户人名所座台辆";
    /** What the title of a document that sets a policy ends with. */
    private static final List<String> DOCUMENT_ENDS = List.of("方案", "意见", "条例", "办法", "规划", "规定", "通知", "纲要", "法",
            "决定", "计划", "措施", "细则", "指引", "目录", "清单", "指导意见", "实施意见");
    private static final String DEPARTMENT_ENDS = "司局厅处室";
    private static final CharClass DEPARTMENT_LAST = CharClass.of(DEPARTMENT_ENDS);
    private static final Pattern DEPARTMENT_AFTER = Pattern.compile("(与|和)?\\p{IsHan}{0,5}?[" + DEPARTMENT_ENDS + "](司长|副司长|局长|副局长|主任|负责人|[，,、。（(])");
    /** How far from its start {@link #DEPARTMENT_AFTER} may end a department's name: 与 and five characters before it. */
    private static final int DEPARTMENT_REACH = 7;
    private static final Set<String> COORDINATORS = Set.of("和", "与", "及");
    /** A modifier that ends with a count counts the policies rather than naming one (三类政策, 两项补贴). */
    private static final Pattern COUNT_AT_END = Pattern.compile("[一二两三四五六七八九十几多]+(项|个|类|条|批|方面|大类|种)$");
    /** A character of each measure word of {@link #COUNT_AT_END}: where none stands, the pattern is not tried. */
    private static final String COUNT_MEASURES = "项个类条批面种";
    private static final String COUNT_NUMERALS = "一二两三四五六七八九十百几多";
    private static final Pattern COUNT = Pattern.compile("[" + COUNT_NUMERALS + "]+(项|个|张|类|条|批|方面|大类|种|份|款)(共[一二三四五六七八九十]+项)?");
    /** 一个, 一项: an article's count, not a slogan's numeral (“是一个重大利好”). */
    private static final Pattern SINGLE_COUNT = Pattern.compile("一[个项种次批些]");
    private static final List<String> SKIPPED_BEFORE_NAME = List.of("好", "一批", "一系列", "一揽子");
    private static final PhraseTrie<String> ENUMERATION = new PhraseTrie<>();
    private static final List<String> ENUMERATION_MARKERS = List.of("一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
            "一要", "二要", "三要", "四要", "五要", "首先", "其次", "再次", "第三是", "最后是");
    private static final List<String> AFTER_ENUMERATION = List.of("要", "将", "是", "，", ",", "在");

    static {
        ENUMERATION_MARKERS.forEach(m -> ENUMERATION.put(m, m));
    }

    private final PhraseTrie<PolicyName> known = new PhraseTrie<>();
    private final Set<String> notPolicies;
    private final Set<String> planPeriods;
    private final PhraseTrie<String> verbs = new PhraseTrie<>();
    private final PhraseTrie<String> stops = new PhraseTrie<>();
    private final PhraseTrie<String> afterWords = new PhraseTrie<>();
    private final PhraseTrie<Boolean> heads = new PhraseTrie<>();
    private final Set<String> generic;
    private final List<String> metaphorMarkers;
    private final PhraseTrie<String> actionVerbs = new PhraseTrie<>();
    private final BreakIterator words = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);

    public PolicyRecognizer(List<PolicyName> policies, Set<String> notPolicies, Set<String> planPeriods, List<String[]> cues) {
        for (PolicyName p : policies) {
            known.put(p.name().hans(), p);
            p.variants().forEach(v -> known.put(v, p));
        }
        this.notPolicies = Set.copyOf(notPolicies);
        this.planPeriods = Set.copyOf(planPeriods);
        Set<String> genericWords = new HashSet<>();
        List<String> markers = new ArrayList<>();
        for (String[] r : cues) {
            switch (r[0]) {
                case "verb" -> verbs.put(r[1], r[1]);
                case "stop" -> stops.put(r[1], r[1]);
                case "after" -> afterWords.put(r[1], r[1]);
                case "head" -> heads.put(r[1], false);
                case "name" -> heads.put(r[1], true);
                case "generic" -> genericWords.add(r[1]);
                case "metaphor" -> markers.add(r[1]);
                case "action" -> actionVerbs.put(r[1], r[1]);
                default -> throw new IllegalStateException("policy cue of unknown kind: " + r[0]);
            }
        }
        this.generic = Set.copyOf(genericWords);
        this.metaphorMarkers = List.copyOf(markers);
    }

    /** The recogniser with Koujing's lexicons; five-year plans are periods, not policies. */
    public static PolicyRecognizer fromLexicon(List<PolicyName> policies) {
        Set<String> plans = new HashSet<>();
        Lexicon.rows("plan-periods.tsv", 3).forEach(r -> plans.add(r[0]));
        Set<String> not = new HashSet<>(Lexicon.words("not-policies.txt"));
        not.addAll(plans);
        return new PolicyRecognizer(policies, not, plans, Lexicon.rows("policy-cues.tsv", 2));
    }

    /** The policies named in {@code sentence} of the normalised text, in text order. */
    public List<Found> find(String norm, Span sentence) {
        List<Found> found = new ArrayList<>();
        List<Span> quotes = quoted(norm, sentence);
        List<Span> accepted = new ArrayList<>();
        for (Span inner : quotes) {
            String name = name(norm, inner);
            if (!notPolicies.contains(name) && (knownIn(name).isPresent() || score(norm, sentence, inner, name) >= 1)) {
                accepted.add(inner);
            }
        }
        acceptListedWithAccepted(norm, quotes, accepted);
        for (Span inner : accepted) {
            found.add(new Found(inner, Kind.NAME, knownIn(name(norm, inner))));
        }
        for (Span title : documentTitles(norm, sentence)) {
            addIfFree(found, quotes, new Found(title, Kind.NAME, knownIn(name(norm, title))));
        }
        for (Mention<PolicyName> m : known.findAll(norm, sentence.start(), sentence.end())) {
            addIfFree(found, quotes, new Found(m.span(), Kind.NAME, Optional.of(m.value())));
        }
        for (Span name : unquotedNames(norm, sentence)) {
            if (!notPolicies.contains(name(norm, name))) {
                addIfFree(found, quotes, new Found(name, Kind.NAME, knownIn(name(norm, name))));
            }
        }
        for (Span line : actionLines(norm, sentence)) {
            addIfFree(found, quotes, new Found(line, Kind.ACTION_LINE, Optional.empty()));
        }
        found.sort(Comparator.comparing(Found::span));
        return found;
    }

    private static void addIfFree(List<Found> found, List<Span> quotes, Found candidate) {
        Span s = candidate.span();
        boolean splitsQuote = quotes.stream().anyMatch(q -> q.overlaps(s) && !s.contains(new Span(q.start() - 1, q.end() + 1)));
        if (found.stream().noneMatch(f -> f.span().overlaps(s)) && !splitsQuote) {
            found.add(candidate);
        }
    }

    private static String name(String norm, Span span) {
        return norm.substring(span.start(), span.end()).strip();
    }

    /**
     * How much the words around a quoted phrase say it is a policy: a policy verb before it, a
     * policy word after it or at its end, a numeral or a plus in it count for; a figure-of-speech
     * marker before it, a 的 in it, or the length of a quoted sentence count against.
     */
    private int score(String norm, Span sentence, Span inner, String name) {
        int open = inner.start() - 1;
        int close = inner.end() + 1;
        int score = 0;
        if (verbInClauseBefore(norm, sentence, open)) {
            score++;
        }
        if (close < sentence.end() && afterWords.longestAt(norm, close, sentence.end()).isPresent()) {
            score++;
        }
        boolean headed = heads.longestEndingAt(name, name.length(), 1, 5).isPresent();
        if (headed) {
            score++;
        }
        if (name.chars().anyMatch(c -> NUMERALS.indexOf(c) >= 0) && name.chars().noneMatch(c -> "第连次".indexOf(c) >= 0)
                && !SINGLE_COUNT.matcher(name).find()) {
            score++;
        }
        if (metaphorMarkers.stream().anyMatch(w -> open >= w.length() && norm.startsWith(w, open - w.length()))) {
            score -= 2;
        }
        if (name.contains("的")) {
            score--;
        }
        String[] segments = name.split("、");
        if (segments.length >= 2 && Arrays.stream(segments).allMatch(p -> p.length() >= 2 && p.length() <= 4 && !p.contains("了") && !p.contains("的"))) {
            score++; // 保基本、兜底线、防风险、可持续: a slogan of parallel phrases
        }
        if (Arrays.stream(segments).mapToInt(String::length).max().orElse(0) > 8 && !headed) {
            score--;
        }
        return score;
    }

    /** A quoted phrase listed with an accepted one (「公转铁」、「公转水」, “两重”“两新”) is a policy too. */
    private void acceptListedWithAccepted(String norm, List<Span> quotes, List<Span> accepted) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i + 1 < quotes.size(); i++) {
                Span a = quotes.get(i);
                Span b = quotes.get(i + 1);
                if (accepted.contains(a) != accepted.contains(b) && listed(norm, a, b)) {
                    Span other = accepted.contains(a) ? b : a;
                    if (!notPolicies.contains(name(norm, other))) {
                        accepted.add(other);
                        grew = true;
                    }
                }
            }
        }
        accepted.sort(Comparator.naturalOrder());
    }

    /** Two quotations side by side, or joined by 、 和 与 及. */
    private static boolean listed(String norm, Span a, Span b) {
        String between = norm.substring(a.end() + 1, b.start() - 1);
        return between.isEmpty() || between.length() == 1 && LIST_JOINERS.contains(between);
    }

    /**
     * A policy verb earlier in the clause of a quotation: 推动大宗货物和集装箱中长距离运输「公转铁」
     * (the verb governs the whole phrase the quotation ends).
     */
    private boolean verbInClauseBefore(String norm, Span sentence, int open) {
        int from = open;
        while (from > sentence.start() && !CLAUSE_BREAKS.contains(norm.charAt(from - 1)) && norm.charAt(from - 1) != '”') {
            from--;
        }
        for (int i = from; i < open; i++) {
            if (verbs.longestAt(norm, i, open).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Unquoted names, each ending with a head word: 碳减排支持工具 on its own, 国家水网建设 only where a
     * policy verb governs it. Where names nest (三年行动 in 教育强国建设三年行动计划), the longest stands.
     */
    private List<Span> unquotedNames(String norm, Span sentence) {
        List<Span> names = new ArrayList<>();
        WordStarts boundaries = new WordStarts(norm, sentence);
        for (int end = sentence.end(); end > sentence.start(); end--) {
            Optional<Mention<Boolean>> head = heads.longestEndingAt(norm, end, sentence.start(), 5);
            if (head.isEmpty() || !endsName(norm, head.get().span(), sentence)) {
                continue;
            }
            Optional<Span> name = nameEndingWith(norm, sentence, head.get(), boundaries);
            if (name.isPresent()) {
                Span n = name.get();
                names.removeIf(n::contains);
                if (names.stream().noneMatch(other -> other.contains(n))) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    /** Whether the head word ends a name, rather than starting a longer word or a verb phrase. */
    private static boolean endsName(String norm, Span head, Span sentence) {
        int next = head.end();
        if (next >= sentence.end()) {
            return true;
        }
        String word = norm.substring(head.start(), head.end());
        if (NOT_AFTER_HEAD.longestAt(norm, next).isPresent()) {
            return false;
        }
        if (departmentEndWithin(norm, next, Math.min(sentence.end(), next + DEPARTMENT_REACH))
                && DEPARTMENT_AFTER.matcher(norm).region(next, sentence.end()).lookingAt()) {
            return false; // 海洋战略规划与经济司: a department's name
        }
        if (Character.isDigit(norm.charAt(next))) {
            return false; // 每件最多补贴500元, 计划2025年: a verb
        }
        boolean plan = word.endsWith("计划") || word.endsWith("规划");
        return !(plan && NOT_AFTER_PLAN.longestAt(norm, next).isPresent());
    }

    /** Whether a department's last character (司, 局 ...) stands in {@code [from, to)}: the cheap test before the pattern. */
    private static boolean departmentEndWithin(String norm, int from, int to) {
        return DEPARTMENT_LAST.anyIn(norm, from, to);
    }

    private Optional<Span> nameEndingWith(String norm, Span sentence, Mention<Boolean> head, WordStarts wordStarts) {
        int headStart = head.span().start();
        Edge edge = leftEdge(norm, sentence, headStart, Math.max(sentence.start(), headStart - MAX_MODIFIER), wordStarts);
        int start = stripCount(norm, stripGenericStart(norm, edge.start(), headStart), headStart);
        String modifier = norm.substring(start, headStart);
        Span name = new Span(start, head.span().end());
        String bare = modifier.replace("“", "").replace("”", "");
        if (name.length() < MIN_UNQUOTED || bare.length() < 2 || generic.contains(bare) || planPeriods.contains(bare)
                || bare.chars().anyMatch(c -> COUNT_MEASURES.indexOf(c) >= 0) && COUNT_AT_END.matcher(bare).find()
                || (bare.endsWith("型") || bare.endsWith("性")) && wordStarts.at(headStart - 1)
                || heads.longestAt(modifier, 0).filter(m -> m.span().length() == modifier.length()).isPresent()) {
            return Optional.empty();
        }
        // a two-character modifier names a policy only as the object of a policy verb (推进县中振兴)
        return edge.governed() || head.value() && modifier.length() > 2 ? Optional.of(name) : Optional.empty();
    }

    /** Where a name that ends at {@code from} starts, and whether a policy verb governs it. */
    private record Edge(int start, boolean governed, boolean atBreak) {
    }

    private Edge leftEdge(String norm, Span sentence, int from, int floor, WordStarts wordStarts) {
        int start = from;
        while (start > floor) {
            char c = norm.charAt(start - 1);
            if (c == '”') {
                int open = RegionSearch.lastIndexOf(norm, '“', floor + 1, start - 1);
                if (open > floor && planPeriods.contains(norm.substring(open + 1, start - 1))) {
                    start = open; // 水安全保障“十五五”规划
                    continue;
                }
                return new Edge(start, false, true);
            }
            if (c >= '0' && c <= '9' || c == '%' || c == '.') {
                while (start < from && UNITS_AFTER_NUMBER.indexOf(norm.charAt(start)) >= 0) {
                    start++; // 1.2亿进境……: the unit of the number is not the name's
                }
                return new Edge(start, false, true);
            }
            if (NAME_BREAKS.contains(c) || c == '的') {
                return new Edge(start, false, true);
            }
            Optional<Mention<String>> verb = wordEndingAt(verbs, norm, start, floor, wordStarts);
            if (verb.isPresent() && start == from && verb.get().span().length() >= 2) {
                start = verb.get().span().start(); // 智能工厂梯度培育行动: a verb right before the head is the name's
                continue;
            }
            if (verb.isPresent()) {
                return new Edge(start, true, false);
            }
            Optional<Mention<String>> stop = wordEndingAt(stops, norm, start, floor, wordStarts);
            if (stop.isPresent()) {
                String w = name(norm, stop.get().span());
                int before = stop.get().span().start();
                if (COORDINATORS.contains(w) && from - start >= 2 && heads.longestEndingAt(norm, before, floor, 5).isEmpty()) {
                    // 设立服务消费与养老再贷款: a coordination is one name where a verb or a clause break bounds it
                    Edge further = leftEdge(norm, sentence, before, floor, wordStarts);
                    if ((further.governed() || further.atBreak()) && before - further.start() >= 2) {
                        return further;
                    }
                }
                boolean governed = SKIPPED_BEFORE_NAME.contains(w) && wordEndingAt(verbs, norm, before, sentence.start(), wordStarts).isPresent();
                return new Edge(start, governed, false);
            }
            start--;
        }
        return new Edge(start, false, start == sentence.start());
    }

    /** Skips a count before a name: 八项增量政策 names 增量政策, 两方面政策 names nothing. */
    private static int stripCount(String norm, int start, int limit) {
        if (start >= limit || COUNT_NUMERALS.indexOf(norm.charAt(start)) < 0) {
            return start;
        }
        Matcher m = COUNT.matcher(norm).region(start, limit);
        return m.lookingAt() ? m.end() : start;
    }

    private static int stripGenericStart(String norm, int start, int limit) {
        boolean stripped = true;
        while (stripped && start < limit && GENERIC_FIRSTS.indexOf(norm.charAt(start)) >= 0) {
            stripped = false;
            for (String g : GENERIC_STARTS) {
                if (start + g.length() <= limit && norm.startsWith(g, start)) {
                    start += g.length();
                    stripped = true;
                }
            }
        }
        return start;
    }

    /**
     * The longest word of the list that ends at {@code end} as a word: a word of two or more
     * characters stands on its own; one character may be part of a word (对 in 对外开放).
     */
    private static Optional<Mention<String>> wordEndingAt(PhraseTrie<String> list, String norm, int end, int floor, WordStarts wordStarts) {
        return list.longestEndingAt(norm, end, floor, MAX_WORD).filter(m -> m.span().length() > 1 || wordStarts.at(end));
    }

    /**
     * Where ICU's dictionary-based word breaker starts a word, asked about one place at a time: the
     * words around the place (a few characters each side, within the sentence) are broken when the
     * place is first asked about. Most extensions of a name end at punctuation or a verb, so most
     * sentences are never broken into words.
     */
    private final class WordStarts {
        private static final int CONTEXT = 6;
        private final String norm;
        private final Span sentence;
        private Span window = new Span(0, 0);
        private int[] starts = new int[0];

        WordStarts(String norm, Span sentence) {
            this.norm = norm;
            this.sentence = sentence;
        }

        boolean at(int position) {
            if (position <= sentence.start() || position >= sentence.end()) {
                return true;
            }
            if (position < window.start() + CONTEXT / 2 && window.start() > sentence.start()
                    || position > window.end() - CONTEXT / 2 && window.end() < sentence.end() || window.length() == 0) {
                window = new Span(Math.max(sentence.start(), position - CONTEXT), Math.min(sentence.end(), position + CONTEXT));
                words.setText(norm.substring(window.start(), window.end()));
                int[] found = new int[window.length() + 1];
                int n = 0;
                for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
                    found[n++] = window.start() + b;
                }
                starts = Arrays.copyOf(found, n);
            }
            return Arrays.binarySearch(starts, position) >= 0;
        }
    }

    /**
     * The action lines of enumeration items: 一是 (or 二要, 首先, 其次……) at the start of a clause,
     * followed by an action verb, up to the end of the clause: 一要强化高质量科技供给 gives
     * 强化高质量科技供给; 首先防范汇率超调，其次防范异常跨境资金流动风险 gives both.
     */
    private List<Span> actionLines(String norm, Span sentence) {
        List<Span> lines = new ArrayList<>();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (i > sentence.start() && !startsClause(norm, i)) {
                continue; // a marker opens the sentence or a clause
            }
            Optional<Mention<String>> marker = ENUMERATION.longestAt(norm, i, sentence.end());
            if (marker.isEmpty()) {
                continue;
            }
            int start = marker.get().span().end();
            for (String skip : AFTER_ENUMERATION) {
                if (norm.startsWith(skip, start)) {
                    start += skip.length();
                }
            }
            if (start >= sentence.end() || actionVerbs.longestAt(norm, start, sentence.end()).isEmpty()) {
                continue;
            }
            int end = start;
            while (end < sentence.end() && !CLAUSE_BREAKS.contains(norm.charAt(end))) {
                end++;
            }
            if (end - start >= MIN_ACTION && end - start <= MAX_ACTION) {
                lines.add(new Span(start, end));
            }
            i = end;
        }
        return lines;
    }

    private static boolean startsClause(String norm, int position) {
        return CLAUSE_BREAKS.contains(norm.charAt(position - 1)) || norm.charAt(position - 1) == '“';
    }

    /**
     * The known policy a phrase names: the phrase is its name or a variant, quote marks aside, or
     * that and a policy word (“两新”政策, 专精特新中小企业 is not: 中小企业 is no policy word). A
     * phrase that only contains a known name (《建材行业稳增长工作方案》) is a policy of its own.
     */
    private Optional<PolicyName> knownIn(String phrase) {
        String bare = phrase.replace("“", "").replace("”", "").strip();
        Optional<PolicyName> exact = exactly(bare);
        if (exact.isPresent()) {
            return exact;
        }
        return heads.longestEndingAt(bare, bare.length(), 1, 5).flatMap(h -> exactly(bare.substring(0, h.span().start())));
    }

    private Optional<PolicyName> exactly(String name) {
        return known.longestAt(name, 0).filter(m -> m.span().length() == name.length()).map(Mention::value);
    }

    /**
     * The titles in book-title marks of the documents that set policies: 《关于推动中长期资金入市工作的实施方案》,
     * 《保障中小企业款项支付条例》; not newspapers, reports or bulletins (《2024年统计公报》).
     */
    private List<Span> documentTitles(String norm, Span sentence) {
        List<Span> titles = new ArrayList<>();
        int end = sentence.end();
        for (int open = RegionSearch.indexOf(norm, '《', sentence.start(), end); open >= 0; open = RegionSearch.indexOf(norm, '《', open + 1, end)) {
            int close = RegionSearch.indexOf(norm, '》', open, end);
            if (close < 0) {
                break;
            }
            String title = norm.substring(open + 1, close);
            if (title.length() >= MIN_UNQUOTED && DOCUMENT_ENDS.stream().anyMatch(title::endsWith)) {
                titles.add(new Span(open + 1, close));
            }
        }
        return titles;
    }

    /** The spans of quoted phrases (without their marks) short enough to be names, with no clause punctuation inside. */
    private static List<Span> quoted(String norm, Span sentence) {
        List<Span> found = new ArrayList<>();
        int open = -1;
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = norm.charAt(i);
            if (c == '“') {
                open = i + 1;
            } else if (c == '”' && open >= 0) {
                Span inner = new Span(open, i);
                String name = norm.substring(open, i).strip();
                if (name.length() >= MIN_LENGTH && name.length() <= MAX_QUOTED
                        && name.chars().noneMatch(ch -> INNER_PUNCTUATION.indexOf(ch) >= 0)) {
                    found.add(inner);
                }
                open = -1;
            }
        }
        return found;
    }

    /** A label for a policy: the known policy's names, or the text's. */
    public static Label label(Found f, Label asWritten) {
        return f.known().map(PolicyName::name).orElse(asWritten);
    }
}
