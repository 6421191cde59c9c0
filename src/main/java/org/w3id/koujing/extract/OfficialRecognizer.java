package org.w3id.koujing.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.koujing.model.Ministry;
import org.w3id.koujing.model.Official;
import org.w3id.koujing.model.Span;
import org.w3id.koujing.text.CharClass;
import org.w3id.koujing.text.Document;
import org.w3id.koujing.text.ScriptConverter;
import org.w3id.koujing.text.Sentence;

/**
 * Finds officials where the genre introduces them, "body + title + name" (国资委主任张玉卓) or
 * "title + name" after the body earlier in the sentence, then every later mention of their names.
 * A name is a known surname and one or two more characters, and must end where a speech verb,
 * a title, a function word or punctuation begins.
 */
public final class OfficialRecognizer {

    /** What the recogniser found: each official once, and every mention of them. */
    public record Result(List<Official> officials, List<Mention<Official>> mentions) {
    }

    private final PhraseTrie<String> titles = new PhraseTrie<>();
    private final PhraseTrie<String> surnames = new PhraseTrie<>();
    private final PhraseTrie<String> boundaries = new PhraseTrie<>();
    private final BitSet nameStops = new BitSet();
    private static final int MAX_DEPARTMENT = 12;
    private static final int MAX_TITLE = 6;
    /** The first characters of the references to an official: 他, 她, 这位, 该. */
    private static final CharClass REFERENCE_STARTS = CharClass.of("他她这该");
    private static final String DEPARTMENT_ENDS = "司局厅室处";
    /** The longest post held elsewhere that may end a chain of titles (中消协副会长). */
    private static final int MAX_OTHER_POST = 10;
    private static final List<String> OTHER_POST_ENDS = List.of("长", "主任", "书记", "委员", "主席");
    /** Words after which a list of the people present begins (还有副部长……, 包括司长……). */
    private static final List<String> INTRODUCING = List.of("有", "是", "括", "及", "和", "与", "同", "请到", "邀请");
    /** What may follow 这位 or 该 to refer back to an official: titles, 负责人, 官员. */
    private final PhraseTrie<String> anaphors = new PhraseTrie<>();

    public OfficialRecognizer(List<String> titleWords, List<String> surnameWords, List<String> followerWords,
                              List<String> speechCues, List<String> stopChars, List<String> anaphorNouns) {
        titleWords.forEach(t -> titles.put(t, t));
        titleWords.forEach(t -> anaphors.put(t, t));
        anaphorNouns.forEach(a -> anaphors.put(a, a));
        surnameWords.forEach(s -> surnames.put(s, s));
        for (List<String> words : List.of(followerWords, speechCues, titleWords)) {
            words.forEach(w -> boundaries.put(w, w));
        }
        stopChars.forEach(s -> nameStops.set(s.charAt(0)));
    }

    public static OfficialRecognizer fromLexicon() {
        return new OfficialRecognizer(Lexicon.words("titles.txt"), Lexicon.words("surnames.txt"),
                Lexicon.words("name-followers.txt"), Lexicon.words("speech-cues.txt"), Lexicon.words("name-stops.txt"),
                Lexicon.words("anaphors.txt"));
    }

    /**
     * The officials an article introduces, and every later mention of them; {@code places} are the
     * provinces and cities it names, for the officials of their governments (广东省省长王伟中).
     */
    public Result find(Document doc, List<Mention<Ministry>> ministries, List<Mention<Ministry>> places) {
        Map<String, Official> officials = new LinkedHashMap<>();
        for (Sentence sentence : doc.sentences()) {
            introductions(doc, sentence, ministries, places, officials);
        }
        List<Mention<Official>> mentions = new ArrayList<>(laterNames(officials.values()).findAll(doc.norm()));
        mentions.sort(Comparator.comparing(Mention::span));
        mentions.addAll(references(doc.norm(), mentions));
        mentions.sort(Comparator.comparing(Mention::span));
        return new Result(List.copyOf(officials.values()), mentions);
    }

