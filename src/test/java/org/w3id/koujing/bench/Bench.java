package org.w3id.koujing.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3id.koujing.extract.Extractor;
import org.w3id.koujing.ingest.ArticleReader;
import org.w3id.koujing.ingest.InputCollector;
import org.w3id.koujing.ingest.InputFile;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.rdf.OntologyFiles;

/**
 * {@code make bench}: measures what the issues ask to be measured, on this machine, in one run.
 * Extraction: characters per second of the whole extractor over the project's articles, beside
 * ICU's own Chinese word segmentation of the same text, and their ratio.
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
        LoadBench.run();
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
