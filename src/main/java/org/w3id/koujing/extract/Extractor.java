package org.w3id.koujing.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.model.Attribution;
import org.w3id.koujing.model.Change;
import org.w3id.koujing.model.Claim;
import org.w3id.koujing.model.ClaimKind;
import org.w3id.koujing.model.Extraction;
import org.w3id.koujing.model.Figure;
import org.w3id.koujing.model.FigureKind;
import org.w3id.koujing.model.Label;
import org.w3id.koujing.model.Ministry;
import org.w3id.koujing.model.Official;
import org.w3id.koujing.model.Period;
import org.w3id.koujing.model.PolicyMention;
import org.w3id.koujing.model.PolicyName;
import org.w3id.koujing.model.Qualifier;
import org.w3id.koujing.model.Script;
import org.w3id.koujing.model.Span;
import org.w3id.koujing.model.Unit;
import org.w3id.koujing.text.Block;
import org.w3id.koujing.text.CharClass;
import org.w3id.koujing.text.Document;
import org.w3id.koujing.text.DocumentParser;
import org.w3id.koujing.text.ScriptConverter;
import org.w3id.koujing.text.Sentence;

/**
 * Runs the recognisers over an article and groups what they find into claims: each body sentence
 * with a speaker, a figure or a policy is one claim.
 *
 * <p>A speaker named with a speech verb governs the rest of the paragraph and the paragraphs after
 * it in its section, until narration starts; a headline starts a new section, and its own figures
 * are claims without a speaker. A figure takes the nearest period before it in the article, and
 * the metric of the figure before it when its own clause names none (出口25.45万亿元，增长7.1%).
 *
 * <p>An extractor is not thread-safe (its recognisers keep ICU break iterators): use one per thread.
 */
public final class Extractor {

    /** Text between two figures that makes the second continue the first (70万亿元、80万亿元). */
    private static final Set<String> LIST_JOINERS = Set.of("、", "和", "及", "与", "以及");
    private static final int MAX_LIST_JOINER = 2;
    /** How far the speech verb may stand from the name that follows a quotation (“……”王某在会上说). */
    private static final int MAX_QUOTE_CUE_GAP = 8;
    /** How long a sentence that only leads into a paragraph may be. */
    private static final int MAX_LEAD_IN = 20;
    /** What ends the clause of a figure. */
    private static final CharClass CLAUSE_BREAKS = CharClass.of("，,；;：:。！？!?");

    private final MinistryRecognizer ministries;
    private final OfficialRecognizer officials = OfficialRecognizer.fromLexicon();
    private final SpeechCues cues = SpeechCues.fromLexicon();
    private final Narration narration = Narration.fromLexicon();
    private final PeriodRecognizer periods = PeriodRecognizer.fromLexicon();
    /** 今年预算, 全年目标: a period named as the term of a plan. */
    private static final Pattern PLAN_AFTER = Pattern.compile("(?:的)?(?:预算|目标|计划)");
    /** The characters {@link #PLAN_AFTER} may start with: where none follows a period, the pattern is not tried. */
    private static final CharClass PLAN_AFTER_FIRSTS = CharClass.of("的预目计");
    /** 从2024年开始，连续五年: a run of years that starts with the one named before it. */
    private static final Pattern STARTING = Pattern.compile("(?:开始|起)[，,]?$");
    /** 连续4年: a run of years (not 连续第二年, which says what the year in hand is). */
    private static final Pattern CONSECUTIVE_YEARS = Pattern.compile("连续(\\d{1,2}|[一二两三四五六七八九十]{1,3})个?年");
    private final QuantityRecognizer quantities;
    private final MetricResolver metrics = MetricResolver.fromLexicon();
    private final PolicyRecognizer policies;
    private final ClaimKinds kinds = ClaimKinds.fromLexicon();
    private final ChangeRecognizer changes = ChangeRecognizer.fromLexicon();
    private final List<String> stockHeads = Lexicon.lines("stock-heads.txt").stream().filter(l -> !l.startsWith("flow ")).map(String::strip).toList();
    private final List<String> flowMarkers = Lexicon.lines("stock-heads.txt").stream().filter(l -> l.startsWith("flow ")).map(l -> l.substring(5).strip()).toList();
    /** Phrases in a metric's place that measure nothing (高于, 两者, 先后): the figure's metric is the one before. */
    private final Set<String> emptyMetrics = Set.copyOf(Lexicon.words("empty-metrics.txt"));

    public Extractor(List<Ministry> gazetteer, UnitCatalog units, List<PolicyName> knownPolicies) {
        this.ministries = new MinistryRecognizer(gazetteer);
        this.quantities = QuantityRecognizer.fromLexicon(units);
        this.policies = PolicyRecognizer.fromLexicon(knownPolicies);
    }

    public Extraction extract(Article article) {
        Document doc = DocumentParser.parse(article);
        List<Mention<Ministry>> ministryMentions = ministries.find(doc);
        OfficialRecognizer.Result found = officials.find(doc, ministryMentions, ministries.places(doc));
        Walk walk = new Walk(doc, found.mentions(), ministryMentions);
        for (Block block : doc.blocks()) {
            walk.block(block);
        }
        return new Extraction(withTitle(doc), doc.script(), mentioned(ministryMentions, found.officials()), found.officials(),
                withoutRepeatedHeadlineFigures(walk.claims, walk.headlines, walk.norm));
    }

