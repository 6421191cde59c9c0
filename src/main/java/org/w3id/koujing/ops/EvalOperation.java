package org.w3id.koujing.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.w3id.koujing.eval.Gold;
import org.w3id.koujing.eval.GoldReader;
import org.w3id.koujing.eval.Score;
import org.w3id.koujing.eval.Scorer;
import org.w3id.koujing.ingest.InputException;
import org.w3id.koujing.ingest.ReadLimits;

/** Scores the extraction of articles against their gold files. */
public final class EvalOperation {

    /** The score of each article, and their sum. */
    public record Result(List<String> articles, List<Score> scores, Score total, int failed) {
    }

    private EvalOperation() {
    }

    public static Result run(Pipeline pipeline, Path goldDir, List<Path> inputs, Consumer<String> report) {
        return run(pipeline, goldDir, inputs, ReadLimits.standard(), Report.to(report));
    }

    public static Result run(Pipeline pipeline, Path goldDir, List<Path> inputs, ReadLimits limits, Report report) {
        List<String> articles = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        Score total = new Score();
        int failed = Inputs.read(inputs, limits, (article, encoding) -> {
            Optional<Path> goldFile = GoldReader.find(goldDir, article.id());
            if (goldFile.isEmpty()) {
                throw new Inputs.ArticleFailure("no gold file for " + article.id() + " in " + goldDir);
            }
            Gold gold;
            try {
                gold = GoldReader.read(goldFile.get());
            } catch (InputException e) {
                throw new Inputs.ArticleFailure(e.getMessage());
            }
            Score score = Scorer.score(gold, pipeline.extract(article));
            articles.add(article.id());
            scores.add(score);
            total.add(score);
        }, report).failed();
        return new Result(articles, scores, total, failed);
    }
}
