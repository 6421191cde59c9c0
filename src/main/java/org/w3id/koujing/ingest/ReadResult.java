package org.w3id.koujing.ingest;

import java.util.List;
import org.w3id.koujing.model.Article;

/** The articles read from one file, and the problems met on the way (a .jsonl file can have both). */
public record ReadResult(List<Article> articles, List<InputProblem> problems) {

    public ReadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    static ReadResult failed(InputProblem problem) {
        return new ReadResult(List.of(), List.of(problem));
    }
}