    /**
     * A headline figure that the body states again (same value, same unit) is left to the body, which
     * says who said it and for when; the claims are numbered again in text order.
     */
    private List<Claim> withoutRepeatedHeadlineFigures(List<Claim> claims, Set<Claim> headlines, String norm) {
        Set<Amount> stated = new HashSet<>();
        for (Claim c : claims) {
            if (!headlines.contains(c)) {
                c.figures().forEach(f -> stated.add(Amount.of(f)));
            }
        }
        List<Claim> kept = new ArrayList<>();
        for (Claim c : claims) {
            List<Figure> figures = headlines.contains(c)
                    ? c.figures().stream().filter(f -> !stated.contains(Amount.of(f))).toList()
                    : c.figures();
            if (!headlines.contains(c) || !figures.isEmpty() || !c.policies().isEmpty()) {
                // a headline that keeps fewer figures does what the figures it keeps do
                Set<ClaimKind> what = figures.size() == c.figures().size() ? c.kinds() : kinds.ofClaim(norm, c.span(), figures, false);
                kept.add(new Claim(kept.size() + 1, c.span(), c.quote(), c.speaker(), c.attribution(), figures, c.policies(), what));
            }
        }
        return kept;
    }

    /** A figure's value and unit; without trailing zeros, one value has one form (5.30 is 5.3). */
    private record Amount(BigDecimal value, String unit) {
        static Amount of(Figure f) {
            return new Amount(f.value().stripTrailingZeros(), f.unit().code());
        }
    }

    /**
     * The state carried from sentence to sentence while walking through one article. What a
     * sentence asks of the whole article (its mentions, the sentences of a paragraph) it finds
     * without going through the article, so that the walk stays linear in the article's length.
     */
    private final class Walk {
        final Document doc;
        final String norm;
        /** The mentions of officials, in text order. */
        final List<Mention<Official>> mentions;
        final List<Mention<Ministry>> ministryMentions;
        /** The mentions of ministries in text order, to find those of a sentence. */
        final List<Mention<Ministry>> ministriesInOrder;
        /** The sentences of each block, by the block's index. */
        final List<List<Span>> sentencesByBlock = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();
        // by identity: a claim is a deep record, and hashing it costs more than the walk
        final Set<Claim> headlines = Collections.newSetFromMap(new IdentityHashMap<>());
        Optional<Official> speaker = Optional.empty();
        Optional<Period> period = Optional.empty();
        Optional<Period> topicPeriod = Optional.empty();
        /** Whether a sentence of the paragraph in hand has set the topic: the first that names one does. */
        boolean topicSet = false;
        /** The period the last sentence that named one led with: what 同期 at the head of a sentence means. */
        Optional<Period> lead = Optional.empty();
        /** The holiday named last (国庆假期), which a holiday word alone refers back to (假期全社会……). */
        Optional<Period> holiday = Optional.empty();
        Optional<List<Span>> metric = Optional.empty();
        Optional<Change.Base> base = Optional.empty();

        Walk(Document doc, List<Mention<Official>> mentions, List<Mention<Ministry>> ministryMentions) {
            this.doc = doc;
            this.norm = doc.norm();
            this.mentions = mentions;
            this.ministryMentions = ministryMentions;
            List<Mention<Ministry>> inOrder = new ArrayList<>(ministryMentions);
            inOrder.sort(Comparator.comparing(Mention::span));
            this.ministriesInOrder = inOrder;
            doc.blocks().forEach(b -> sentencesByBlock.add(new ArrayList<>()));
            for (Sentence s : doc.sentences()) {
                sentencesByBlock.get(s.block()).add(s.span());
            }
        }

        void block(Block block) {
            metric = Optional.empty();
            period = topicPeriod; // a quarter or a month named in one paragraph does not carry into the next
            topicSet = false;
            if (block.headline()) {
                speaker = Optional.empty(); // a headline starts a new section
                headline(block.span());
                return;
            }
            List<Span> sentences = sentencesByBlock.get(block.index());
            for (int i = 0; i < sentences.size(); i++) {
                Optional<Official> quoted = i + 1 < sentences.size() ? speakerAfterQuote(sentences.get(i), sentences.get(i + 1)) : Optional.empty();
                // A paragraph continues the speaker before it within a section, unless narration starts:
                // a short lead-in sentence (再看农民的“钱袋子”。) lets the next one decide.
                boolean opens = i == 0 || i == 1 && isLeadIn(sentences.get(0));
                sentence(sentences.get(i), opens, quoted);
            }
        }

        /**
         * The speaker of a quotation named right after it: “……。”王某说，…… (the sentence splitter
         * ends the quotation's sentence at its closing mark, so the speaker opens the next one).
         */
        Optional<Official> speakerAfterQuote(Span quotation, Span next) {
            char last = norm.charAt(quotation.end() - 1);
            if (last != '”' && last != '’') {
                return Optional.empty();
            }
            return cues.find(norm, next, within(mentions, next))
                    .filter(c -> c.mention().start() == next.start() && c.verbEnd() - c.mention().end() <= MAX_QUOTE_CUE_GAP)
                    .map(SpeechCues.Cue::official);
        }

        /** A short sentence without a number or a speaker that only leads into the paragraph. */
        boolean isLeadIn(Span sentence) {
            return sentence.length() <= MAX_LEAD_IN && quantitiesIn(sentence).isEmpty()
                    && cues.find(norm, sentence, within(mentions, sentence)).isEmpty();
        }

