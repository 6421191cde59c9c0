package org.w3id.koujing.ops;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.w3id.koujing.rdf.KJ;
import org.w3id.koujing.store.KoujingStore;

/**
 * Runs a SPARQL query over the union of all graphs of the store (every article plus the ontology
 * and gazetteers). The project's prefixes (kj:, rdfs:, dcterms:, unit: ...) are predeclared.
 */
public final class QueryOperation {

    /** The result formats of {@code koujing query}. */
    public enum Format { TABLE, CSV, TSV, JSON }

    private QueryOperation() {
    }

    /** Parses a query; the message of the exception says where it is wrong. */
    public static Query parse(String text, String base) throws QueryParseException {
        Query query = new Query();
        // a copy that the query may extend or redeclare (PREFIX kj: <…> at its top)
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(KJ.prefixes(base)));
        return QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
    }

    public static void run(KoujingStore store, Query query, Format format, OutputStream out) {
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                if (query.isSelectType()) {
                    var results = exec.execSelect();
                    switch (format) {
                        case TABLE -> ResultSetFormatter.out(out, results, query.getPrefixMapping());
                        case CSV -> ResultSetFormatter.outputAsCSV(out, results);
                        case TSV -> ResultSetFormatter.outputAsTSV(out, results);
                        case JSON -> ResultSetFormatter.outputAsJSON(out, results);
                    }
                } else if (query.isAskType()) {
                    boolean answer = exec.execAsk();
                    switch (format) {
                        case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
                        case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
                        case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
                        case TABLE -> print(out, answer ? "yes\n" : "no\n");
                    }
                } else {
                    Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                    model.setNsPrefixes(query.getPrefixMapping());
                    RDFDataMgr.write(out, model, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
                }
            }
        });
    }

    private static void print(OutputStream out, String s) {
        try {
            out.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Format format(String name) {
        return Format.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
