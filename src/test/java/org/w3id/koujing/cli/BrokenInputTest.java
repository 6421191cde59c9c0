package org.w3id.koujing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance of "any input, no crash": a folder of broken files among good articles in several
 * encodings and formats, built through the real command line into a real store.
 */
class BrokenInputTest {

    static final Path CORPUS = Path.of(CliTest.CORPUS);

    /** The figures of one article as the store holds them, everything but offsets, one CSV row each. */
    static final String FIGURES = """
            SELECT ?value ?max ?unit ?qualifier ?start ?end ?metric ?speaker ?surface ?quote WHERE {
              ?a dcterms:identifier "%s" . ?c kj:source ?a ; kj:quote ?quote ; kj:reportsFigure ?f .
              ?f kj:value ?value ; kj:unit ?unit ; kj:qualifier ?qualifier .
              OPTIONAL { ?f kj:maxValue ?max } OPTIONAL { ?f kj:periodStart ?start } OPTIONAL { ?f kj:periodEnd ?end }
              OPTIONAL { ?f kj:surface ?surface }
              OPTIONAL { ?f kj:measures/rdfs:label ?metric FILTER(lang(?metric) = "zh-Hans") }
              OPTIONAL { ?c kj:claimedBy/rdfs:label ?speaker FILTER(lang(?speaker) = "zh-Hans") }
            } ORDER BY ?quote ?surface ?value ?unit ?metric ?start ?end ?qualifier ?max ?speaker""";

    @Test
    void brokenFilesAreOneLineEachAndEveryGoodArticleIsStoredAsItsUtf8Version(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(in.resolve("good/nested"));
        Files.createDirectories(in.resolve("broken"));
        String hans = Files.readString(CORPUS.resolve("nbs-gdp-2024-hans.txt"));
        String hant = Files.readString(CORPUS.resolve("pboc-stimulus-2024-hant.txt"));
        String page = Files.readString(CORPUS.resolve("customs-trade-2024-hans.txt"));

        // good articles: the same texts in other encodings and as a web page
        Files.copy(CORPUS.resolve("nbs-gdp-2024-hans.txt"), in.resolve("good/utf8.txt"));
        Files.write(in.resolve("good/gb18030.txt"), hans.getBytes(Charset.forName("GB18030")));
        Files.write(in.resolve("good/nested/utf16.txt"), ("\uFEFF" + hans).getBytes(StandardCharsets.UTF_16BE));
        Files.write(in.resolve("good/utf8-bom.txt"), ("\uFEFF" + hans).getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("good/big5.txt"), hant.getBytes(Charset.forName("Big5")));
        Files.writeString(in.resolve("good/page.html"), html(page));
        List<String> briefs = new ArrayList<>(Files.readAllLines(CORPUS.resolve("briefs.jsonl")));
        briefs.add(1, "{\"id\": \"cut-off\", \"text\": \"国家统计局");
        Files.write(in.resolve("good/briefs.jsonl"), briefs);
        Files.writeString(in.resolve("good/notes.md"), "# not an article");

        // broken files
        Files.write(in.resolve("broken/empty.txt"), new byte[0]);
        Files.writeString(in.resolve("broken/header-only.txt"), "date 2025-01-17\n\n");
        byte[] png = new byte[2048];
        new java.util.Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 0, png, 0, 4);
        Files.write(in.resolve("broken/image.txt"), png);
        byte[] utf8 = hans.getBytes(StandardCharsets.UTF_8);
        int cut = utf8.length / 2;
        while ((utf8[cut] & 0xF0) != 0xE0) {
            cut++; // the first byte of a character of three
        }
        Files.write(in.resolve("broken/truncated.txt"), Arrays.copyOf(utf8, cut + 2));
        Files.writeString(in.resolve("broken/bad-date.txt"), "date 2026-13-45\n" + hans.substring(hans.indexOf('\n') + 1));
        String sentence = "国家统计局局长康义表示，国内生产总值增长5%。";
        int length = sentence.getBytes(StandardCharsets.UTF_8).length;
        Files.writeString(in.resolve("broken/one-line-5mb.txt"), sentence.repeat((5 * 1024 * 1024 + length - 1) / length));
        try (RandomAccessFile f = new RandomAccessFile(in.resolve("broken/dump-100mb.txt").toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024); // a real 100 MB file, sparse: the limit refuses it unread
        }

