package org.w3id.koujing.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.w3id.koujing.rdf.KJ;

/**
 * A VoID description of one export: what the dump holds (statements, entities, classes,
 * properties, with a partition by class and by property), its format, where it is, and the SPARQL
 * endpoint that serves the same data when there is one. Fed quad by quad, so that it can follow
 * the export as it is written; the union's triples go through an {@link ExternalSort}, so that a
 * store of any size is described in bounded memory. Written as sorted Turtle, so that the same data
 * gives the same bytes.
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
    /** The distinct triples of the union, in N-Triples terms; sorted, so that memory stays bounded at any size. */
    private final ExternalSort triples = new ExternalSort(VoidDescription::byFields);
    private long quads;
    private Counts counts;

    public VoidDescription(String base, ExportFormat format) {
        this.base = base;
        this.format = format;
    }

    public void accept(Quad q) {
        if (counts != null) {
            throw new IllegalStateException("a quad after the description was made");
        }
        quads++;
        triples.add(NodeFmtLib.strNT(q.getSubject()), NodeFmtLib.strNT(q.getPredicate()), NodeFmtLib.strNT(q.getObject()));
    }

    /** The statements the dump holds: quads where the format keeps the article graphs, otherwise triples. */
    public long statements() {
        return format.keepsGraphs() ? quads : counts().triples;
    }

    /** What the description counts, gathered in one pass over the sorted union. */
    private static final class Counts {
        long triples;
        long subjects;
        long entities;
        long objects;
        final Map<String, Long> classes = new TreeMap<>();
        final Map<String, Long> properties = new TreeMap<>();
        final Set<String> vocabularies = new TreeSet<>();
        final Map<String, String> firstOfClass = new HashMap<>();
    }

    private Counts counts() {
        if (counts != null) {
            return counts;
        }
        Counts c = new Counts();
        String type = NodeFmtLib.strNT(KJ.type);
        try (triples; ExternalSort objects = new ExternalSort(VoidDescription::byFields)) {
            String subject = null;
            for (Iterator<String[]> it = triples.sorted(); it.hasNext(); ) {
                String[] t = it.next();
                c.triples++;
                if (!t[0].equals(subject)) {
                    subject = t[0];
                    c.subjects++;
                    if (iri(subject).filter(s -> s.startsWith(base)).isPresent()) {
                        c.entities++;
                    }
                }
                objects.add(t[2]);
                String predicate = iri(t[1]).orElseThrow();
                c.properties.merge(predicate, 1L, Long::sum);
                c.vocabularies.add(namespace(predicate));
                Optional<String> cls = iri(t[2]);
                if (t[1].equals(type) && cls.isPresent()) {
                    c.classes.merge(cls.get(), 1L, Long::sum);
                    c.vocabularies.add(namespace(cls.get()));
                    iri(subject).ifPresent(s -> c.firstOfClass.merge(cls.get(), s, (a, b) -> a.compareTo(b) <= 0 ? a : b));
                }
            }
            for (Iterator<String[]> it = objects.sorted(); it.hasNext(); it.next()) {
                c.objects++;
            }
        }
        counts = c;
        return c;
    }

    private static int byFields(String[] a, String[] b) {
        int c = 0;
        for (int i = 0; c == 0 && i < a.length; i++) {
            c = a[i].compareTo(b[i]);
        }
        return c;
    }

    /** The IRI of a term in N-Triples form, if it is one. */
    private static Optional<String> iri(String term) {
        return term.startsWith("<") ? Optional.of(term.substring(1, term.length() - 1)) : Optional.empty();
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
        for (String vocabulary : counts().vocabularies) {
            t.append("    void:vocabulary <").append(vocabulary).append("> ;\n");
        }
        Counts c = counts();
        t.append("    void:triples ").append(statements()).append(" ;\n")
                .append("    void:entities ").append(c.entities).append(" ;\n")
                .append("    void:distinctSubjects ").append(c.subjects).append(" ;\n")
                .append("    void:distinctObjects ").append(c.objects).append(" ;\n")
                .append("    void:classes ").append(c.classes.size()).append(" ;\n")
                .append("    void:properties ").append(c.properties.size());
        for (Map.Entry<String, Long> cls : c.classes.entrySet()) {
            t.append(" ;\n    void:classPartition [ void:class <").append(cls.getKey()).append("> ; void:entities ")
                    .append(cls.getValue()).append(" ]");
        }
        for (Map.Entry<String, Long> p : c.properties.entrySet()) {
            t.append(" ;\n    void:propertyPartition [ void:property <").append(p.getKey()).append("> ; void:triples ")
                    .append(p.getValue()).append(" ]");
        }
        return t.append(" .\n").toString();
    }

    /** An official if there is one (the resources users look for first), else any article. */
    private Optional<String> exampleResource() {
        for (Node type : List.of(KJ.Official, KJ.Article)) {
            String first = counts().firstOfClass.get(type.getURI());
            if (first != null) {
                return Optional.of(first);
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
        StringBuilder b = new StringBuilder("./"); // ./a:b.ttl: a file name with a colon is not a scheme
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