        /**
         * A headline is the outlet's words: its figures and policies are claims with no speaker, and
         * what it names carries into nothing (the body says it again, with its speaker and period).
         */
        void headline(Span span) {
            Optional<Period> savedPeriod = period;
            Optional<Period> savedTopic = topicPeriod;
            Optional<List<Span>> savedMetric = metric;
            Optional<Change.Base> savedBase = base;
            List<Mention<Period>> headlinePeriods = periods.find(norm, span.start(), span.end(), doc.article().date(), Optional.empty());
            List<Figure> figures = figures(span, Optional.empty(), headlinePeriods, new PeriodRecognizer.Bases());
            List<PolicyMention> named = policyMentions(span);
            if (!figures.isEmpty() || !named.isEmpty()) {
                Claim claim = new Claim(claims.size() + 1, span, doc.original(span), Optional.empty(), Attribution.NONE, figures, named,
                        kinds.ofClaim(norm, span, figures, anyPast(headlinePeriods)));
                claims.add(claim);
                headlines.add(claim);
            }
            period = savedPeriod;
            topicPeriod = savedTopic;
            metric = savedMetric;
            base = savedBase;
        }

        void sentence(Span span, boolean opensParagraph, Optional<Official> quoted) {
            Optional<SpeechCues.Cue> cue = cues.find(norm, span, within(mentions, span));
            Attribution attribution;
            if (cue.isEmpty() && quoted.isPresent()) {
                speaker = quoted;
                attribution = Attribution.QUOTATION;
            } else if (cue.isEmpty() && narration.isAnswer(norm, span)) {
                // 答： in a transcript: the official who was last named answers
                speaker = lastMentionedBefore(span.start());
                attribution = speaker.isPresent() ? Attribution.EXPLICIT_CUE : Attribution.NONE;
            } else if (cue.isEmpty() && narration.isQuestion(norm, span)) {
                speaker = Optional.empty();
                attribution = Attribution.NONE;
            } else if (cue.isPresent()) {
                speaker = Optional.of(cue.get().official());
                attribution = Attribution.EXPLICIT_CUE;
            } else if (narration.isNarration(norm, span, opensParagraph, firstFigureStart(span)) || opensParagraph && bodyNarrates(span)
                    || citesAnotherBody(span) || narration.unnamedSpeaker(norm, span) && noOfficialIn(span)) {
                speaker = Optional.empty();
                attribution = Attribution.NONE;
            } else {
                attribution = speaker.isPresent() ? Attribution.CARRY_OVER : Attribution.NONE;
            }
            Optional<Integer> contextYear = period.flatMap(p -> p.end().or(p::start)).map(d -> d.getYear())
                    .or(() -> doc.article().date().map(d -> d.getYear()));
            PeriodRecognizer.Bases bases = new PeriodRecognizer.Bases();
            List<Mention<Period>> sentencePeriods = periods.find(norm, span.start(), span.end(), doc.article().date(), contextYear, bases);
            referBackToHoliday(span, sentencePeriods);
            samePeriodOfYear(sentencePeriods);
            referBackToLead(span, sentencePeriods);
            List<Figure> figures = figures(span, cue, sentencePeriods, bases);
            for (Mention<Period> p : sentencePeriods) {
                if (!isSubPeriod(norm, p.span()) && !inPassing(norm, p.span())) {
                    period = Optional.of(p.value()); // not 其中3月份: a part named in passing
                }
            }
            // The period a paragraph is about carries into the next: the one period of the first sentence
            // that names one (9月份……。1月至9月平均……: September), not a part of an enumeration (一季度……
            // 四季度), but the last of the years it names (由2020年的第14位升至2024年的第10位: 2024).
            List<Mention<Period>> topical = sentencePeriods.stream().filter(p -> !inPassing(norm, p.span())).toList();
            boolean since = topical.size() == 1 && norm.startsWith("以来", topical.get(0).span().end() - 2);
            if (topical.size() == 1 && period.flatMap(Period::start).isPresent() && !(since && topicPeriod.isPresent()) && !topicSet) {
                // a level at a date (2024年末) is not what the next paragraph is about, nor a run since a
                // date told on the way (前三季度……。该负责人指出，自7月份以来，……) once the article has a topic
                topicPeriod = period;
                topicSet = true;
            } else if (topical.size() > 1) {
                // “十四五”期间……，2022年以来……连续4年: the plan, not the run since a year that one figure had
                List<Mention<Period>> spans = topical.stream().filter(p -> !norm.startsWith("以来", p.span().end() - 2)).toList();
                (spans.isEmpty() ? topical : spans).stream().map(Mention::value).filter(Extractor::spansYears).reduce((first, second) -> second)
                        .ifPresent(p -> topicPeriod = Optional.of(p));
            }
            List<PolicyMention> named = policyMentions(span);
            if (speaker.isPresent() || !figures.isEmpty() || !named.isEmpty()) {
                claims.add(new Claim(claims.size() + 1, span, doc.original(span), speaker, attribution, figures, named,
                        kinds.ofClaim(norm, span, figures, anyPast(sentencePeriods))));
            }
        }

        /**
         * 核心CPI同比由上月下降0.1%转为上涨0.5%: the figure after 由上月 is the month before the one in
         * hand, the figure after 转为 the month itself.
         */
        Optional<Period> lastMonthTurned(Span figure, Optional<Period> figurePeriod) {
            // 由上月 and at most a change verb (下降, 上涨) before the number
            boolean fromLastMonth = RegionSearch.lastIndexOf(norm, "由上月", Math.max(0, figure.start() - LAST_MONTH_REACH), figure.start()) >= 0;
            Optional<Period> month = figurePeriod.filter(p -> p.start().isPresent() && p.end().isPresent()
                    && YearMonth.from(p.start().get()).equals(YearMonth.from(p.end().get())) && p.start().get().getDayOfMonth() == 1
                    && p.end().get().equals(YearMonth.from(p.end().get()).atEndOfMonth()));
            if (!fromLastMonth || month.isEmpty()) {
                return figurePeriod;
            }
            YearMonth before = YearMonth.from(month.get().start().get()).minusMonths(1);
            return Optional.of(Period.between(before.atDay(1), before.atEndOfMonth()));
        }