        String store = dir.resolve("store").toString();
        Cli build = Cli.run("build", "--store", store, in.toString());

        assertEquals(1, build.exit(), build.err());
        assertFalse(build.err().contains("Exception") || build.err().contains("\tat ") || build.err().contains("internal error"), build.err());
        Map<String, String> lines = new TreeMap<>();
        for (String line : build.err().lines().toList()) {
            assertTrue(line.startsWith(in.toString()), "every line names its file: " + line);
            String file = in.relativize(Path.of(line.substring(0, line.indexOf(": ")))).toString().replace('\\', '/');
            assertEquals(null, lines.put(file, line.substring(line.indexOf(": ") + 2)), "one line for " + file + "\n" + build.err());
        }
        assertEquals(Map.of(
                "broken/bad-date.txt", "impossible date \"2026-13-45\"",
                "broken/dump-100mb.txt", "too large for one article: 100.0 MB, over the limit of 4.0 MB (--max-article-size raises it)",
                "broken/empty.txt", "empty file",
                "broken/header-only.txt", "no article text after the date line",
                "broken/image.txt", "binary file, not text (a PNG image)",
                "broken/one-line-5mb.txt", "too large for one article: 5.0 MB, over the limit of 4.0 MB (--max-article-size raises it)",
                "broken/truncated.txt", "truncated UTF-8: the file ends inside a character, so it was probably cut off",
                "good/briefs.jsonl:2", lines.get("good/briefs.jsonl:2"),
                "good/notes.md", "skipped (not a .txt, .jsonl, .html or .htm file)"), lines);
        assertTrue(lines.get("good/briefs.jsonl:2").startsWith("not valid JSON"), lines.get("good/briefs.jsonl:2"));
        int jsonArticles = briefs.size() - 1;
        assertTrue(build.out().startsWith("build: " + (6 + jsonArticles) + " articles stored, 0 unchanged, 8 inputs failed"), build.out());

        // exactly the good articles are stored, each read in its own encoding
        Cli stored = Cli.run("query", "--store", store, "--format", "csv",
                "SELECT ?id ?encoding WHERE { ?a a kj:Article ; dcterms:identifier ?id ; kj:sourceEncoding ?encoding } ORDER BY ?id");
        Map<String, String> encodings = stored.out().lines().skip(1).map(l -> l.split(","))
                .collect(Collectors.toMap(l -> l[0], l -> l[1], (a, b) -> a + "+" + b, TreeMap::new));
        Map<String, String> expected = new TreeMap<>(Map.of("good/utf8.txt", "UTF-8", "good/gb18030.txt", "GB18030",
                "good/nested/utf16.txt", "UTF-16BE", "good/utf8-bom.txt", "UTF-8", "good/big5.txt", "Big5", "good/page.html", "UTF-8"));
        for (String brief : briefs) {
            if (!brief.contains("cut-off")) {
                expected.put(brief.replaceAll(".*?\"id\": \"([^\"]+)\".*", "$1"), "UTF-8");
            }
        }
        assertEquals(expected, encodings);

        // with the same figures as their UTF-8 versions
        String reference = dir.resolve("reference").toString();
        assertEquals(0, Cli.run("build", "--store", reference, CliTest.CORPUS).exit());
        Map<String, String> sameAs = Map.of("good/utf8.txt", "nbs-gdp-2024-hans.txt", "good/gb18030.txt", "nbs-gdp-2024-hans.txt",
                "good/nested/utf16.txt", "nbs-gdp-2024-hans.txt", "good/utf8-bom.txt", "nbs-gdp-2024-hans.txt",
                "good/big5.txt", "pboc-stimulus-2024-hant.txt", "good/page.html", "customs-trade-2024-hans.txt");
        for (Map.Entry<String, String> e : sameAs.entrySet()) {
            String want = Cli.run("query", "--store", reference, "--format", "csv", FIGURES.formatted(e.getValue())).out();
            String got = Cli.run("query", "--store", store, "--format", "csv", FIGURES.formatted(e.getKey())).out();
            assertTrue(want.lines().count() > 10, e.getValue() + " has figures");
            assertEquals(want, got, e.getKey() + " has the figures of " + e.getValue());
        }

