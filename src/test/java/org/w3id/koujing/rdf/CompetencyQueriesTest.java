package org.w3id.koujing.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.koujing.cli.Koujing;
import org.w3id.koujing.eval.Gold;
import org.w3id.koujing.eval.GoldReader;
import org.w3id.koujing.eval.Scorer;
import org.w3id.koujing.ingest.ArticleReader;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.ops.QueryOperation;
import org.w3id.koujing.store.KoujingStore;
import org.w3id.koujing.text.ScriptConverter;

/**
 * The competency queries of {@code ontology/queries/} on the store of the sample corpus. What each
 * must answer comes from the gold annotations of the sample articles (who said which figure, which
 * policies each official named), not from the extraction.
 */
class CompetencyQueriesTest {

    static final Path QUERIES = Path.of("ontology/queries");
    static final Path GOLD = Path.of("corpus/gold");

    @TempDir
    static Path dir;
    static KoujingStore store;
    static Map<String, Gold> gold = new HashMap<>();

    @BeforeAll
    static void buildTheSampleStore() throws Exception {
        Path storeDir = dir.resolve("store");
        int exit = Koujing.execute(java.io.OutputStream.nullOutputStream(), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                "build", "--store", storeDir.toString(), "corpus/articles");
        assertEquals(Koujing.OK, exit);
        store = KoujingStore.open(storeDir, false);
        try (Stream<Path> files = Files.list(GOLD)) {
            for (Path f : files.sorted().toList()) {
                Gold g = GoldReader.read(f);
                gold.put(g.doc(), g);
            }
        }
    }