        /**
         * 一季度……，也高于去年同期5.3%的水平: a year followed by 同期 is the part of that year the text is
         * talking about (the first quarter of last year), not the whole year.
         */
        void samePeriodOfYear(List<Mention<Period>> sentencePeriods) {
            Optional<Period> part = period.filter(p -> p.start().isPresent() && p.end().isPresent() && !spansYears(p)
                    && p.start().get().getYear() == p.end().get().getYear());
            if (part.isEmpty()) {
                return;
            }
            for (int k = 0; k < sentencePeriods.size(); k++) {
                Mention<Period> p = sentencePeriods.get(k);
                if (norm.startsWith("同期", p.span().end()) && isOneYear(p.value())) {
                    int years = p.value().start().get().getYear() - part.get().start().get().getYear();
                    LocalDate end = part.get().end().get();
                    LocalDate shiftedEnd = end.equals(YearMonth.from(end).atEndOfMonth()) ? YearMonth.from(end).plusYears(years).atEndOfMonth()
                            : end.plusYears(years); // 1至2月 ends on 29 February in a leap year
                    Period shifted = Period.between(part.get().start().get().plusYears(years), shiftedEnd);
                    sentencePeriods.set(k, new Mention<>(p.span(), shifted));
                }
            }
        }

        /**
         * 今年1至10月，……；前三季度利润下降3.5%。同期营业收入约110.6万亿元: a sentence that opens with 同期
         * is in the period the sentence before it led with, not the one it named last.
         */
        void referBackToLead(Span span, List<Mention<Period>> sentencePeriods) {
            if (sentencePeriods.isEmpty() && norm.startsWith("同期", span.start()) && lead.isPresent()) {
                sentencePeriods.add(new Mention<>(new Span(span.start(), span.start() + 2), lead.get()));
            }
            for (Mention<Period> p : sentencePeriods) {
                if (!inPassing(norm, p.span()) && !isSubPeriod(norm, p.span())) {
                    lead = Optional.of(p.value());
                    break;
                }
            }
        }

        /** 国庆假期……。假期全社会跨区域人员流动量将达19.4亿人次: the holiday word is the holiday named last. */
        void referBackToHoliday(Span span, List<Mention<Period>> sentencePeriods) {
            if (sentencePeriods.isEmpty() && holiday.isPresent()) {
                periods.holidaysReferredBack(norm, span.start(), span.end()).stream().findFirst()
                        .ifPresent(word -> sentencePeriods.add(new Mention<>(word, holiday.get())));
            }
            for (Mention<Period> p : sentencePeriods) {
                if (periods.isHoliday(norm, p)) {
                    holiday = Optional.of(p.value()); // the last one named
                }
            }
        }

        String text(List<Span> parts) {
            return joined(parts, doc::norm);
        }

        int firstFigureStart(Span span) {
            List<QuantityRecognizer.Quantity> found = quantitiesIn(span);
            return found.isEmpty() ? span.end() : found.get(0).span().start();
        }

        /**
         * A sentence that opens by citing another body than the speaker's (财政部部长……。据国家统计局数据，……):
         * the outlet's, not the official's; an official citing a source names none (据商务大数据).
         */
        boolean citesAnotherBody(Span span) {
            if (!(norm.startsWith("据", span.start()) || norm.startsWith("根据", span.start()))) {
                return false;
            }
            int clauseEnd = span.start();
            while (clauseEnd < span.end() && "，,；;".indexOf(norm.charAt(clauseEnd)) < 0) {
                clauseEnd++;
            }
            final int end = clauseEnd;
            Optional<Ministry> speakers = speaker.flatMap(Official::ministry);
            return within(ministriesInOrder, span).stream().anyMatch(m -> m.span().start() >= span.start() && m.span().end() <= end
                    && !speakers.map(s -> s.key().equals(m.value().key())).orElse(false));
        }

        boolean noOfficialIn(Span span) {
            return within(mentions, span).stream().noneMatch(m -> span.contains(m.span()));
        }

        /** A body that publishes, before any official is named in the sentence: 人行同日在官网发布公告. */
        boolean bodyNarrates(Span span) {
            int firstOfficial = within(mentions, span).stream().filter(m -> span.contains(m.span())).mapToInt(m -> m.span().start()).min().orElse(span.end());
            return within(ministriesInOrder, span).stream().anyMatch(m -> span.contains(m.span()) && m.span().end() <= firstOfficial
                    && Narration.bodyPublishes(norm, m.span(), Math.min(span.end(), firstOfficial)));
        }

        private Span quantitiesSpan;
        private List<QuantityRecognizer.Quantity> quantitiesFound;

        /** The quantities of a sentence, found once though several steps ask. */
        List<QuantityRecognizer.Quantity> quantitiesIn(Span sentence) {
            if (!sentence.equals(quantitiesSpan)) {
                quantitiesSpan = sentence;
                quantitiesFound = quantities.find(norm, sentence.start(), sentence.end());
            }
            return quantitiesFound;
        }

        /** Whether a period of the sentence ended before the article appeared (去年, 2024年). */
        boolean anyPast(List<Mention<Period>> found) {
            return found.stream().anyMatch(p -> p.value().end().filter(e -> doc.article().date().filter(e::isBefore).isPresent()).isPresent());
        }

        List<PolicyMention> policyMentions(Span span) {
            return policies.find(norm, span).stream()
                    .map(f -> new PolicyMention(f.span(), PolicyRecognizer.label(f, label(List.of(f.span()), doc)), f.kind(), f.known()))
                    .toList();
        }

