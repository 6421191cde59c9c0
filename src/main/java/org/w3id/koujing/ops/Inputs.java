package org.w3id.koujing.ops;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.w3id.koujing.ingest.ArticleReader;
import org.w3id.koujing.ingest.InputCollector;
import org.w3id.koujing.ingest.InputFile;
import org.w3id.koujing.ingest.InputProblem;
import org.w3id.koujing.ingest.ReadResult;
import org.w3id.koujing.model.Article;

/**
 * Reads the articles of the command line's inputs one file at a time, reporting each problem as
 * one line and going on with the other inputs. A failure while handling one article (a bug in
 * extraction, say) is reported the same way and does not stop the others.
 */
public final class Inputs {

    /** Called with each article read; an exception fails that article only, reported as one line. */
    @FunctionalInterface
    public interface ArticleHandler {
        void accept(Article article);
    }

    private Inputs() {
    }

    /**
     * About how many articles the inputs hold, for a progress bar: one a .txt file, one a line of a
     * .jsonl file (counted without being read as articles).
     */
    public static int estimate(List<Path> inputs) {
        int articles = 0;
        for (InputFile file : InputCollector.collect(inputs).files()) {
            if (!file.path().toString().endsWith(".jsonl")) {
                articles++;
                continue;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16)) {
                int previous = '\n';
                for (int b = in.read(); b >= 0; b = in.read()) {
                    if (b == '\n' && previous != '\n') {
                        articles++;
                    }
                    previous = b;
                }
                articles += previous != '\n' ? 1 : 0;
            } catch (IOException e) {
                articles++; // reading it for real will report the problem
            }
        }
        return articles;
    }

    /**
     * Reads every input, handing each article to {@code handler}.
     *
     * @return the number of inputs (files, lines or articles) that failed
     */
    public static int read(List<Path> inputs, ArticleHandler handler, Consumer<String> report) {
        InputCollector.Collected collected = InputCollector.collect(inputs);
        collected.skipped().forEach(f -> report.accept(f + ": skipped (not a .txt or .jsonl file)"));
        int failed = 0;
        for (InputProblem p : collected.problems()) {
            report.accept(p.toString());
            failed++;
        }
        for (InputFile file : collected.files()) {
            ReadResult result = ArticleReader.read(file);
            for (InputProblem p : result.problems()) {
                report.accept(p.toString());
                failed++;
            }
            for (Article article : result.articles()) {
                try {
                    handler.accept(article);
                } catch (RuntimeException e) {
                    report.accept(file.path() + " (" + article.id() + "): failed: " + e);
                    failed++;
                }
            }
        }
        return failed;
    }
}
