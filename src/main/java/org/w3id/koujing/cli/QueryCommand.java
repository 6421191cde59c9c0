package org.w3id.koujing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.w3id.koujing.ops.QueryOperation;
import org.w3id.koujing.rdf.IriScheme;
import org.w3id.koujing.store.KoujingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code koujing query}: runs SPARQL over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over the union of all articles plus the ontology and gazetteers.",
                       "The prefixes kj: rdf: rdfs: xsd: owl: dcterms: skos: qudt: unit: and id: are predeclared."})
final class QueryCommand implements Callable<Integer> {

    @ParentCommand
    Koujing root;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); CONSTRUCT and DESCRIBE give Turtle, or JSON-LD with json.")
    String format;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A SPARQL query, or the path of a .rq file.")
    String query;

    @Override
    public Integer call() throws IOException {
        QueryOperation.Format f;
        try {
            f = QueryOperation.format(format);
        } catch (IllegalArgumentException e) {
            throw new UserException("--format: unknown format \"" + format + "\" (table, csv, tsv, json)", Koujing.USAGE);
        }
        String text = query;
        Path file = Path.of(query.length() < 4096 ? query : ".");
        if (query.endsWith(".rq") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw new UserException(query + ": no such query file", Koujing.USAGE);
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        Query parsed;
        try {
            parsed = QueryOperation.parse(text, IriScheme.DEFAULT_BASE);
        } catch (QueryParseException e) {
            throw new UserException("bad SPARQL: " + e.getMessage().replace('\n', ' '), Koujing.USAGE);
        }
        QueryOperation.run(KoujingStore.open(store.store, false), parsed, f, root.out);
        root.out.flush();
        return Koujing.OK;
    }
}
