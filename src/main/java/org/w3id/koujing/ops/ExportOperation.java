package org.w3id.koujing.ops;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.koujing.store.ExportFormat;
import org.w3id.koujing.store.GraphSource;
import org.w3id.koujing.store.KoujingStore;
import org.w3id.koujing.store.SortedExporter;

/**
 * Writes the data of the store (the article graphs, not the vocabulary) in one of the export
 * formats, streaming: one read transaction gives a consistent snapshot, read one graph at a time.
 */
public final class ExportOperation {

    private ExportOperation() {
    }

    /** @return the number of quads written */
    public static long run(KoujingStore store, String base, ExportFormat format, OutputStream out) {
        return run(store, base, format, out, q -> { });
    }

    /** As {@link #run(KoujingStore, String, ExportFormat, OutputStream)}, showing every quad to {@code each} too. */
    public static long run(KoujingStore store, String base, ExportFormat format, OutputStream out, Consumer<Quad> each) {
        GraphSource source = new GraphSource() {
            @Override
            public List<Node> graphs() {
                return store.articleGraphs();
            }

            @Override
            public List<Triple> triples(Node graph) {
                List<Triple> triples = new ArrayList<>();
                store.dataset().asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
                return triples;
            }
        };
        return Txn.calculateRead(store.dataset(), () -> new SortedExporter(base).write(source, format, out, each));
    }
}
