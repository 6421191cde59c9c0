package org.w3id.koujing.ops;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.koujing.store.ExportFormat;
import org.w3id.koujing.store.KoujingStore;
import org.w3id.koujing.store.SortedExporter;

/** Writes the data of the store (the article graphs, not the vocabulary) in one of the export formats. */
public final class ExportOperation {

    private ExportOperation() {
    }

    /** @return the number of quads written */
    public static int run(KoujingStore store, String base, ExportFormat format, OutputStream out) {
        return run(store, base, format, out, q -> { });
    }

    /** As {@link #run(KoujingStore, String, ExportFormat, OutputStream)}, showing every quad to {@code each} too. */
    public static int run(KoujingStore store, String base, ExportFormat format, OutputStream out, Consumer<Quad> each) {
        List<Quad> quads = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            for (Node graph : store.articleGraphs()) {
                store.dataset().asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            }
        });
        quads.forEach(each);
        new SortedExporter(base).write(quads, format, out);
        return quads.size();
    }
}