        /** The official mentioned last, in text order, that ends by {@code position}: one that starts after it cannot. */
        Optional<Official> lastMentionedBefore(int position) {
            for (int i = firstStartingAfter(mentions, position) - 1; i >= 0; i--) {
                if (mentions.get(i).span().end() <= position) {
                    return Optional.of(mentions.get(i).value());
                }
            }
            return Optional.empty();
        }

        /**
         * What the figures of a list after 分别 (or 依次, 依序) measure: the subjects listed before it, in order
         * (通讯器材、家电和家具类商品零售额分别增长26.9%、19.3%和18.1%), or, for a list that names none,
         * those of the list before it in the sentence (三类火灾分别为……，占比依次是……), the subjects of
         * the clause before (社会保障和就业、教育……六项支出，分别增长10%、5.4%……), or the metrics of as
         * many figures right before it (太阳能发电装机约8.9亿千瓦，风电装机约5.2亿千瓦，同比分别增长45.2%和18.0%).
         *
         * @param subjects the metric of each figure with listed subjects, by the figure's index
         * @param pairedWith for each figure that measures what an earlier one does, that figure's index
         */
        record Distribution(Map<Integer, List<Span>> subjects, Map<Integer, Integer> pairedWith) {
        }

        Distribution distributed(List<QuantityRecognizer.Quantity> found, int floor) {
            Map<Integer, List<Span>> assigned = new HashMap<>();
            Map<Integer, Integer> paired = new HashMap<>();
            List<Span> listed = List.of();
            int i = 0;
            while (i < found.size()) {
                int j = i + 1;
                while (j < found.size() && continuesList(norm, found.get(j - 1).span(), found.get(j).span())) {
                    j++;
                }
                int n = j - i;
                if (n >= 2) {
                    int start = Math.max(floor, clauseStart(norm, floor, found.get(i).span().start()));
                    int respectively = respectively(norm, start, found.get(i).span().start());
                    if (respectively >= start) {
                        List<Span> items = subjects(start, respectively, n);
                        Span head = metrics.clean(norm, new Span(start, respectively));
                        int before = start - 1 > floor ? clauseStart(norm, floor, start - 1) : start;
                        if (items.isEmpty() && head.length() == 0 && before < start - 1 && noFigureIn(found, before, start - 1)) {
                            items = subjects(before, start - 1, n); // the subjects fill the clause before
                        }
                        for (int k = 0; k < items.size(); k++) {
                            assigned.put(i + k, List.of(items.get(k)));
                        }
                        if (items.isEmpty() && listed.size() == n) {
                            for (int k = 0; k < n; k++) {
                                assigned.put(i + k, head.length() > 0 ? List.of(listed.get(k), head) : List.of(listed.get(k)));
                            }
                        } else if (!items.isEmpty()) {
                            listed = items;
                        } else if (head.length() == 0 && i >= n) {
                            for (int k = 0; k < n; k++) {
                                paired.put(i + k, i - n + k);
                            }
                        }
                    }
                }
                i = j;
            }
            return new Distribution(assigned, paired);
        }

        private static boolean noFigureIn(List<QuantityRecognizer.Quantity> found, int from, int to) {
            return found.stream().noneMatch(q -> q.span().start() < to && q.span().end() > from);
        }

        /** Where the last 分别 (or 依次, or Taiwan's 依序) of {@code [from, to)} starts, or -1. */
        static int respectively(String norm, int from, int to) {
            int last = -1;
            for (String word : RESPECTIVELY) {
                last = Math.max(last, RegionSearch.lastIndexOf(norm, word, from, to));
            }
            return last;
        }

        /** 一季度、二季度、三季度分别增长5.4%、5.2%、4.8%: a list of periods before 分别 is distributed like subjects. */
        Map<Integer, Period> distributedPeriods(List<QuantityRecognizer.Quantity> found, int floor, List<Mention<Period>> named) {
            Map<Integer, Period> assigned = new HashMap<>();
            int i = 0;
            while (i < found.size()) {
                int j = i + 1;
                while (j < found.size() && continuesList(norm, found.get(j - 1).span(), found.get(j).span())) {
                    j++;
                }
                int start = Math.max(floor, clauseStart(norm, floor, found.get(i).span().start()));
                int respectively = j - i >= 2 ? respectively(norm, start, found.get(i).span().start()) : -1;
                if (respectively >= start) {
                    List<Mention<Period>> mentions = named.stream().filter(p -> p.span().start() >= start && p.span().end() <= respectively).toList();
                    List<Period> listed = mentions.stream().map(Mention::value).toList();
                    if (listed.size() == 2 && j - i > 2 && RANGE_JOINERS.contains(norm.substring(mentions.get(0).span().end(), mentions.get(1).span().start()))) {
                        listed = stepsBetween(listed.get(0), listed.get(1)); // 第一季至第四季……分别为: each quarter
                    }
                    if (listed.size() == j - i) {
                        for (int k = 0; k < listed.size(); k++) {
                            assigned.put(i + k, listed.get(k));
                        }
                    }
                }
                i = j;
            }
            return assigned;
        }

        /**
         * The months or quarters from one to another, both included, where both are one month or
         * one quarter of the same length: 第一季至第四季 gives the four quarters; otherwise nothing.
         */
        static List<Period> stepsBetween(Period first, Period last) {
            if (first.start().isEmpty() || first.end().isEmpty() || last.start().isEmpty() || last.end().isEmpty()) {
                return List.of();
            }
            long months = ChronoUnit.MONTHS.between(first.start().get(), first.end().get().plusDays(1));
            long lastMonths = ChronoUnit.MONTHS.between(last.start().get(), last.end().get().plusDays(1));
            if (months != lastMonths || months != 1 && months != 3 || !first.start().get().isBefore(last.start().get())) {
                return List.of();
            }
            List<Period> steps = new ArrayList<>();
            for (LocalDate s = first.start().get(); !s.isAfter(last.start().get()) && steps.size() <= 12; s = s.plusMonths(months)) {
                steps.add(Period.between(s, s.plusMonths(months).minusDays(1)));
            }
            return steps;
        }

