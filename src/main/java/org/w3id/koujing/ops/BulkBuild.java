package org.w3id.koujing.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.w3id.koujing.ingest.ReadLimits;
import org.w3id.koujing.model.Article;
import org.w3id.koujing.model.Extraction;
import org.w3id.koujing.store.BulkLoad;
import org.w3id.koujing.store.KoujingStore;

/**
 * Fills a new or empty store through Jena's bulk loader. Extraction runs on a thread of its own and
 * hands each article's quads to the loader over a bounded queue, so that extracting and loading keep
 * both cores busy while memory holds only the articles in between. The quads carry each article's
 * content hash, as an incremental build's do, so that a later build skips the unchanged articles.
 * The graphs are not checked against the shapes here (the check costs more than the extraction):
 * {@code koujing validate} checks the whole store.
 * An article met again with other content (the same identity twice in the input) is stored after
 * the load, in a transaction of its own, so that the last one wins as in an incremental build.
 */
final class BulkBuild {

    /** Articles extracted ahead of the loader, at most. */
    private static final int AHEAD = 256;
    /** The end of the articles (compared by identity). */
    private static final List<Quad> END = new ArrayList<>();

    private final BuildOperation build;
    private final BulkLoad.Loader loader;
    private final BuildOperation.Progress progress;
    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(AHEAD);
    private volatile boolean cancelled;

    BulkBuild(BuildOperation build, BulkLoad.Loader loader, BuildOperation.Progress progress) {
        this.build = build;
        this.loader = loader;
        this.progress = progress;
    }

    void run(KoujingStore store, List<Path> inputs, ReadLimits limits, Report report, BuildOperation.Summary summary, int expected) {
        Pipeline pipeline = build.pipeline();
        Map<Node, String> latest = new HashMap<>();
        List<Map.Entry<Article, String>> again = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread extraction = new Thread(() -> {
            try {
                Inputs.Counts counts = Inputs.read(inputs, limits, (article, encoding) -> {
                    if (cancelled) {
                        return;
                    }
                    Node graph = pipeline.graphName(article);
                    String hash = pipeline.contentHash(article, encoding);
                    String before = latest.put(graph, hash);
                    if (hash.equals(before)) {
                        summary.unchanged++;
                    } else if (before != null) {
                        again.add(Map.entry(article, encoding));
                    } else {
                        Extraction e = pipeline.extract(article);
                        Set<Quad> quads = new LinkedHashSet<>();
                        pipeline.map(e, hash, encoding, new StreamRDFBase() {
                            @Override
                            public void quad(Quad q) {
                                quads.add(q);
                            }
                        });
                        summary.add(e.claims().size(), BuildOperation.figures(e), quads.size());
                        hand(List.copyOf(quads));
                    }
                }, report);
                summary.failed = counts.failed();
                summary.undated = counts.undated();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                hand(END);
            }
        }, "koujing-extraction");
        extraction.setDaemon(true);
        store.bulkLoad(loader, out -> {
            extraction.start();
            try {
                int done = 0;
                for (List<Quad> article = take(); article != END; article = take()) {
                    article.forEach(out::quad);
                    progress.update(++done, expected);
                }
                extraction.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading", e);
            } finally {
                cancelled = true;
            }
            if (failure.get() != null) {
                throw new IllegalStateException("extraction failed: " + failure.get(), failure.get());
            }
        });
        summary.bulk = loader;
        for (Map.Entry<Article, String> a : again) {
            build.add(store, a.getKey(), a.getValue(), summary, report);
        }
    }

    /** Hands an article's quads to the loader, waiting while the queue is full, unless the load was given up. */
    private void hand(List<Quad> quads) {
        try {
            while (!queue.offer(quads, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Quad> take() throws InterruptedException {
        return queue.take();
    }
}
