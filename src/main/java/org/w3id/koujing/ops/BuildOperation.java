package org.w3id.koujing.ops;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.koujing.ingest.ReadLimits;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.model.Extraction;
import org.w3id.koujing.rdf.KJ;
import org.w3id.koujing.rdf.OntologyFiles;
import org.w3id.koujing.rdf.ShapeValidator;
import org.w3id.koujing.store.KoujingStore;

/**
 * Adds articles to the store: each becomes one named graph, written in one transaction, and
 * replaced only when its content (or the extraction) changed. Each graph is checked against the
 * shapes before it is stored; violations are reported, and the graph is stored all the same.
 */
public final class BuildOperation {

    /** What a build did. */
    public static final class Summary {
        private int stored;
        private int unchanged;
        private int failed;
        private int undated;
        private int claims;
        private int figures;
        private long triples;
        private int violations;
        private long millis;

        public int stored() {
            return stored;
        }

        public int unchanged() {
            return unchanged;
        }

        public int failed() {
            return failed;
        }

        /** The articles read without a date, whose relative periods stay unresolved. */
        public int undated() {
            return undated;
        }

        public int violations() {
            return violations;
        }

        public long triples() {
            return triples;
        }

        @Override
        public String toString() {
            return String.format("%d articles stored, %d unchanged, %d inputs failed; %d claims, %d figures, %d triples; "
                    + "%d shape violations; %.1f s", stored, unchanged, failed, claims, figures, triples, violations, millis / 1000.0);
        }
    }

    private final Pipeline pipeline;
    private final ShapeValidator validator = ShapeValidator.standard();

    public BuildOperation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Summary run(KoujingStore store, List<Path> inputs, Consumer<String> report) {
        return run(store, inputs, ReadLimits.standard(), Report.to(report));
    }

    public Summary run(KoujingStore store, List<Path> inputs, ReadLimits limits, Report report) {
        long start = System.nanoTime();
        loadVocabulary(store);
        Summary summary = new Summary();
        Inputs.Counts counts = Inputs.read(inputs, limits, (article, encoding) -> add(store, article, encoding, summary, report), report);
        summary.failed = counts.failed();
        summary.undated = counts.undated();
        summary.millis = (System.nanoTime() - start) / 1_000_000;
        return summary;
    }

    /** Extracts an article and stores its graph in one transaction: all of it, or, on any failure, nothing. */
    private void add(KoujingStore store, Article article, String encoding, Summary summary, Report report) {
        Node graphName = pipeline.graphName(article);
        String hash = pipeline.contentHash(article, encoding);
        if (store.contentHash(graphName).filter(hash::equals).isPresent()) {
            summary.unchanged++;
            return;
        }
        Extraction e = pipeline.extract(article);
        Graph graph = pipeline.graph(e, hash, encoding);
        List<ShapeValidator.Violation> violations = validator.validate(graph);
        violations.forEach(v -> report.line(article.id() + ": " + v));
        store.replace(graphName, graph);
        summary.stored++;
        summary.claims += e.claims().size();
        summary.figures += e.claims().stream().mapToInt(c -> c.figures().size()).sum();
        summary.violations += violations.size();
        summary.triples += graph.size();
    }

    /** Loads the ontology and the gazetteers into graphs of their own, unless the store has them already. */
    private void loadVocabulary(KoujingStore store) {
        String base = pipeline.iris().base();
        store.ensureGraph(KJ.ONTOLOGY_GRAPH, OntologyFiles.graph(OntologyFiles.ONTOLOGY, base),
                Pipeline.sha256(text(OntologyFiles.ONTOLOGY)));
        Graph gazetteer = OntologyFiles.graph(OntologyFiles.MINISTRIES, base);
        OntologyFiles.graph(OntologyFiles.UNITS, base).find().forEach(gazetteer::add);
        store.ensureGraph(KJ.GAZETTEER_GRAPH, gazetteer,
                Pipeline.sha256(base + text(OntologyFiles.MINISTRIES) + text(OntologyFiles.UNITS)));
    }

    private static String text(String file) {
        return new String(OntologyFiles.bytes(file), StandardCharsets.UTF_8);
    }
}