    @Test
    void everyQueryStatesItsQuestionInEnglishAndChinese() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(QUERIES)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "at least ten competency queries");
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).matches("# [A-Z].*\\?.*"), f + ": an English question first");
            assertTrue(lines.get(1).matches("# .*[\\u4e00-\\u9fff].*？.*"), f + ": then the question in Chinese");
            assertFalse(rows(f.getFileName().toString()).isEmpty(), f + " answers on the sample corpus");
        }
    }

    @Test
    void officialsWithTheirFigures() {
        List<Map<String, String>> rows = rows("officials-figures.rq");
        // the first figure each article's gold gives an official
        for (Gold g : gold.values()) {
            g.figures().stream().filter(f -> f.speaker().isPresent()).findFirst().ifPresent(f ->
                    assertTrue(rows.stream().anyMatch(r -> r.get("official").equals(hans(f.speaker().get())) && sameValue(r, f)),
                            () -> g.doc() + ": " + f.speaker().get() + " " + f.surface()));
        }
    }

    @Test
    void everyFigureOfOneMetricAcrossArticles() {
        List<Map<String, String>> rows = rows("metric-across-articles.rq");
        List<Gold.Figure> expected = goldFigures(f -> f.metric().filter(m -> hans(m).contains("国内生产总值")).isPresent());
        assertTrue(expected.size() >= 5);
        for (Gold.Figure f : expected) {
            assertTrue(rows.stream().anyMatch(r -> sameValue(r, f)), () -> "GDP figure " + f.surface());
        }
        assertTrue(rows.stream().map(r -> r.get("article")).distinct().count() >= 3, "from three articles");
        assertTrue(rows.stream().anyMatch(r -> r.get("kind").endsWith("Target")), "the year's target among the results");
    }

    @Test
    void thePoliciesOfOneBody() {
        List<Map<String, String>> rows = rows("ministry-policies.rq");
        Set<String> pboc = gold.values().stream().flatMap(g -> g.officials().stream())
                .filter(o -> o.ministry().map(ScriptConverter::toSimplified).filter(m -> m.equals("中国人民银行")).isPresent())
                .map(o -> hans(o.name())).collect(Collectors.toSet());
        List<String> expected = gold.values().stream().flatMap(g -> g.policies().stream())
                .filter(p -> p.speaker().map(CompetencyQueriesTest::hans).filter(pboc::contains).isPresent())
                .map(p -> hans(p.label())).toList();
        assertTrue(expected.size() >= 5, "the sample's gold names PBOC policies");
        for (String label : expected) {
            assertTrue(rows.stream().anyMatch(r -> Scorer.samePolicy(r.get("policy"), label) && pboc.contains(r.get("official"))), label);
        }
    }

    @Test
    void targetsAgainstResults() {
        List<Map<String, String>> rows = rows("targets-vs-results.rq");
        Gold.Figure target = goldFigure("npc-economy-2025-hans.txt", "5%左右");
        Gold.Figure result = goldFigure("nbs-h1-2025-brief", "5.3%");
        assertTrue(rows.stream().anyMatch(r -> r.get("metric").contains("国内生产总值")
                && equal(r.get("target"), target.value()) && equal(r.get("result"), result.value())), rows::toString);
    }

    @Test
    void whatOneBodyPledgedInAYear() {
        List<Map<String, String>> rows = rows("pledges-by-ministry.rq");
        // 将从目前的5000亿元扩大到8000亿元至1万亿元; 宣布……下调存款准备金率0.5个百分点
        for (String surface : List.of("8000亿元至1万亿元", "0.5個百分點")) {
            assertTrue(rows.stream().anyMatch(r -> r.get("quote").contains(surface)), surface);
        }
        assertTrue(rows.stream().allMatch(r -> r.get("date").startsWith("2025")));
    }

    @Test
    void pledgedThenReported() throws Exception {
        List<Map<String, String>> rows = rows("pledged-then-reported.rq");
        // a policy the gold gives PBOC's governor in two articles: 今年将实施适度宽松的货币政策 in March,
        // then the measures taken under it in May
        Map<String, List<String>> articlesByPolicy = new HashMap<>();
        for (Gold g : gold.values()) {
            g.policies().stream().filter(p -> p.speaker().map(CompetencyQueriesTest::hans).filter("潘功胜"::equals).isPresent())
                    .forEach(p -> articlesByPolicy.computeIfAbsent(hans(p.label()), k -> new ArrayList<>()).add(g.doc()));
        }
        List<String> docs = articlesByPolicy.get("适度宽松的货币政策");
        assertEquals(2, docs.size(), "the gold names the policy in two articles");
        List<String> dates = new ArrayList<>();
        for (String doc : docs) {
            dates.add(articleDate(doc));
        }
        dates.sort(Comparator.naturalOrder());
        assertTrue(rows.stream().anyMatch(r -> r.get("ministry").equals("中国人民银行") && r.get("policy").equals("适度宽松的货币政策")
                && r.get("pledgeDate").equals(dates.get(0)) && r.get("reportDate").equals(dates.get(1))), rows::toString);
    }

    @Test
    void everythingOneOfficialSaid() {
        List<Map<String, String>> rows = rows("official-claims.rq");
        Set<String> expected = gold.values().stream()
                .filter(g -> g.officials().stream().anyMatch(o -> hans(o.name()).equals("吴清")))
                .map(Gold::doc).collect(Collectors.toSet());
        assertTrue(expected.size() >= 3);
        assertEquals(expected, rows.stream().map(r -> r.get("article")).collect(Collectors.toSet()));
    }

    @Test
    void whoNamedAPolicyWhen() {
        List<Map<String, String>> rows = rows("policy-timeline.rq");
        Set<String> expected = gold.values().stream().flatMap(g -> g.policies().stream())
                .filter(p -> hans(p.label()).contains("以旧换新") && p.speaker().isPresent())
                .map(p -> hans(p.speaker().get())).collect(Collectors.toSet());
        assertTrue(expected.size() >= 2);
        Set<String> speakers = rows.stream().map(r -> r.get("speaker")).filter(s -> s != null).collect(Collectors.toSet());
        assertTrue(speakers.containsAll(expected), () -> speakers + " has " + expected);
    }

    @Test
    void figuresNoOfficialStandsBehind() {
        List<Map<String, String>> rows = rows("unattributed-figures.rq");
        List<Gold.Figure> expected = goldFigures(f -> f.speaker().isEmpty() && f.speakerAlt().isEmpty());
        assertTrue(expected.size() >= 5);
        long listed = expected.stream()
                .filter(f -> rows.stream().anyMatch(r -> f.surface().contains(r.get("surface")) || r.get("surface").contains(f.surface()))).count();
        assertTrue(listed * 4 >= expected.size() * 3, () -> listed + " of " + expected.size() + " narrated figures listed");
        for (Gold.Figure f : goldFigures(f -> f.speaker().isPresent())) {
            assertTrue(rows.stream().noneMatch(r -> r.get("surface").equals(f.surface()) && r.get("quote").contains(hans(f.speaker().get()))),
                    () -> f.surface() + " has its speaker in its sentence");
        }
    }

    @Test
    void theBodiesWhoseOfficialsSpeak() {
        List<Map<String, String>> rows = rows("ministry-activity.rq");
        Set<String> speaking = gold.values().stream().flatMap(g -> g.figures().stream().flatMap(f -> f.speaker().stream())
                .flatMap(s -> g.officials().stream().filter(o -> o.name().equals(s)).flatMap(o -> o.ministry().stream())))
                .map(CompetencyQueriesTest::hans).collect(Collectors.toSet());
        assertTrue(speaking.size() >= 5);
        for (String body : speaking) {
            assertTrue(rows.stream().anyMatch(r -> r.get("name").equals(body) && Integer.parseInt(r.get("figures")) > 0), body);
        }
        long pbocArticles = gold.values().stream().filter(g -> g.figures().stream().flatMap(f -> f.speaker().stream())
                .map(CompetencyQueriesTest::hans).anyMatch("潘功胜"::equals)).count();
        Map<String, String> pboc = rows.stream().filter(r -> r.get("name").equals("中国人民银行")).findFirst().orElseThrow();
        assertEquals(String.valueOf(pbocArticles), pboc.get("articles"), "the articles in which the gold gives 潘功胜 figures");
    }

    @Test
    void whatWentDown() {
        List<Map<String, String>> rows = rows("declines.rq");
        List<Gold.Figure> expected = goldFigures(f -> f.change().filter("decline"::equals).isPresent());
        assertTrue(expected.size() >= 6);
        long listed = expected.stream().filter(f -> rows.stream().anyMatch(r -> sameValue(r, f))).count();
        assertTrue(listed >= expected.size() - 1, () -> listed + " of " + expected.size() + " declines listed");
        for (Map<String, String> r : rows) {
            Gold g = gold.get(r.get("article"));
            assertTrue(g.figures().stream().filter(f -> sameValue(r, f)).allMatch(f -> f.change().filter("decline"::equals).isPresent()),
                    () -> "not a decline: " + r);
        }
    }

    @Test
    void whereAFigureComesFrom() throws Exception {
        List<Map<String, String>> rows = rows("figure-provenance.rq");
        assertEquals(1, rows.size());
        Map<String, String> r = rows.get(0);
        Article article = ArticleReader.parseText(r.get("article"),
                Files.readString(Path.of("corpus/articles", r.get("article")), StandardCharsets.UTF_8));
        assertEquals(r.get("surface"), article.text().substring(Integer.parseInt(r.get("charStart")), Integer.parseInt(r.get("charEnd"))));
        assertTrue(r.get("quote").contains(r.get("surface")));
        Gold.Figure f = goldFigure(r.get("article"), r.get("surface"));
        assertEquals(f.speaker().isPresent(), !r.get("attribution").endsWith("NoSpeaker"));
    }

    // ---------------------------------------------------------------------------------------------

    static List<Map<String, String>> rows(String file) {
        String text;
        try {
            text = Files.readString(QUERIES.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Query query = QueryOperation.parse(text, IriScheme.DEFAULT_BASE);
        List<Map<String, String>> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = exec.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new HashMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = s.get(v);
                        if (n != null) {
                            row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                        }
                    }
                    rows.add(row);
                }
            }
        });
        return rows;
    }

    /** The date line of a sample article, or of the line of briefs.jsonl that is it. */
    static String articleDate(String doc) throws Exception {
        Path txt = Path.of("corpus/articles", doc);
        if (Files.exists(txt)) {
            return ArticleReader.parseText(doc, Files.readString(txt, StandardCharsets.UTF_8)).date().orElseThrow().toString();
        }
        for (String line : Files.readAllLines(Path.of("corpus/articles/briefs.jsonl"), StandardCharsets.UTF_8)) {
            if (line.contains("\"id\": \"" + doc + "\"") || line.contains("\"id\":\"" + doc + "\"")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"date\"\\s*:\\s*\"([0-9-]+)\"").matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new AssertionError("no article " + doc);
    }

    static List<Gold.Figure> goldFigures(Predicate<Gold.Figure> which) {
        return gold.values().stream().flatMap(g -> g.figures().stream()).filter(which).toList();
    }

    static Gold.Figure goldFigure(String doc, String surface) {
        return Optional.ofNullable(gold.get(doc)).flatMap(g -> g.figures().stream().filter(f -> f.surface().equals(surface)).findFirst())
                .orElseThrow(() -> new AssertionError("no gold figure " + surface + " in " + doc));
    }

    static boolean sameValue(Map<String, String> row, Gold.Figure f) {
        return equal(row.get("value"), f.value()) && f.unit().equals(row.get("unit"));
    }

    static boolean equal(String lexical, BigDecimal value) {
        return lexical != null && new BigDecimal(lexical).compareTo(value) == 0;
    }

    static String hans(String s) {
        return ScriptConverter.toSimplified(s);
    }
}
