package org.w3id.koujing.cli;

import org.w3id.koujing.ingest.ReadLimits;
import picocli.CommandLine.Option;

/** The options of the commands that read articles. */
public final class InputOptions {

    @Option(names = "--max-article-size", paramLabel = "SIZE", defaultValue = "4MB",
            description = "Largest .txt or .html file, or .jsonl line, read as one article (default: ${DEFAULT-VALUE});"
                    + " a larger one is reported and skipped. K, M and G are powers of 1024.")
    String maxArticleSize;

    /** The limits, checked. */
    ReadLimits limits() {
        try {
            return new ReadLimits(ReadLimits.parseSize(maxArticleSize));
        } catch (IllegalArgumentException e) {
            throw new UserException("--max-article-size: " + e.getMessage(), Koujing.USAGE);
        }
    }
}
