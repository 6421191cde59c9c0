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
import org.w3id.koujing.store.BulkLoad;
import org.w3id.koujing.store.KoujingStore;
import org.w3id.koujing.store.StoreException;

/**
 * Adds articles to the store: each becomes one named graph, replaced only when its content (or the
 * extraction) changed. Each graph is checked against the shapes before it is stored; violations are
 * reported, and the graph is stored all the same. Many articles going into a store that holds none
 * yet are loaded by Jena's bulk loader instead ({@link BulkBuild}), which leaves the shapes to
 * {@code koujing validate}; otherwise each article is written in a transaction of its own.
 */
public final class BuildOperation {

    /** How the articles go into the store. */
    public enum Mode {
        /** bulk loading into a new or empty store, one transaction per article otherwise */
        AUTO,
        /** bulk loading; only for a new or empty store */
        BULK,
        /** one transaction per article */
        INCREMENTAL
    }

    /** Told how many articles have been handled, and about how many there are in all. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, expected) -> { };

        void update(int done, int expected);
    }

    /** How to build: the mode, the bulk loader and who is told of progress. */
    public record Options(Mode mode, BulkLoad.Loader loader, Progress progress) {
        public static final Options DEFAULT = new Options(Mode.AUTO, BulkLoad.Loader.PARALLEL, Progress.NONE);
    }

    /**
     * The articles from which a build into a new or empty store goes through the bulk loader by
     * itself: below it, a transaction per article costs little, and each graph is checked against the
     * shapes before it is stored.
     */
    public static final int BULK_FROM = 500;

    /** What a build did. */
    public static final class Summary {
        int stored;
        int unchanged;
        int failed;
        int undated;
        int claims;
        int figures;
        long triples;
        int violations;
        long millis;
        BulkLoad.Loader bulk;

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

        public int claims() {
            return claims;
        }

        public int figures() {
            return figures;
        }

        public long millis() {
            return millis;
        }

        /** Whether the articles went in through a bulk loader. */
        public boolean bulk() {
            return bulk != null;
        }

        void add(int claims, int figures, long triples) {
            stored++;
            this.claims += claims;
            this.figures += figures;
            this.triples += triples;
        }

        @Override
        public String toString() {
            return String.format("%d articles stored, %d unchanged, %d inputs failed; %d claims, %d figures, %d triples; "
                    + "%s; %.1f s%s", stored, unchanged, failed, claims, figures, triples,
                    bulk == null ? violations + " shape violations" : "shapes not checked (koujing validate checks them)", millis / 1000.0,
                    bulk == null ? "" : " (bulk load, " + bulk + ")");
        }
    }

    private final Pipeline pipeline;
    private final ShapeValidator validator = ShapeValidator.standard();

    public BuildOperation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Summary run(KoujingStore store, List<Path> inputs, Consumer<String> report) {
        return run(store, inputs, ReadLimits.standard(), Report.to(report), Options.DEFAULT);
    }

    public Summary run(KoujingStore store, List<Path> inputs, ReadLimits limits, Report report, Options options) {
        long start = System.nanoTime();
        loadVocabulary(store);
        int expected = Inputs.estimate(inputs);
        boolean bulk = switch (options.mode()) {
            case AUTO -> expected >= BULK_FROM && !store.hasArticles();
            case BULK -> true;
            case INCREMENTAL -> false;
        };
        if (options.mode() == Mode.BULK && store.hasArticles()) {
            throw new StoreException("store " + store.location() + " already holds articles; a bulk load fills only a new or empty store "
                    + "(build without --bulk adds to it, one transaction per article)", null);
        }
        Summary summary = new Summary();
        if (bulk) {
            new BulkBuild(this, options.loader(), options.progress()).run(store, inputs, limits, report, summary, expected);
        } else {
            int[] done = {0};
            Inputs.Counts counts = Inputs.read(inputs, limits, (article, encoding) -> {
                add(store, article, encoding, summary, report);
                options.progress().update(++done[0], expected);
            }, report);
            summary.failed = counts.failed();
            summary.undated = counts.undated();
        }
        summary.millis = (System.nanoTime() - start) / 1_000_000;
        return summary;
    }

    /** Stores one article in a transaction of its own (all of it, or on any failure nothing), unless the store has it as it is. */
    void add(KoujingStore store, Article article, String encoding, Summary summary, Report report) {
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
        summary.add(e.claims().size(), figures(e), graph.size());
        summary.violations += violations.size();
    }

    static int figures(Extraction e) {
        return e.claims().stream().mapToInt(c -> c.figures().size()).sum();
    }

    Pipeline pipeline() {
        return pipeline;
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
