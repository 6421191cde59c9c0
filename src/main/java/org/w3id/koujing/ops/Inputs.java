package org.w3id.koujing.ops;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.w3id.koujing.ingest.ArticleReader;
import org.w3id.koujing.ingest.InputCollector;
import org.w3id.koujing.ingest.InputFile;
import org.w3id.koujing.ingest.InputProblem;
import org.w3id.koujing.ingest.ReadLimits;
import org.w3id.koujing.ingest.ReadResult;
import org.w3id.koujing.model.Article;

/**
 * Reads the articles of the command line's inputs one file at a time, reporting each problem as
 * one line and going on with the other inputs. A failure while handling one article (a bug in
 * extraction, say) is reported the same way and does not stop the others.
 */
public final class Inputs {

    /** Called with each article read and the encoding its file was read in; an exception fails that article only. */
    @FunctionalInterface
    public interface ArticleHandler {
        void accept(Article article, String encoding);
    }

    /** A reason, fit to show the user as is, why a handler could not take an article. */
    public static final class ArticleFailure extends RuntimeException {
        public ArticleFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** What reading the inputs came to: the inputs (files, lines or articles) that failed, and the articles read without a date. */
    public record Counts(int failed, int undated) {
    }

    private Inputs() {
    }

    /**
     * About how many articles the inputs hold, for a progress bar: one a .txt or .html file, one a
     * line of a .jsonl file (counted without being read as articles).
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

    public static Counts read(List<Path> inputs, ReadLimits limits, ArticleHandler handler, Report report) {
        InputCollector.Collected collected = InputCollector.collect(inputs);
        collected.skipped().forEach(f -> report.line(f + ": skipped (not a " + InputCollector.EXTENSION_LIST + " file)"));
        int failed = 0;
        int undated = 0;
        for (InputProblem p : collected.problems()) {
            report.line(p.toString());
            failed++;
        }
        for (InputFile file : collected.files()) {
            ReadResult result = ArticleReader.read(file, limits);
            result.encoding().ifPresent(e -> report.detail(file.path() + ": " + e + ", " + result.articles().size()
                    + (result.articles().size() == 1 ? " article" : " articles")));
            for (InputProblem p : result.problems()) {
                report.line(p.toString());
                failed++;
            }
            for (Article article : result.articles()) {
                if (article.date().isEmpty()) {
                    undated++;
                    report.detail(file.path() + " (" + article.id() + "): no date, so relative periods (今年, 去年) stay unresolved");
                }
                try {
                    handler.accept(article, result.encoding().orElseThrow());
                } catch (ArticleFailure e) {
                    report.line(file.path() + " (" + article.id() + "): " + e.getMessage());
                    failed++;
                } catch (RuntimeException | StackOverflowError e) {
                    // a bug, not the input's fault: one line, and the run goes on with the next article
                    report.line(file.path() + " (" + article.id() + "): internal error, article skipped: " + e
                            + (report.verbose() ? "" : " (--verbose shows where)"));
                    report.trace(e);
                    failed++;
                }
            }
        }
        if (undated > 0) {
            report.line(undated + (undated == 1 ? " article has" : " articles have") + " no date: relative periods (今年, 去年) in "
                    + (undated == 1 ? "it" : "them") + " stay unresolved" + (report.verbose() ? "" : " (--verbose names them)"));
        }
        return new Counts(failed, undated);
    }
}
