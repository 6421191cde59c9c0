package org.w3id.koujing.ops;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.w3id.koujing.store.KoujingStore;

/** Takes articles out of the store, by their identity or the IRI of their graph, in one transaction. */
public final class RemoveOperation {

    /** The graphs removed, and the identities that name no article of the store. */
    public record Result(List<Node> removed, List<String> notFound) {
    }

    private RemoveOperation() {
    }

    public static Result run(KoujingStore store, List<String> ids) {
        Set<Node> graphs = new LinkedHashSet<>();
        List<String> notFound = new ArrayList<>();
        for (String id : ids) {
            Optional<Node> graph = store.findArticle(id);
            graph.ifPresentOrElse(graphs::add, () -> notFound.add(id));
        }
        store.remove(graphs);
        return new Result(List.copyOf(graphs), notFound);
    }
}