        /**
         * The list of subjects in {@code [start, end)}: split at 、, else also at 以及, else also at 和, 及
         * and 与, whichever first gives {@code count} (节能环保以及文化旅游体育与传媒 is two subjects).
         */
        List<Span> subjects(int start, int end, int count) {
            for (List<String> separators : SUBJECT_SEPARATORS) {
                List<Span> items = new ArrayList<>();
                int from = start;
                int k = start;
                while (k <= end) {
                    int at = k;
                    Optional<String> separator = k == end ? Optional.of("") : separators.stream().filter(w -> norm.startsWith(w, at)).findFirst();
                    if (separator.isEmpty()) {
                        k++;
                        continue;
                    }
                    Span item = metrics.clean(norm, new Span(from, k));
                    if (item.length() > 0) {
                        items.add(item);
                    }
                    k += Math.max(1, separator.get().length());
                    from = k;
                }
                if (items.size() == count) {
                    return items;
                }
            }
            return List.of();
        }

        /**
         * A change whose base the text leaves out has the base of the change stated before it
         * (同比增长5%……出口增长7.1%). A rate's change in points (增速比上年加快0.6个百分点) compares
         * rates, and leaves the base of the quantities' changes as it was.
         */
        ChangeRecognizer.Reading withBase(ChangeRecognizer.Reading reading, Unit unit) {
            if (reading.change().isEmpty()) {
                return reading;
            }
            Change c = reading.change().get();
            if (c.base() != Change.Base.UNSTATED) {
                if (!unit.code().equals(UnitCatalog.PERCENTAGE_POINT)) {
                    base = Optional.of(c.base());
                }
                return reading;
            }
            return base.map(b -> new ChangeRecognizer.Reading(reading.kind(), Optional.of(new Change(c.direction(), b)))).orElse(reading);
        }

        /**
         * The figures of a sentence.
         *
         * @param bases the periods the sentence measures against (是2020年的1.6倍), which are not its periods
         */
        List<Figure> figures(Span span, Optional<SpeechCues.Cue> cue, List<Mention<Period>> sentencePeriods, PeriodRecognizer.Bases bases) {
            List<Figure> figures = new ArrayList<>();
            Figure previous = null;
            // the periods, and the periods compared with (是2020年的1.6倍), end a metric's phrase
            List<Span> periodSpans = new ArrayList<>(sentencePeriods.stream().map(Mention::span).toList());
            periodSpans.addAll(bases.measures());
            periodSpans.sort(Comparator.naturalOrder());
            List<QuantityRecognizer.Quantity> found = quantitiesIn(span);
            int cueEnd = cue.map(SpeechCues.Cue::verbEnd).orElse(span.start());
            Distribution distribution = distributed(found, cueEnd);
            Map<Integer, List<Span>> distributed = new HashMap<>(distribution.subjects());
            Map<Integer, Period> distributedPeriods = distributedPeriods(found, cueEnd, sentencePeriods);
            List<Optional<List<Span>>> metricsByIndex = new ArrayList<>();
            for (int index = 0; index < found.size(); index++) {
                QuantityRecognizer.Quantity q = found.get(index);
                Integer pairedWith = distribution.pairedWith().get(index);
                if (pairedWith != null && metricsByIndex.get(pairedWith).isPresent()) {
                    distributed.put(index, metricsByIndex.get(pairedWith).get());
                }
                Optional<Period> stated = distributedPeriods.containsKey(index) ? Optional.of(distributedPeriods.get(index))
                        : periodBefore(norm, sentencePeriods, q.span());
                Optional<Period> figurePeriod = stated.or(() -> period);
                int floor = span.start();
                if (cue.isPresent() && cue.get().verbEnd() <= q.span().start()) {
                    floor = Math.max(floor, cue.get().verbEnd());
                }
                if (previous != null) {
                    floor = Math.max(floor, previous.span().end());
                }
                if (distributed.containsKey(index)) {
                    metric = Optional.of(distributed.get(index));
                }
                // a count's noun (300多款人形机器人产品) or money's, unless another figure follows at once (10.7万亿度翻了一倍)
                boolean nextAdjacent = index + 1 < found.size() && found.get(index + 1).span().start() == q.span().end();
                boolean following = (q.measureWord().isPresent() || q.unit().iri().contains("/CCY_")) && !nextAdjacent;
                Optional<List<Span>> own = distributed.containsKey(index) ? Optional.of(distributed.get(index))
                        : metrics.resolve(norm, floor, q.span(), following, metric, span.end(), periodSpans);
                String ownText = own.map(this::text).orElse("");
                if (metric.isPresent() && emptyMetrics.contains(ownText)) {
                    own = Optional.empty();
                }
                Optional<List<Span>> figureMetric = metric;
                if (own.isPresent() && (MetricResolver.isRatio(ownText) || MetricResolver.isAveraging(ownText)) && metric.isPresent()) {
                    // 为预算的98.1%, 占全部装机的86%: a ratio of the metric before it, which stays the subject;
                    // 平均每天2.95亿人次: its daily average
                    List<Span> ratio = new ArrayList<>(metric.get());
                    ratio.addAll(own.get());
                    figureMetric = Optional.of(ratio);
                } else if (own.isPresent()) {
                    metric = own;
                    figureMetric = own;
                }
                metricsByIndex.add(figureMetric);
                Optional<Label> metricLabel = figureMetric.map(m -> label(m, doc));
                ChangeRecognizer.Reading reading = changes.read(norm.substring(clauseStart(norm, floor, q.span().start()), q.span().start()),
                        metricLabel.map(Label::hans));
                reading = withBase(reading, q.unit());
                Qualifier qualifier = q.qualifier();
                if (previous != null && continuesList(norm, previous.span(), q.span())) {
                    qualifier = q.explicitQualifier() ? qualifier : previous.qualifier();
                    reading = new ChangeRecognizer.Reading(previous.kind(), previous.change());
                }
                if (stated.isEmpty() && reading.kind() == FigureKind.CHANGE && figurePeriod.filter(p -> p.start().isEmpty()).isPresent()
                        && topicPeriod.filter(p -> p.start().isPresent()).isPresent()) {
                    // 截至去年底，市值上升17.6%。原油产量增长1.6%: a change over the year, not at its last day
                    figurePeriod = topicPeriod;
                }
                if (figurePeriod.filter(p -> p.start().isPresent() && p.start().get().getYear() == p.end().get().getYear()).isPresent()
                        && metricLabel.filter(m -> stockHeads.stream().anyMatch(m.hans()::endsWith)
                                && flowMarkers.stream().noneMatch(m.hans()::contains)).isPresent()) {
                    // 2024年资产总额, 上半年……外汇储备规模: at the end of the year or of its part; and so is its
                    // change (装机……同比增长14.6%: end on end). Over years (“十四五”期间资产总额先后跨过……) it is the span.
                    figurePeriod = figurePeriod.flatMap(Period::end).map(Period::endingOn);
                }
                figurePeriod = consecutiveYears(norm, clauseStart(norm, span.start(), q.span().start()), q.span().end(), figurePeriod);
                if (reading.kind() == FigureKind.CHANGE) {
                    figurePeriod = sinceBase(bases.compared(), q.span(), figurePeriod);
                }
                Optional<Period> averagedOver = yearsFromTo(sentencePeriods, q.span());
                if (reading.change().filter(c -> c.base() == Change.Base.ANNUAL_AVERAGE).isPresent() && averagedOver.isPresent()) {
                    figurePeriod = averagedOver;
                }
                figurePeriod = lastMonthTurned(q.span(), figurePeriod);
                Figure figure = new Figure(q.span(), doc.original(q.span()), q.value().stripTrailingZeros(),
                        q.maxValue().map(v -> v.stripTrailingZeros()), q.unit(), q.measureWord().map(doc::original), qualifier,
                        reading.kind(), reading.change(), figurePeriod, metricLabel,
                        kinds.ofFigure(norm, span, q.span(), figurePeriod, qualifier, doc.article().date()));
                figures.add(figure);
                previous = figure;
            }
            return figures;
        }
    }

