package org.w3id.koujing.ops;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.koujing.rdf.ShapeValidator;
import org.w3id.koujing.store.KoujingStore;

/** Checks the data of the store (the union of its article graphs) against the SHACL shapes. */
public final class ValidateOperation {

    /** The outcome: how many article graphs were checked, and the violations found. */
    public record Result(int articles, long triples, List<ShapeValidator.Violation> violations) {
    }

    private ValidateOperation() {
    }

    public static Result run(KoujingStore store) {
        Graph union = GraphFactory.createDefaultGraph();
        List<Node> graphs = store.articleGraphs();
        Txn.executeRead(store.dataset(), () -> {
            for (Node g : graphs) {
                store.dataset().asDatasetGraph().getGraph(g).find().forEach(union::add);
            }
        });
        return new Result(graphs.size(), union.size(), ShapeValidator.standard().validate(union));
    }
}