    /**
     * The ways an article names an official once introduced: the full name, and surname plus
     * title (潘行长) where no other official of the article shares them.
     */
    private PhraseTrie<Official> laterNames(Collection<Official> officials) {
        Map<String, Official> forms = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Official o : officials) {
            forms.put(o.key(), o);
        }
        for (Official o : officials) {
            if (o.title().isEmpty()) {
                continue;
            }
            String surname = surnames.longestAt(o.key(), 0).map(m -> o.key().substring(0, m.span().end())).orElse(o.key().substring(0, 1));
            String form = surname + ScriptConverter.toSimplified(o.title().get());
            Official other = forms.putIfAbsent(form, o);
            if (other != null && other != o) {
                ambiguous.add(form);
            }
        }
        PhraseTrie<Official> names = new PhraseTrie<>();
        forms.forEach((form, o) -> {
            if (!ambiguous.contains(form)) {
                names.put(form, o);
            }
        });
        return names;
    }

    /**
     * 他 and 她, and 这位部长 or 该负责人, stand for the official named last before them (其他, 他们
     * and 他国 are not pronouns of a person).
     */
    private List<Mention<Official>> references(String norm, List<Mention<Official>> named) {
        List<Mention<Official>> found = new ArrayList<>();
        int next = 0;
        Official last = null;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (!REFERENCE_STARTS.contains(c)) {
                continue; // the official named last matters only where a reference starts
            }
            while (next < named.size() && named.get(next).span().end() <= i) {
                last = named.get(next++).value();
            }
            if (last == null) {
                continue;
            }
            if ((c == '他' || c == '她')
                    && (i == 0 || "其吉利排无".indexOf(norm.charAt(i - 1)) < 0)
                    && (i + 1 == norm.length() || "们国人乡日方者".indexOf(norm.charAt(i + 1)) < 0)) {
                found.add(new Mention<>(new Span(i, i + 1), last));
            } else if (c == '这' && norm.startsWith("这位", i) || c == '该') {
                int nounStart = i + (c == '该' ? 1 : 2);
                Optional<Mention<String>> noun = anaphors.longestAt(norm, nounStart);
                if (noun.isPresent()) {
                    found.add(new Mention<>(new Span(i, noun.get().span().end()), last));
                }
            }
        }
        return found;
    }

    private void introductions(Document doc, Sentence sentence, List<Mention<Ministry>> ministries, List<Mention<Ministry>> places,
            Map<String, Official> officials) {
        if (sentence.headline()) {
            return; // headlines abbreviate (商务部部长谈外贸): officials are introduced in the body
        }
        String norm = doc.norm();
        int end = sentence.span().end();
        int i = sentence.span().start();
        int lastIntroduction = sentence.span().start();
        Optional<Ministry> lastMinistry = Optional.empty();
        while (i < end) {
            Optional<Mention<String>> chain = titleChainAt(norm, i, end);
            if (chain.isEmpty()) {
                i++;
                continue;
            }
            Span titleSpan = chain.get().span();
            if (norm.startsWith("这位", titleSpan.start() - 2) || titleSpan.start() > 0 && "该此".indexOf(norm.charAt(titleSpan.start() - 1)) >= 0) {
                i = titleSpan.end(); // 这位副署长把外贸……: a reference back, not an introduction
                continue;
            }
            Optional<Span> name = nameAt(norm, titleSpan.end(), end)
                    .or(() -> afterOtherPost(norm, titleSpan.end(), end, ministries).flatMap(at -> nameAt(norm, at, end)));
            Optional<Ministry> ministry = Optional.empty();
            if (name.isPresent()) {
                String titleText = norm.substring(titleSpan.start(), titleSpan.end());
                ministry = ministryBefore(norm, titleSpan.start(), lastIntroduction, ministries, titleText);
                if (ministry.isEmpty() && lastMinistry.isPresent()
                        && (onlyConnectors(norm, lastIntroduction, titleSpan.start()) || standsFree(norm, titleSpan.start()))) {
                    // 署长孙梅君联同副署长王军; 部长裴金佳介绍情况，出席的还有副部长徐耀: the body of the official before
                    ministry = lastMinistry;
                }
                if (ministry.isEmpty() && lastMinistry.isEmpty()) {
                    ministry = ministryInContext(doc, sentence, ministries, titleText); // 商务部召开发布会。新闻发言人何亚东表示
                }
            } else {
                Optional<Span> before = nameBefore(norm, titleSpan.start(), lastIntroduction, end, ministries);
                int open = parenthesisOpening(norm, titleSpan, lastIntroduction);
                if (before.isEmpty() && open >= 0) {
                    // a transcript's speaker: 王昌林（国家发展改革委副主任）：
                    before = nameBefore(norm, open, lastIntroduction, end, ministries);
                    if (before.isPresent()) {
                        String titleText = norm.substring(titleSpan.start(), titleSpan.end());
                        ministry = ministryBefore(norm, titleSpan.start(), open, ministries, titleText);
                    }
                }
                if (before.isPresent() && ministry.isPresent()) {
                    name = before;
                } else if (before.isPresent()) {
                    // name before title: 王文涛部长表示, 财政部王东伟副部长
                    name = before;
                    String titleText = norm.substring(titleSpan.start(), titleSpan.end());
                    ministry = ministryBefore(norm, before.get().start(), lastIntroduction, ministries, titleText);
                    if (ministry.isEmpty() && lastMinistry.isEmpty()) {
                        ministry = ministryInContext(doc, sentence, ministries, titleText);
                    }
                }
            }
            if (name.isPresent()) {
                Optional<Ministry> local = localGovernment(titleSpan.start(), norm.substring(titleSpan.start(), titleSpan.end()), places);
                if (local.isPresent()) {
                    ministry = local;
                }
            }
            if (name.isPresent() && ministry.isPresent()) {
                Span post = lastPost(norm, titleSpan);
                Official official = new Official(ScriptConverter.label(doc.original(name.get()), doc.script()),
                        Optional.of(doc.original(post)), ministry);
                officials.merge(official.key(), official, (old, found) -> old.ministry().isPresent() ? old : found);
                i = Math.max(name.get().end(), titleSpan.end());
                // 副部长廖岷、王东伟、郭婷婷: more names sharing the title
                while (i + 1 < end && "、和及".indexOf(norm.charAt(i)) >= 0) {
                    Optional<Span> more = nameAt(norm, i + 1, end);
                    if (more.isEmpty() || titles.longestAt(norm, more.get().end(), end).isPresent()
                            || ministries.stream().anyMatch(m -> m.span().overlaps(new Span(more.get().start(), more.get().end() + 1)))) {
                        break; // 、民政部部长: the next body, not another name
                    }
                    Official next = new Official(ScriptConverter.label(doc.original(more.get()), doc.script()), Optional.of(doc.original(post)), ministry);
                    officials.merge(next.key(), next, (old, found) -> old.ministry().isPresent() ? old : found);
                    i = more.get().end();
                }
                lastIntroduction = i;
                lastMinistry = ministry;
            } else {
                i = titleSpan.end();
            }
        }
    }

    /**
     * Where the name starts after a post held elsewhere that a chain of titles ends with
     * (商务部党组成员、副部长、中消协副会长盛秋平): a short run of characters after 、 that names no
     * body of the gazetteer and no title of the list, and ends as a post does (长, 主任, 书记, 委员).
     */
    private Optional<Integer> afterOtherPost(String norm, int chainEnd, int limit, List<Mention<Ministry>> ministries) {
        if (chainEnd >= limit || norm.charAt(chainEnd) != '、') {
            return Optional.empty();
        }
        int from = chainEnd + 1;
        for (int k = from + 2; k <= Math.min(limit, from + MAX_OTHER_POST); k++) {
            if (!isHan(norm.charAt(k - 1))) {
                return Optional.empty();
            }
            String post = norm.substring(from, k);
            if (OTHER_POST_ENDS.stream().anyMatch(post::endsWith)) {
                Span segment = new Span(from, k);
                boolean known = !titles.findAll(norm, from, k).isEmpty() || ministries.stream().anyMatch(m -> m.span().overlaps(segment));
                return known ? Optional.empty() : Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The government a 省长 or 市长 (or an autonomous region's 主席) belongs to: that of the province
     * or city named last before the title, in the sentence or earlier (广东省省长, 广东省长; 广东省第十四届
     * 人民代表大会开幕。省长王伟中……). Empty for other titles, and where no such place was named.
     */
    private static Optional<Ministry> localGovernment(int titleStart, String title, List<Mention<Ministry>> places) {
        boolean provincial = title.endsWith("省长");
        boolean city = title.endsWith("市长");
        boolean region = title.endsWith("主席");
        if (!provincial && !city && !region) {
            return Optional.empty();
        }
        for (int k = places.size() - 1; k >= 0; k--) {
            Mention<Ministry> place = places.get(k);
            // 广东省长: the place's last character may be the title's first
            if (place.span().end() > titleStart + 1 || place.span().end() > titleStart && !(provincial || city)) {
                continue;
            }
            String name = place.value().place();
            if (region ? name.endsWith("自治区") && place.span().end() == titleStart
                    : provincial ? name.endsWith("省") : name.endsWith("市")) {
                return Optional.of(place.value());
            }
        }
        return Optional.empty();
    }

    /**
     * A name that ends right where a title starts, and starts where a name may: at the start of the
     * sentence or after the floor, after punctuation, after a body's name or after a connector.
     */
    private Optional<Span> nameBefore(String norm, int titleStart, int floor, int limit, List<Mention<Ministry>> ministries) {
        for (int length = 2; length <= 4; length++) {
            int start = titleStart - length;
            if (start < floor) {
                break;
            }
            Optional<Span> name = nameAt(norm, start, limit);
            if (name.isPresent() && name.get().end() == titleStart && nameMayStart(norm, start, floor, ministries)
                    && ministries.stream().noneMatch(m -> m.span().overlaps(name.get()))) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** Where the parenthesis opens that holds a title and closes right after it (（国家发展改革委副主任）), or -1. */
    private static int parenthesisOpening(String norm, Span title, int floor) {
        if (title.end() >= norm.length() || "）)".indexOf(norm.charAt(title.end())) < 0) {
            return -1;
        }
        for (int i = title.start() - 1; i >= Math.max(floor, title.start() - MAX_DEPARTMENT - 12); i--) {
            char c = norm.charAt(i);
            if ("（(".indexOf(c) >= 0) {
                return i;
            }
            if ("）)，。；：".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    private boolean nameMayStart(String norm, int start, int floor, List<Mention<Ministry>> ministries) {
        if (start == floor) {
            return true;
        }
        char before = norm.charAt(start - 1);
        if ("，,、。；;：:“”（）() 和与及同".indexOf(before) >= 0) {
            return true;
        }
        return ministries.stream().anyMatch(m -> m.span().end() == start);
    }

    /** The body an official without one in their sentence belongs to: the last one named before the sentence. */
    private static Optional<Ministry> ministryInContext(Document doc, Sentence sentence, List<Mention<Ministry>> ministries, String title) {
        return choose(doc.norm(), ministries.stream().filter(m -> m.span().end() <= sentence.span().start()).toList(), title);
    }

    /** Whether the text between two introductions only joins them (、, 和, 联同 ...), naming no other body. */
    private boolean onlyConnectors(String norm, int from, int to) {
        int i = from;
        while (i < to) {
            char c = norm.charAt(i);
            if ("、，,和及与 ".indexOf(c) >= 0) {
                i++;
                continue;
            }
            Optional<Mention<String>> word = boundaries.longestAt(norm, i, to);
            if (word.isPresent()) {
                i = word.get().span().end();
                continue;
            }
            int department = departmentEnd(norm, i, to);
            if (department < 0) {
                return false;
            }
            i = department; // 司长陈邦勋、科学技术司司长周云龙: a department of the same body
        }
        return true;
    }

    /**
     * Whether a title is not part of the name of a body the gazetteer lacks: it follows punctuation,
     * a department (权益维护司司长) or a word that introduces people (出席的还有副部长), not
     * 全国工商联副主席.
     */
    private static boolean standsFree(String norm, int titleStart) {
        if (titleStart == 0 || !isHan(norm.charAt(titleStart - 1))) {
            return true;
        }
        String before = norm.substring(Math.max(0, titleStart - 2), titleStart);
        return endsDepartment(before) || INTRODUCING.stream().anyMatch(before::endsWith);
    }

    /** Whether a name ends as a department's does (发展规划司, 服务业调查中心). */
    public static boolean endsDepartment(String name) {
        return !name.isEmpty() && (DEPARTMENT_ENDS.indexOf(name.charAt(name.length() - 1)) >= 0 || name.endsWith("中心"));
    }

    /** Where a department's name starting at {@code i} ends (发展规划司, 服务业调查中心), or -1. */
    private static int departmentEnd(String norm, int i, int to) {
        for (int end = i + 2; end <= Math.min(to, i + MAX_DEPARTMENT); end++) {
            if (!isHan(norm.charAt(end - 1))) {
                return -1;
            }
            if (endsDepartment(norm.substring(i, end))) {
                return end;
            }
        }
        return -1;
    }

    /** One title, or several joined by 、 (党组书记、部长); the value is unused. */
    private Optional<Mention<String>> titleChainAt(String norm, int start, int limit) {
        Optional<Mention<String>> first = titles.longestAt(norm, start, limit);
        if (first.isEmpty()) {
            return first;
        }
        int end = first.get().span().end();
        while (end + 1 < limit && norm.charAt(end) == '、') {
            Optional<Mention<String>> next = titles.longestAt(norm, end + 1, limit);
            if (next.isEmpty()) {
                break;
            }
            end = next.get().span().end();
        }
        return Optional.of(new Mention<>(new Span(start, end), ""));
    }

    /** The post to record from a chain of titles: the last one that is not a party post. */
    private Span lastPost(String norm, Span chain) {
        Span best = null;
        int i = chain.start();
        while (i < chain.end()) {
            Optional<Mention<String>> t = titles.longestAt(norm, i, chain.end());
            if (t.isEmpty()) {
                i++;
                continue;
            }
            String title = t.get().value();
            if (best == null || !(title.contains("党") || title.contains("书记"))) {
                best = t.get().span();
            }
            i = t.get().span().end();
        }
        return best;
    }

    /**
     * The body a title belongs to: the nearest one named before it in the same sentence, whether
     * right before it (工信部部长), before a department of it, or earlier in the sentence, but not
     * before the official introduced last (A部副部长甲、B局副局长乙和C会副主席丙: 丙 is not B's).
     * A body named as the place of the event counts only when there is no other.
     */
    private static Optional<Ministry> ministryBefore(String norm, int titleStart, int floor, List<Mention<Ministry>> ministries, String title) {
        List<Mention<Ministry>> candidates = new ArrayList<>();
        for (Mention<Ministry> m : ministries) {
            // 财政部长: the body's last character may be the title's first
            boolean before = m.span().end() <= titleStart || m.span().end() == titleStart + 1 && m.span().start() < titleStart;
            if (m.span().start() >= floor && before) {
                candidates.add(m);
            }
        }
        return choose(norm, candidates, title);
    }

    /**
     * The nearest of the bodies named before a title that can have it (a 行长 heads a bank, a 局长 a
     * 局, a 部长 a 部), a body named as a venue only when no other will do.
     */
    private static Optional<Ministry> choose(String norm, List<Mention<Ministry>> candidates, String title) {
        for (boolean strict : new boolean[] {true, false}) {
            for (boolean venues : new boolean[] {false, true}) {
                for (int k = candidates.size() - 1; k >= 0; k--) {
                    Mention<Ministry> m = candidates.get(k);
                    if (isVenue(norm, m.span()) == venues && (!strict || headsOf(title, m.value()))) {
                        return Optional.of(m.value());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a title can be the post of a body's head or deputy, judged by the body's name. */
    static boolean headsOf(String title, Ministry body) {
        String t = ScriptConverter.toSimplified(title);
        String name = body.name().hans();
        if (t.endsWith("部长")) {
            return name.endsWith("部");
        }
        if (t.endsWith("局长")) {
            return name.endsWith("局");
        }
        if (t.endsWith("署长")) {
            return name.endsWith("署");
        }
        if (t.endsWith("行长")) {
            return name.endsWith("银行");
        }
        if (t.endsWith("主席")) {
            return name.endsWith("会") || name.endsWith("自治区人民政府");
        }
        if (t.endsWith("省长")) {
            return name.endsWith("省人民政府");
        }
        if (t.endsWith("市长")) {
            return name.endsWith("市人民政府");
        }
        if (t.endsWith("主任")) {
            return name.endsWith("会") || name.endsWith("室") || name.endsWith("中心") || name.endsWith("委");
        }
        return true;
    }

    /** A body named as the place of an event (在国务院新闻办公室举行的发布会上) is not the official's employer. */
    private static boolean isVenue(String norm, Span body) {
        if (body.start() > 0 && norm.charAt(body.start() - 1) == '在') {
            return true;
        }
        String after = norm.substring(body.end(), Math.min(norm.length(), body.end() + 4));
        return after.startsWith("举行") || after.startsWith("召开") || after.startsWith("主办");
    }

    /**
     * A personal name starting at {@code start}, right after a title: a surname and one or two
     * characters ending at a boundary, the shorter reading first (吴清说 is 吴清 who speaks). Where
     * neither reading ends at a boundary (部长蓝佛安受国务院委托), the two-character given name is
     * taken, unless a boundary word starts inside it (部长和副部长).
     */
    Optional<Span> nameAt(String norm, int start, int limit) {
        if (boundaries.longestAt(norm, start, limit).filter(w -> w.span().length() >= 2).isPresent()) {
            return Optional.empty(); // 刘副主任续指: a speech verb, not a name
        }
        Optional<Mention<String>> surname = surnames.longestAt(norm, start, limit);
        if (surname.isEmpty()) {
            return rareSurnameName(norm, start, limit);
        }
        int givenStart = surname.get().span().end();
        for (int given = 1; given <= 2; given++) {
            int end = givenStart + given;
            if (end <= limit && givenNameChars(norm, givenStart, end) && isBoundary(norm, end, limit)) {
                return Optional.of(new Span(start, end));
            }
        }
        int end = givenStart + 2;
        if (end <= limit && givenNameChars(norm, givenStart, end)) {
            if (boundaryInside(norm, givenStart, end, limit)) {
                return Optional.empty();
            }
            // without a boundary, only a name the article names again (蓝佛安 …… 蓝佛安说), not 吴清罕有地
            for (int stop = end; stop > givenStart; stop--) {
                if (norm.indexOf(norm.substring(start, stop), end) >= 0) {
                    return Optional.of(new Span(start, stop));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A name whose surname the list lacks: three (or two) characters that end at a boundary and
     * that the article writes again, followed by a speech verb, a title or a function word
     * (怀进鹏出席 …… 怀进鹏表示); not 通道 of 部长通道, which punctuation follows.
     */
    private Optional<Span> rareSurnameName(String norm, int start, int limit) {
        for (int length = 3; length >= 2; length--) {
            int end = start + length;
            if (end > limit || !givenNameChars(norm, start, end) || !isBoundary(norm, end, limit)) {
                continue;
            }
            if (boundaryInside(norm, start, end, limit)) {
                continue; // 还提到: words, not a name
            }
            String candidate = norm.substring(start, end);
            for (int again = norm.indexOf(candidate); again >= 0; again = norm.indexOf(candidate, again + 1)) {
                int after = again + length;
                if (again != start && boundaries.longestAt(norm, after, norm.length()).isPresent()
                        && (again == 0 || !isHan(norm.charAt(again - 1)) || boundaries.longestAt(norm, again - 1).isPresent()
                            || titles.longestEndingAt(norm, again, Math.max(0, again - MAX_TITLE), MAX_TITLE).isPresent())) {
                    return Optional.of(new Span(start, end));
                }
            }
        }
        return Optional.empty();
    }

    private boolean boundaryInside(String norm, int start, int end, int limit) {
        for (int inside = start; inside < end; inside++) {
            if (boundaries.longestAt(norm, inside, limit).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private boolean givenNameChars(String norm, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = norm.charAt(i);
            if (!isHan(c) || nameStops.get(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean isBoundary(String norm, int at, int limit) {
        if (at >= limit) {
            return true;
        }
        char c = norm.charAt(at);
        return !isHan(c) || boundaries.longestAt(norm, at, limit).isPresent();
    }

    static boolean isHan(char c) {
        return HAN.get(c);
    }

    /** The characters of the Han script but 〇, once: {@link Character.UnicodeScript#of} searches a long table of ranges. */
    private static final BitSet HAN = new BitSet(Character.MAX_VALUE + 1);

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && c != '〇') {
                HAN.set(c);
            }
        }
    }
}