    /**
     * 连续4年超过万亿元, 连续5年稳定达标: what held for N years running holds for the N years that end
     * with the year in hand.
     */
    private static Optional<Period> consecutiveYears(String norm, int clauseStart, int figureEnd, Optional<Period> period) {
        if (!RegionSearch.contains(norm, "连续", clauseStart, figureEnd)) {
            return period; // the cheap test before the pattern: most clauses name no run
        }
        Matcher m = CONSECUTIVE_YEARS.matcher(norm).region(clauseStart, figureEnd);
        String n = null;
        while (m.find()) {
            n = m.group(1); // 长江干流连续5年、黄河干流连续3年: the nearest run
        }
        if (n == null || period.filter(Extractor::spansYears).isEmpty()) {
            return period;
        }
        Optional<Integer> years = PeriodRecognizer.count(n)
                .map(BigDecimal::intValue).filter(y -> y >= 2 && y <= 50);
        if (years.isEmpty()) {
            return period;
        }
        if (STARTING.matcher(norm).region(Math.max(clauseStart - 4, 0), clauseStart).find()) {
            int first = period.get().start().get().getYear(); // 从2024年开始，连续五年每年安排: from the year named on
            return Optional.of(Period.years(first, first + years.get() - 1));
        }
        int last = period.get().end().get().getYear();
        return Optional.of(Period.years(last - years.get() + 1, last));
    }

    /**
     * 截至2024年底……约9.8万个，比2020年末增加2.5万余个: a change from a level at one date to the level at
     * another covers the time between them (2021 to 2024).
     */
    private static Optional<Period> sinceBase(List<Mention<Period>> bases, Span figure, Optional<Period> period) {
        Optional<LocalDate> end = period.filter(p -> p.start().isEmpty()).flatMap(Period::end);
        Optional<LocalDate> base = bases.stream().filter(b -> b.span().end() <= figure.start()).reduce((first, second) -> second)
                .map(Mention::value).filter(b -> b.start().isEmpty()).flatMap(Period::end);
        if (end.isEmpty() || base.isEmpty() || !base.get().isBefore(end.get())) {
            return period;
        }
        return Optional.of(Period.between(base.get().plusDays(1), end.get()));
    }

    /**
     * 从2020年的1.1万亿元增长到2024年的1.7万亿元，年均增长11.3%: an average over the years of the change
     * between the first year named before it in the sentence and the last, 2021 to 2024.
     */
    private static Optional<Period> yearsFromTo(List<Mention<Period>> periods, Span figure) {
        Period first = null;
        Period last = null;
        int years = 0;
        for (Mention<Period> p : periods) {
            if (p.span().end() <= figure.start() && isOneYear(p.value())) {
                first = years++ == 0 ? p.value() : first;
                last = p.value();
            }
        }
        if (years < 2) {
            return Optional.empty();
        }
        int from = first.start().get().getYear();
        int to = last.start().get().getYear();
        return from < to ? Optional.of(Period.years(from + 1, to)) : Optional.empty();
    }

