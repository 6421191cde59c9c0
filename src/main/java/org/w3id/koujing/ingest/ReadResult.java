package org.w3id.koujing.ingest;

import java.util.List;
import java.util.Optional;
import org.w3id.koujing.model.Article;

/**
 * The articles read from one file, the problems met on the way (a .jsonl file can have both), and
 * the encoding the file was read in, where it was.
 */
public record ReadResult(List<Article> articles, List<InputProblem> problems, Optional<String> encoding) {

    public ReadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public ReadResult(List<Article> articles, List<InputProblem> problems) {
        this(articles, problems, Optional.empty());
    }

    static ReadResult failed(InputProblem problem) {
        return new ReadResult(List.of(), List.of(problem));
    }
}
