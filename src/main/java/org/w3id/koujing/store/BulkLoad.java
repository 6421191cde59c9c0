package org.w3id.koujing.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.StoreConnection;

/**
 * One bulk load, done so that a crash at any moment leaves a whole store. Jena's bulk loaders are
 * fast but not crash-safe, so the loader writes a fresh storage area beside the store's current one,
 * under the name TDB2 gives a compaction in progress ({@code Data-NNNN-tmp}): TDB2 deletes such a
 * folder whenever it opens the store, so a load killed half-way leaves the store as it was. Once the
 * load is whole, the folder is renamed in one atomic step to the next version ({@code Data-NNNN}),
 * which TDB2 opens from then on, as after a compaction; the version before is deleted.
 */
public final class BulkLoad {

    /** Jena's two bulk loaders for TDB2: both build the indexes in parallel, the phased one a few at a time. */
    public enum Loader {
        PARALLEL, PHASED;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final MonitorOutput QUIET = (format, args) -> { };
    private static final String DATA = "Data-";

    private final Path container;
    private final Loader loader;

    BulkLoad(Path container, Loader loader) {
        this.container = container;
        this.loader = loader;
    }

    /**
     * Loads what {@code feed} writes into a fresh storage area, then switches the store over to it.
     *
     * @param release lets go of the store's current storage, before the switch
     * @param reconnect opens the store again, after it
     * @return the number of quads loaded
     */
    long run(Consumer<StreamRDF> feed, Runnable release, Runnable reconnect) {
        Path current = DatabaseOps.findStorageLocation(container);
        int version = current == null ? 0 : Integer.parseInt(current.getFileName().toString().substring(DATA.length()));
        Path next = container.resolve(String.format(Locale.ROOT, "%s%04d", DATA, version + 1));
        Path staging = container.resolve(next.getFileName() + "-tmp");
        deleteTree(staging);
        Location location = Location.create(staging);
        DatasetGraph target = StoreConnection.connectCreate(location).getDatasetGraph();
        DataLoader load = loader == Loader.PHASED ? LoaderFactory.phasedLoader(target, QUIET) : LoaderFactory.parallelLoader(target, QUIET);
        long quads;
        load.startBulk();
        try {
            StreamRDF out = load.stream();
            out.start();
            feed.accept(out);
            out.finish();
            load.finishBulk();
            quads = load.countQuads();
        } catch (RuntimeException e) {
            try {
                load.finishException(e);
            } finally {
                StoreConnection.internalExpel(location, true);
                deleteTree(staging);
            }
            throw e;
        }
        StoreConnection.release(location);
        release.run();
        try {
            Files.move(staging, next, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot switch store " + container + " over to its bulk load: " + e.getMessage(), e);
        } finally {
            reconnect.run();
        }
        if (current != null) {
            deleteTree(current);
        }
        return quads;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