    /**
     * The mentions that start inside {@code span}, among which are all that lie inside it, found by
     * halving a list in text order rather than going through it.
     */
    private static <T> List<Mention<T>> within(List<Mention<T>> inTextOrder, Span span) {
        return inTextOrder.subList(firstStartingAfter(inTextOrder, span.start() - 1), firstStartingAfter(inTextOrder, span.end()));
    }

    /** The index of the first mention that starts after {@code position}, in a list in text order. */
    private static int firstStartingAfter(List<? extends Mention<?>> inTextOrder, int position) {
        int low = 0;
        int high = inTextOrder.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (inTextOrder.get(middle).span().start() <= position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static boolean isOneYear(Period p) {
        return spansYears(p) && p.start().get().getYear() == p.end().get().getYear();
    }

    /** Whether a period is one or more whole years: the kind an article is about. */
    private static boolean spansYears(Period p) {
        return p.end().filter(e -> e.getMonthValue() == 12 && e.getDayOfMonth() == 31).isPresent()
                && p.start().filter(s -> s.getMonthValue() == 1 && s.getDayOfMonth() == 1).isPresent();
    }

    /** Where the clause of a figure starts: after the last clause break before it, not before {@code floor}. */
    private static int clauseStart(String norm, int floor, int figureStart) {
        int start = figureStart;
        while (start > floor && !CLAUSE_BREAKS.contains(norm.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * The period named nearest before a figure in its sentence. A part named in passing (其中3月份,
     * 3月当月) holds only up to the end of its clause or sentence: 一季度……，其中3月份增长14.4%；新能源乘用车零售242万辆
     * is about the quarter again.
     */
    private static Optional<Period> periodBefore(String norm, List<Mention<Period>> periods, Span figure) {
        Optional<Period> nearest = Optional.empty();
        for (Mention<Period> p : periods) {
            if (p.span().end() <= figure.start()
                    && (!isSubPeriod(norm, p.span()) || RegionSearch.noneOf(norm, p.span().end(), figure.start(), "；;。"))
                    && (!inPassing(norm, p.span()) || RegionSearch.noneOf(norm, p.span().end(), figure.start(), "，,；;。"))) {
                nearest = Optional.of(p.value());
            }
        }
        return nearest;
    }

    /**
     * A period named for its clause alone: the same period of another year (扣除上年同期……因素影响后，
     * 可比增长1.2%: not last year's growth), or the year of a plan (今年预算安排的……超过28.5万亿元),
     * which the report's own period outlasts.
     */
    static boolean inPassing(String norm, Span period) {
        int end = period.end();
        return norm.startsWith("同期", end)
                || end < norm.length() && PLAN_AFTER_FIRSTS.contains(norm.charAt(end)) && PLAN_AFTER.matcher(norm).region(end, norm.length()).lookingAt();
    }

    /** A part of the period in hand, named in passing: 其中3月份, 3月当月, 单月. */
    static boolean isSubPeriod(String norm, Span period) {
        int before = period.start();
        if (before > 0 && norm.charAt(before - 1) == '，') {
            before--;
        }
        return before >= 2 && norm.startsWith("其中", before - 2)
                || norm.startsWith("当月", period.end()) || norm.startsWith("单月", period.end());
    }

    private static final int LAST_MONTH_REACH = 7;
    private static final List<String> RESPECTIVELY = List.of("分别", "依次", "依序");
    private static final List<List<String>> SUBJECT_SEPARATORS = List.of(List.of("、"), List.of("、", "以及"), List.of("、", "和", "及", "与"));

    /** What joins the two ends of a range of periods: 第一季至第四季, 1-3月. */
    private static final Set<String> RANGE_JOINERS = Set.of("至", "到", "-", "—", "–", "~", "～");

    private static boolean continuesList(String norm, Span previous, Span current) {
        int gap = current.start() - previous.end();
        // no joiner is longer than two characters: the text between figures far apart is not copied
        return gap >= 0 && gap <= MAX_LIST_JOINER && LIST_JOINERS.contains(norm.substring(previous.end(), current.start()));
    }

    /** A label for a phrase made of spans of the text, keyed on the normalised text. */
    private static Label label(List<Span> parts, Document doc) {
        String hans = joined(parts, doc::norm);
        // the original is the Traditional label of a Traditional article only: a Simplified one's is converted
        return new Label(hans, doc.script() == Script.HANT ? joined(parts, doc::original) : ScriptConverter.toTraditional(hans));
    }

    /** The text of the spans, one after another; most labels are one span, which needs no copying. */
    private static String joined(List<Span> parts, Function<Span, String> text) {
        if (parts.size() == 1) {
            return text.apply(parts.get(0));
        }
        StringBuilder joined = new StringBuilder();
        for (Span part : parts) {
            joined.append(text.apply(part));
        }
        return joined.toString();
    }

    private static Article withTitle(Document doc) {
        Article a = doc.article();
        if (a.title().isPresent() || doc.blocks().isEmpty() || !doc.blocks().get(0).headline()) {
            return a;
        }
        return new Article(a.id(), a.date(), Optional.of(doc.original(doc.blocks().get(0).span())), a.url(), a.text());
    }

    private static List<Ministry> mentioned(List<Mention<Ministry>> mentions, List<Official> officials) {
        Map<String, Ministry> byKey = new LinkedHashMap<>();
        mentions.forEach(m -> byKey.putIfAbsent(m.value().key(), m.value()));
        officials.forEach(o -> o.ministry().ifPresent(m -> byKey.putIfAbsent(m.key(), m)));
        return List.copyOf(byKey.values());
    }
}
