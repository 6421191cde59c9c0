package org.w3id.koujing.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.w3id.koujing.extract.Extractor;
import org.w3id.koujing.ingest.ArticleReader;
import org.w3id.koujing.ingest.InputCollector;
import org.w3id.koujing.ingest.InputFile;
import org.w3id.koujing.ingest.ReadLimits;
import org.w3id.koujing.ingest.ReadResult;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.ops.Pipeline;
import org.w3id.koujing.rdf.IriScheme;
import org.w3id.koujing.rdf.OntologyFiles;

/**
 * {@code make bench}: measures what the issues ask to be measured, on this machine, in one run.
 * Extraction: characters per second of the whole extractor over the project's articles, beside
 * ICU's own Chinese word segmentation of the same text, and their ratio. Input at scale: the time
 * from bytes to quads (reading, extraction, mapping) of one 2 MB article on a single line, and of
 * 10,000 short articles in one .jsonl file.
 */
public final class Bench {

    private static final int ROUNDS = 5;
    private static final long TARGET_CHARS = 4_000_000;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<Article> articles = corpus();
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        System.out.printf(Locale.ROOT, "corpus: %d articles, %d characters; each round reads them %d times%n",
                articles.size(), chars, repeats(chars));
        extraction(articles, chars);
        scale(articles);
        LoadBench.run();
    }

    /** From bytes to quads: one 2 MB article on a single line, then 10,000 short articles as JSON lines. */
    static void scale(List<Article> articles) {
        Pipeline pipeline = new Pipeline(IriScheme.standard());
        StringBuilder line = new StringBuilder("date 2025-01-17\n");
        for (int i = 0; line.toString().getBytes(StandardCharsets.UTF_8).length < 2_000_000; i++) {
            line.append(articles.get(i % articles.size()).text().replaceAll("\\s+", ""));
        }
        byte[] big = line.toString().getBytes(StandardCharsets.UTF_8);
        long[] quads = {0};
        double seconds = seconds(() -> quads[0] = toQuads(pipeline, ArticleReader.read("big.txt", "big.txt", "txt", big, ReadLimits.standard())));
        System.out.printf(Locale.ROOT, "2 MB single-line article: %,d bytes, %,d characters: %.1f s from bytes to %,d quads%n",
                big.length, line.length(), seconds, quads[0]);

        StringBuilder jsonl = new StringBuilder();
        List<String> sentences = articles.stream().flatMap(a -> Arrays.stream(a.text().split("(?<=。)"))).map(String::strip)
                .filter(s -> s.length() > 20 && !s.contains("\"")).toList();
        for (int i = 0; i < 10_000; i++) {
            String text = sentences.get(i % sentences.size()) + sentences.get((i * 7 + 3) % sentences.size());
            jsonl.append("{\"id\": \"short-").append(i).append("\", \"date\": \"2025-01-17\", \"text\": \"")
                    .append(text.replace("\\", "\\\\").replace("\n", "\\n")).append("\"}\n");
        }
        byte[] lines = jsonl.toString().getBytes(StandardCharsets.UTF_8);
        ReadResult[] result = new ReadResult[1];
        seconds = seconds(() -> {
            result[0] = ArticleReader.read("short.jsonl", "short.jsonl", "jsonl", lines, ReadLimits.standard());
            quads[0] = toQuads(pipeline, result[0]);
        });
        System.out.printf(Locale.ROOT, "10,000 short articles:    %,d articles, %,d bytes: %.1f s from bytes to %,d quads (%.2f ms an article)%n",
                result[0].articles().size(), lines.length, seconds, quads[0], seconds * 1000 / result[0].articles().size());
    }

    private static long toQuads(Pipeline pipeline, ReadResult read) {
        if (!read.problems().isEmpty()) {
            throw new IllegalStateException("the bench's own input failed: " + read.problems());
        }
        long[] count = {0};
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                count[0]++;
            }
        };
        for (Article a : read.articles()) {
            String encoding = read.encoding().orElseThrow();
            pipeline.map(pipeline.extract(a), pipeline.contentHash(a, encoding), encoding, sink);
        }
        return count[0];
    }

    private static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Every article of the project's corpora (and the shared seed, when it is there). */
    static List<Article> corpus() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(Path.of("corpus/articles"), Path.of("src/test/resources/corpus")));
        Path seed = Path.of("../shared/corpus/seed-2026-03-05.txt");
        if (Files.exists(seed)) {
            roots.add(seed);
        }
        List<Article> articles = new ArrayList<>();
        for (InputFile f : InputCollector.collect(roots).files()) {
            articles.addAll(ArticleReader.read(f).articles());
        }
        return articles;
    }

    private static long repeats(long chars) {
        return Math.max(1, TARGET_CHARS / Math.max(1, chars));
    }

    static void extraction(List<Article> articles, long chars) {
        Extractor extractor = org.w3id.koujing.ops.Pipeline.standardExtractor();
        BreakIterator words = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        long repeats = repeats(chars);
        long[] sink = {0};
        Runnable extract = () -> {
            for (long r = 0; r < repeats; r++) {
                for (Article a : articles) {
                    sink[0] += extractor.extract(a).claims().size();
                }
            }
        };
        Runnable segment = () -> {
            for (long r = 0; r < repeats; r++) {
                for (Article a : articles) {
                    words.setText(a.text());
                    for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
                        sink[0]++;
                    }
                }
            }
        };
        double extractRate = rate(extract, chars * repeats);
        double segmentRate = rate(segment, chars * repeats);
        System.out.printf(Locale.ROOT, "extraction:          %,12.0f chars/s (best of %d rounds)%n", extractRate, ROUNDS);
        System.out.printf(Locale.ROOT, "ICU word breaking:   %,12.0f chars/s (best of %d rounds)%n", segmentRate, ROUNDS);
        System.out.printf(Locale.ROOT, "ratio extraction/ICU: %.2f (goal: at least 0.50)%n", extractRate / segmentRate);
        if (sink[0] == 42) {
            System.out.println(); // keeps the work from being optimised away
        }
    }

    /** Characters per second: the best of a few rounds after one to warm up. */
    static double rate(Runnable work, long chars) {
        work.run();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return chars / (best / 1e9);
    }

}