        Cli validate = Cli.run("validate", "--store", store);
        assertEquals(0, validate.exit(), validate.out());
        assertTrue(validate.out().contains("no violations"), validate.out());

        // a rebuild reads the same, stores nothing new and fails the same inputs
        Cli again = Cli.run("build", "--store", store, in.toString());
        assertEquals(1, again.exit());
        assertTrue(again.out().startsWith("build: 0 articles stored, " + (6 + jsonArticles) + " unchanged, 8 inputs failed"), again.out());
    }

    @Test
    void anArticleWithoutADateIsStoredAndTheBuildSaysItsPeriodsStayUnresolved(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("undated.txt");
        Files.writeString(file, "国家统计局局长康义表示，今年国内生产总值比上年增长5.0%。");
        String store = dir.resolve("store").toString();
        Cli build = Cli.run("build", "--store", store, file.toString());
        assertEquals(0, build.exit(), build.err());
        assertEquals(List.of("1 article has no date: relative periods (今年, 去年) in it stay unresolved (--verbose names them)"),
                build.err().lines().toList());
        Cli verbose = Cli.run("--verbose", "build", "--store", dir.resolve("store2").toString(), file.toString());
        assertEquals(List.of(file + ": UTF-8, 1 article", file + " (undated.txt): no date, so relative periods (今年, 去年) stay unresolved",
                "1 article has no date: relative periods (今年, 去年) in it stay unresolved"), verbose.err().lines().toList());
        Cli periods = Cli.run("query", "--store", store, "--format", "csv",
                "SELECT (COUNT(?f) AS ?figures) (COUNT(?start) AS ?dated) WHERE { ?f a kj:Figure OPTIONAL { ?f kj:periodStart ?start } }");
        assertEquals(List.of("figures,dated", "1,0"), periods.out().lines().toList());
    }

    @Test
    void theSizeLimitIsAnOption(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "date 2025-01-17\n" + "国家统计局局长康义表示，国内生产总值增长5%。".repeat(100));
        String store = dir.resolve("store").toString();
        Cli small = Cli.run("build", "--store", store, "--max-article-size", "2KB", file.toString());
        assertEquals(1, small.exit());
        assertEquals(List.of(file + ": too large for one article: " + String.format(java.util.Locale.ROOT, "%.1f KB", Files.size(file) / 1024.0)
                + ", over the limit of 2.0 KB (--max-article-size raises it)"), small.err().lines().toList());
        assertEquals(0, Cli.run("build", "--store", store, "--max-article-size", "8k", file.toString()).exit());
        Cli bad = Cli.run("extract", "--max-article-size", "lots", file.toString());
        assertEquals(2, bad.exit());
        assertEquals(List.of("koujing extract: --max-article-size: \"lots\" is not a size (e.g. 4MB, 512KB, 100000)"), bad.err().lines().toList());
    }

    /** A news page holding the article of a .txt file: its date in the metadata, its blocks as paragraphs, and the clutter of a real page. */
    static String html(String txt) {
        String date = txt.substring(5, 15);
        String body = txt.substring(txt.indexOf('\n') + 1).strip();
        String paragraphs = Arrays.stream(body.split("\n\\s*\n"))
                .map(b -> "    <p>" + b.strip().replace("\n", "<br>\n") + "</p>")
                .collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <title>外贸成绩单 - 新闻网</title>
                <meta property="article:published_time" content="%sT09:30:00+08:00">
                <script>window.ads = ["增长99%%"];</script>
                </head><body>
                <nav><ul><li><a href="/">首页</a></li><li><a href="/trade">外贸</a></li></ul></nav>
                <article>
                %s
                </article>
                <aside><p>相关阅读：某省出口增长88%%。</p></aside>
                <footer>版权所有</footer>
                </body></html>
                """.formatted(date, paragraphs);
    }
}
