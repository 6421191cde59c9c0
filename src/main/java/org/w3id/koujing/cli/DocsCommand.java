package org.w3id.koujing.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.koujing.docs.OntologyDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code koujing docs}: the ontology's documentation, written from the ontology itself. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = {"Writes the ontology's documentation: an HTML page of every class, property and individual,",
                       "and the class diagram in Graphviz's DOT language (make docs draws it as SVG)."})
final class DocsCommand implements Callable<Integer> {

    @ParentCommand
    Koujing root;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "docs/ontology",
            description = "The folder to write " + OntologyDocs.PAGE + " and " + OntologyDocs.DIAGRAM + " in (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException {
        new OntologyDocs().write(output);
        new PrintStream(root.out, true, StandardCharsets.UTF_8)
                .printf("docs: %s and %s -> %s%n", OntologyDocs.PAGE, OntologyDocs.DIAGRAM, output);
        return Koujing.OK;
    }
}
