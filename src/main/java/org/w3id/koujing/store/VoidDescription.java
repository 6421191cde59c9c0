package org.w3id.koujing.store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.w3id.koujing.rdf.KJ;

/**
 * A VoID description of one export: what the dump holds (statements, entities, classes,
 * properties, with a partition by class and by property), its format, where it is, and the SPARQL
 * endpoint that serves the same data when there is one. Fed quad by quad, so that it can follow
 * the export as it is written; written as sorted Turtle, so that the same data gives the same bytes.
 */
public final class VoidDescription {

    public static final String VOID = "http://rdfs.org/ns/void#";
    /** The suffix of the file that describes an export: {@code sample.ttl} is described in {@code sample.ttl.void.ttl}. */
    public static final String SUFFIX = ".void.ttl";

    private static final Map<ExportFormat, String> FEATURES = Map.of(
            ExportFormat.TURTLE, "Turtle", ExportFormat.NTRIPLES, "N-Triples", ExportFormat.TRIG, "TriG",
            ExportFormat.NQUADS, "N-Quads", ExportFormat.JSONLD, "JSON-LD");

    private final String base;
    private final ExportFormat format;
    private final Set<Quad> quads = new HashSet<>();
    private final Set<Triple> triples = new HashSet<>();
    private final Set<Node> subjects = new HashSet<>();
    private final Set<Node> objects = new HashSet<>();
    private final Map<String, Set<Node>> classes = new TreeMap<>();
    private final Map<String, Integer> properties = new TreeMap<>();
    private final Set<String> vocabularies = new TreeSet<>();

    public VoidDescription(String base, ExportFormat format) {
        this.base = base;
        this.format = format;
    }

    public void accept(Quad q) {
        quads.add(q);
        Triple t = q.asTriple();
        if (!triples.add(t)) {
            return;
        }
        subjects.add(t.getSubject());
        objects.add(t.getObject());
        properties.merge(t.getPredicate().getURI(), 1, Integer::sum);
        vocabularies.add(namespace(t.getPredicate().getURI()));
        if (t.getPredicate().equals(KJ.type) && t.getObject().isURI()) {
            classes.computeIfAbsent(t.getObject().getURI(), c -> new HashSet<>()).add(t.getSubject());
            vocabularies.add(namespace(t.getObject().getURI()));
        }
    }

    /** The statements the dump holds: quads where the format keeps the article graphs, otherwise triples. */
    public long statements() {
        return format.keepsGraphs() ? quads.size() : triples.size();
    }

    /**
     * The description, in Turtle.
     *
     * @param dump the dump's IRI, relative to the description's own file (its name, beside it)
     * @param endpoint the SPARQL endpoint serving the same data, if any
     */
    public String turtle(String dump, Optional<String> endpoint) {
        StringBuilder t = new StringBuilder()
                .append("@prefix void: <").append(VOID).append("> .\n")
                .append("@prefix dcterms: <").append(KJ.DCTERMS).append("> .\n")
                .append("@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n")
                .append("@prefix formats: <http://www.w3.org/ns/formats/> .\n\n")
                .append("<> a void:DatasetDescription ;\n")
                .append("    dcterms:title ").append(string("A VoID description of " + dump)).append("@en ;\n")
                .append("    foaf:primaryTopic <#dataset> .\n\n")
                .append("<#dataset> a void:Dataset ;\n")
                .append("    dcterms:title ").append(string("Koujing knowledge graph: " + dump)).append("@en ;\n")
                .append("    dcterms:description ").append(string("What Chinese officials stated in the news: officials, ministries, "
                        + "claims, figures, metrics and policies, each claim traced to its quote and article. "
                        + (format.keepsGraphs() ? "One named graph per article." : "The union of the article graphs.")))
                .append("@en ;\n")
                .append("    void:dataDump <").append(relative(dump)).append("> ;\n")
                .append("    void:feature formats:").append(FEATURES.get(format)).append(" ;\n");
        endpoint.ifPresent(e -> t.append("    void:sparqlEndpoint <").append(e).append("> ;\n"));
        t.append("    void:uriSpace ").append(string(base)).append(" ;\n");
        exampleResource().ifPresent(e -> t.append("    void:exampleResource <").append(e).append("> ;\n"));
        for (String vocabulary : vocabularies) {
            t.append("    void:vocabulary <").append(vocabulary).append("> ;\n");
        }
        t.append("    void:triples ").append(statements()).append(" ;\n")
                .append("    void:entities ").append(subjects.stream().filter(s -> s.isURI() && s.getURI().startsWith(base)).count()).append(" ;\n")
                .append("    void:distinctSubjects ").append(subjects.size()).append(" ;\n")
                .append("    void:distinctObjects ").append(objects.size()).append(" ;\n")
                .append("    void:classes ").append(classes.size()).append(" ;\n")
                .append("    void:properties ").append(properties.size());
        for (Map.Entry<String, Set<Node>> c : classes.entrySet()) {
            t.append(" ;\n    void:classPartition [ void:class <").append(c.getKey()).append("> ; void:entities ")
                    .append(c.getValue().size()).append(" ]");
        }
        for (Map.Entry<String, Integer> p : properties.entrySet()) {
            t.append(" ;\n    void:propertyPartition [ void:property <").append(p.getKey()).append("> ; void:triples ")
                    .append(p.getValue()).append(" ]");
        }
        return t.append(" .\n").toString();
    }

    /** An official if there is one (the resources users look for first), else any article. */
    private Optional<String> exampleResource() {
        for (Node type : List.of(KJ.Official, KJ.Article)) {
            Optional<String> first = classes.getOrDefault(type.getURI(), Set.of()).stream()
                    .filter(Node::isURI).map(Node::getURI).sorted().findFirst();
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    private static String namespace(String iri) {
        int end = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(0, end + 1);
    }

    /** A file name as a relative IRI reference: only the characters an IRI cannot hold are escaped. */
    private static String relative(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (c <= 0x20 || "<>\"{}|^`\\%#?".indexOf(c) >= 0) {
                b.append(String.format("%%%02X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static String string(String s) {
        return SortedExporter.json(s);
    }
}
