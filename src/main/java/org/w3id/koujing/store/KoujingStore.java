package org.w3id.koujing.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.koujing.rdf.KJ;

/**
 * The TDB2 store: one named graph per article, each written in one transaction, plus the graphs of
 * the ontology and the gazetteers. Queries see the union of all graphs. A new or empty store can
 * also be filled by Jena's bulk loader ({@link #bulkLoad}), which switches the store over only once
 * the load is whole.
 */
public final class KoujingStore implements AutoCloseable {

    private final Path location;
    /** Replaced when a bulk load switches the store over to the storage it wrote. */
    private Dataset dataset;

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
        boolean locked = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            locked |= t instanceof AlreadyLocked;
        }
        if (locked || message.contains("lock") || message.contains("already") || message.contains("another process")) {
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

    /** Whether the store holds any article yet. */
    public boolean hasArticles() {
        return Txn.calculateRead(dataset, () -> {
            Iterator<Node> graphs = dataset.asDatasetGraph().listGraphNodes();
            while (graphs.hasNext()) {
                if (isArticleGraph(graphs.next())) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * The graph of an article, found by its identity (its {@code dcterms:identifier}: the .jsonl id
     * or the path relative to the input folder) or by the IRI of its graph.
     */
    public Optional<Node> findArticle(String idOrIri) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node asIri = NodeFactory.createURI(idOrIri);
            if (isArticleGraph(asIri) && dsg.containsGraph(asIri) && dsg.find(asIri, asIri, KJ.type, KJ.Article).hasNext()) {
                return Optional.of(asIri);
            }
            Iterator<Quad> found = dsg.find(Node.ANY, Node.ANY, KJ.identifier, NodeFactory.createLiteralString(idOrIri));
            while (found.hasNext()) {
                Quad q = found.next();
                if (q.getGraph().equals(q.getSubject()) && isArticleGraph(q.getGraph())) {
                    return Optional.of(q.getGraph());
                }
            }
            return Optional.empty();
        });
    }

    /** Removes article graphs, all in one transaction. */
    public void remove(Collection<Node> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach(dataset.asDatasetGraph()::removeGraph));
    }

    /**
     * Fills the store with Jena's bulk loader and switches the store over to what it loaded.
     * {@code feed} writes the quads of the articles to the stream it is given; the store's own
     * graphs (the ontology, the gazetteers) are carried over.
     *
     * @return the number of quads loaded, the carried-over graphs included
     */
    public long bulkLoad(BulkLoad.Loader loader, Consumer<StreamRDF> feed) {
        List<Quad> vocabulary = Txn.calculateRead(dataset, () -> {
            List<Quad> quads = new ArrayList<>();
            dataset.asDatasetGraph().find().forEachRemaining(q -> {
                if (!isArticleGraph(q.getGraph())) {
                    quads.add(q);
                }
            });
            return quads;
        });
        return new BulkLoad(location, loader).run(out -> {
            vocabulary.forEach(out::quad);
            feed.accept(out);
        }, () -> TDBInternal.expel(dataset.asDatasetGraph()), () -> dataset = TDB2Factory.connectDataset(location.toString()));
    }

    /** Lets go of the store: its files, and the lock that keeps other processes out. */
    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    public static boolean isArticleGraph(Node graph) {
        return graph.isURI() && !graph.getURI().startsWith(KJ.GRAPHS);
    }
}
