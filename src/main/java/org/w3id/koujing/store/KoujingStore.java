package org.w3id.koujing.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.w3id.koujing.rdf.KJ;

/**
 * The TDB2 store: one named graph per article, each written in one transaction, plus the graphs of
 * the ontology and the gazetteers. Queries see the union of all graphs.
 */
public final class KoujingStore {

    private final Path location;
    private final Dataset dataset;

    private KoujingStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /** Opens the store in {@code dir}, creating it if {@code create} and it does not exist yet. */
    public static KoujingStore open(Path dir, boolean create) {
        if (!create && !Files.isDirectory(dir)) {
            throw new StoreException("no store at " + dir + " (run 'koujing build' first)", null);
        }
        try {
            Files.createDirectories(dir);
            return new KoujingStore(dir, TDB2Factory.connectDataset(dir.toString()));
        } catch (Exception e) {
            throw new StoreException(describe(dir, e), e);
        }
    }

    private static String describe(Path dir, Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock") || message.contains("already") || message.contains("another process")) {
            return "store " + dir + " is in use by another process";
        }
        return "cannot open store " + dir + ": " + message;
    }

    public Path location() {
        return location;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The content hash recorded in an article's graph, if the store has the article. */
    public Optional<String> contentHash(Node article) {
        return recorded(article, KJ.contentHash);
    }

    /** The value a graph records about its own name, read in a transaction of its own. */
    private Optional<String> recorded(Node graph, Node property) {
        return Txn.calculateRead(dataset, () -> {
            Iterator<Quad> found = dataset.asDatasetGraph().find(graph, graph, property, Node.ANY);
            return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm()) : Optional.<String>empty();
        });
    }

    /** Replaces a named graph with new content, atomically. */
    public void replace(Node graphName, Graph content) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(graphName);
            content.find().forEach(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /**
     * Loads a vocabulary graph unless the store already holds the same version of it; the version
     * is recorded in the graph as its dcterms:identifier.
     */
    public boolean ensureGraph(Node graphName, Graph content, String hash) {
        if (recorded(graphName, KJ.identifier).filter(hash::equals).isPresent()) {
            return false;
        }
        Graph withHash = GraphFactory.createDefaultGraph();
        content.find().forEach(withHash::add);
        withHash.add(graphName, KJ.identifier, NodeFactory.createLiteralString(hash));
        replace(graphName, withHash);
        return true;
    }

    /** The names of the article graphs, sorted. */
    public List<Node> articleGraphs() {
        return Txn.calculateRead(dataset, () -> {
            List<Node> graphs = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (isArticleGraph(g)) {
                    graphs.add(g);
                }
            });
            graphs.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return graphs;
        });
    }

    public static boolean isArticleGraph(Node graph) {
        return graph.isURI() && !graph.getURI().startsWith(KJ.GRAPHS);
    }
}
