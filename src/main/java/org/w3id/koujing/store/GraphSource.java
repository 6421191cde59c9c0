package org.w3id.koujing.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** What an export reads, one graph at a time: the names of the article graphs, and the triples of each. */
public interface GraphSource {

    List<Node> graphs();

    List<Triple> triples(Node graph);
}
