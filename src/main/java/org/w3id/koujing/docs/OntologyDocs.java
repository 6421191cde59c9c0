package org.w3id.koujing.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.koujing.rdf.KJ;
import org.w3id.koujing.rdf.OntologyFiles;

/**
 * The ontology's documentation, written from the ontology itself: one HTML page with every class,
 * property and individual (labels in the three languages, definition, domain, range, and what the
 * alignment module relates it to), and the class diagram in Graphviz's DOT language.
 */
public final class OntologyDocs {

    /** The alignment module, beside the ontology in the ontology folder. */
    public static final String ALIGNMENT = "koujing-align.ttl";
    public static final String PAGE = "index.html";
    public static final String DIAGRAM = "classes.dot";
    /** The picture {@code dot} draws from the diagram; the page shows it. */
    public static final String PICTURE = "classes.svg";

    private static final List<String> LANGUAGES = List.of("en", "zh-Hans", "zh-Hant");
    private static final Map<String, String> PREFIXES = Map.of(
            KJ.NS, "kj:", KJ.QUDT, "qudt:", KJ.XSD, "xsd:", KJ.RDF, "rdf:", KJ.RDFS, "rdfs:", KJ.OWL, "owl:",
            "http://www.w3.org/ns/org#", "org:", "http://www.w3.org/ns/prov#", "prov:", "https://schema.org/", "schema:",
            "http://www.w3.org/ns/oa#", "oa:");

    private final Model ontology;
    private final Model alignment;

    public OntologyDocs() {
        this.ontology = ModelFactory.createModelForGraph(OntologyFiles.graph(OntologyFiles.ONTOLOGY, KJ.ONTOLOGY));
        this.alignment = ModelFactory.createModelForGraph(OntologyFiles.graph(ALIGNMENT, KJ.ONTOLOGY));
    }

    /** Writes the page and the diagram into {@code folder}, creating it if needed. */
    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(PAGE), html(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(DIAGRAM), dot(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------
    // The terms

    private List<Resource> own(Resource type) {
        return ontology.listResourcesWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(KJ.NS))
                .sorted(Comparator.comparing(Resource::getLocalName)).toList();
    }

    private List<Resource> classes() {
        List<Resource> classes = new ArrayList<>(own(OWL2.Class));
        classes.add(ontology.createResource(KJ.QUDT + "Unit")); // declared here, for the units Koujing adds
        return classes;
    }

    private Optional<String> label(Resource r, String language) {
        return ontology.listStatements(r, RDFS.label, (RDFNode) null).toList().stream()
                .map(Statement::getLiteral).filter(l -> l.getLanguage().equalsIgnoreCase(language))
                .map(Literal::getLexicalForm).findFirst();
    }

    private String definition(Resource r) {
        return ontology.listStatements(r, SKOS.definition, (RDFNode) null).toList().stream()
                .map(Statement::getLiteral).filter(l -> l.getLanguage().equals("en"))
                .map(Literal::getLexicalForm).findFirst().orElse("");
    }

    /** The classes a domain or range names: one class, or the members of a union. */
    private List<Resource> classesOf(Resource r) {
        if (r.isURIResource()) {
            return List.of(r);
        }
        Statement union = r.getProperty(OWL2.unionOf);
        return union == null ? List.of() : members(union.getObject());
    }

    private static List<Resource> members(RDFNode list) {
        return list.as(RDFList.class).asJavaList().stream().map(RDFNode::asResource).toList();
    }

    private List<Resource> objects(Model model, Resource subject, Property p) {
        return model.listObjectsOfProperty(subject, p).toList().stream().filter(RDFNode::isResource)
                .flatMap(o -> classesOf(o.asResource()).stream()).sorted(Comparator.comparing(OntologyDocs::name)).toList();
    }

    private List<Resource> subjects(Property p, Resource object) {
        return ontology.listSubjectsWithProperty(p, object).toList().stream().filter(Resource::isURIResource)
                .sorted(Comparator.comparing(OntologyDocs::name)).toList();
    }

    /** The properties whose domain (or range) is, or includes, the class. */
    private List<Resource> propertiesWith(Property domainOrRange, Resource cls) {
        return ontology.listStatements(null, domainOrRange, (RDFNode) null).toList().stream()
                .filter(s -> s.getObject().isResource() && classesOf(s.getObject().asResource()).contains(cls))
                .map(Statement::getSubject).sorted(Comparator.comparing(OntologyDocs::name)).toList();
    }

    private List<Resource> disjointWith(Resource cls) {
        List<Resource> others = new ArrayList<>();
        for (Resource all : ontology.listResourcesWithProperty(RDF.type, OWL2.AllDisjointClasses).toList()) {
            List<Resource> members = members(all.getProperty(OWL2.members).getObject());
            if (members.contains(cls)) {
                members.stream().filter(m -> !m.equals(cls)).forEach(others::add);
            }
        }
        return others.stream().sorted(Comparator.comparing(OntologyDocs::name)).toList();
    }

    private List<Resource> oneOf(Resource cls) {
        for (Resource equivalent : objectsRaw(cls, OWL2.equivalentClass)) {
            Statement list = equivalent.getProperty(OWL2.oneOf);
            if (list != null) {
                return members(list.getObject());
            }
        }
        return List.of();
    }

    private List<Resource> objectsRaw(Resource subject, Property p) {
        return ontology.listObjectsOfProperty(subject, p).toList().stream().filter(RDFNode::isResource).map(RDFNode::asResource).toList();
    }

    /** A term as the page and the diagram name it: prefixed where the prefix is known. */
    static String name(Resource r) {
        String iri = r.getURI();
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            if (iri.startsWith(p.getKey())) {
                return p.getValue() + iri.substring(p.getKey().length());
            }
        }
        return iri;
    }

    // ------------------------------------------------------------------------------------------
    // The page

    String html() {
        Resource about = ontology.createResource(KJ.ONTOLOGY);
        StringBuilder h = new StringBuilder();
        String title = annotation(about, DCTerms.title, "en");
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n")
                .append("body { font-family: system-ui, \"Noto Sans CJK SC\", sans-serif; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }\n")
                .append("table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }\n")
                .append("th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }\n")
                .append("th { width: 11rem; background: #f4f4f4; font-weight: normal; }\n")
                .append("h3 { margin-bottom: .3rem; } code { font-size: .95em; } img { max-width: 100%; }\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<p>");
        for (String language : List.of("zh-Hans", "zh-Hant")) {
            h.append("<span lang=\"").append(language).append("\">").append(esc(annotation(about, DCTerms.title, language))).append("</span> ");
        }
        h.append("</p>\n<p>").append(esc(annotation(about, DCTerms.description, "en"))).append("</p>\n<table>\n");
        row(h, "IRI", code(KJ.ONTOLOGY));
        Statement version = about.getProperty(OWL2.versionIRI);
        row(h, "This version", version == null ? "" : code(version.getResource().getURI()));
        row(h, "Version", esc(literal(about, OWL2.versionInfo)));
        row(h, "Created / modified", esc(literal(about, DCTerms.created) + " / " + literal(about, DCTerms.modified)));
        row(h, "Creator", esc(annotation(about, DCTerms.creator, "en")));
        Statement license = about.getProperty(DCTerms.license);
        row(h, "License", license == null ? "" : link(license.getResource().getURI(), license.getResource().getURI()));
        row(h, "Files", "<a href=\"../../ontology/koujing.ttl\">koujing.ttl</a> (the ontology), "
                + "<a href=\"../../ontology/" + ALIGNMENT + "\">" + ALIGNMENT + "</a> (alignment to W3C ORG, PROV-O, schema.org, QUDT and Web Annotation), "
                + "<a href=\"../../ontology/catalog-v001.xml\">catalog-v001.xml</a> (opens both offline in Protégé)");
        h.append("</table>\n");

        List<Resource> classes = classes();
        List<Resource> objectProperties = own(OWL2.ObjectProperty);
        List<Resource> dataProperties = own(OWL2.DatatypeProperty);
        List<Resource> individuals = own(OWL2.NamedIndividual);
        h.append("<h2>Contents</h2>\n<ul>\n");
        contents(h, "Class diagram", "diagram", List.of());
        contents(h, "Classes", "classes", classes);
        contents(h, "Object properties", "object-properties", objectProperties);
        contents(h, "Data properties", "data-properties", dataProperties);
        contents(h, "Individuals", "individuals", individuals);
        h.append("</ul>\n");

        h.append("<h2 id=\"diagram\">Class diagram</h2>\n<p>Boxes are classes with their data properties; "
                + "solid arrows are object properties from domain to range; hollow arrows point to a superclass.</p>\n")
                .append("<p><img src=\"").append(PICTURE).append("\" alt=\"The classes of the Koujing ontology and the properties between them\"></p>\n");

        h.append("<h2 id=\"classes\">Classes</h2>\n");
        for (Resource c : classes) {
            term(h, c, "Class");
            row(h, "Subclass of", links(objects(ontology, c, RDFS.subClassOf)));
            row(h, "Subclasses", links(subjects(RDFS.subClassOf, c)));
            row(h, "Disjoint with", links(disjointWith(c)));
            row(h, "One of", links(oneOf(c)));
            row(h, "Domain of", links(propertiesWith(RDFS.domain, c)));
            row(h, "Range of", links(propertiesWith(RDFS.range, c)));
            row(h, "Aligned to", links(objects(alignment, c, RDFS.subClassOf)));
            h.append("</table>\n");
        }
        h.append("<h2 id=\"object-properties\">Object properties</h2>\n");
        properties(h, objectProperties, "Object property");
        h.append("<h2 id=\"data-properties\">Data properties</h2>\n");
        properties(h, dataProperties, "Data property");
        h.append("<h2 id=\"individuals\">Individuals</h2>\n");
        for (Resource i : individuals) {
            term(h, i, "Individual");
            row(h, "Type", links(objectsRaw(i, RDF.type).stream().filter(t -> !t.equals(OWL2.NamedIndividual))
                    .sorted(Comparator.comparing(OntologyDocs::name)).toList()));
            h.append("</table>\n");
        }
        h.append("<p><small>Written by <code>koujing docs</code> from the ontology itself.</small></p>\n</body>\n</html>\n");
        return h.toString();
    }

    private void properties(StringBuilder h, List<Resource> properties, String kind) {
        for (Resource p : properties) {
            term(h, p, kind);
            List<String> characteristics = objectsRaw(p, RDF.type).stream()
                    .filter(t -> t.equals(OWL2.FunctionalProperty) || t.equals(OWL2.InverseFunctionalProperty))
                    .map(t -> t.getLocalName().replace("Property", "")).sorted().toList();
            row(h, "Characteristics", esc(String.join(", ", characteristics)));
            row(h, "Domain", links(objects(ontology, p, RDFS.domain)));
            row(h, "Range", links(objects(ontology, p, RDFS.range)));
            row(h, "Aligned to", links(objects(alignment, p, RDFS.subPropertyOf)));
            h.append("</table>\n");
        }
    }

    /** A term's heading and the first rows of its table: IRI, labels, definition. */
    private void term(StringBuilder h, Resource r, String kind) {
        h.append("<h3 id=\"").append(anchor(r)).append("\">").append(esc(name(r))).append(" <small>(").append(kind).append(")</small></h3>\n<table>\n");
        row(h, "IRI", code(r.getURI()));
        for (String language : LANGUAGES) {
            row(h, "Label (" + language + ")", label(r, language).map(l -> "<span lang=\"" + language + "\">" + esc(l) + "</span>").orElse(""));
        }
        row(h, "Definition", esc(definition(r)));
    }

    private static void contents(StringBuilder h, String title, String anchor, List<Resource> terms) {
        h.append("<li><a href=\"#").append(anchor).append("\">").append(title).append("</a>");
        if (!terms.isEmpty()) {
            h.append(": ").append(links(terms));
        }
        h.append("</li>\n");
    }

    private static void row(StringBuilder h, String header, String cell) {
        if (!cell.isEmpty()) {
            h.append("<tr><th>").append(header).append("</th><td>").append(cell).append("</td></tr>\n");
        }
    }

    /** Links to the terms documented on the page; other vocabularies' terms link to their IRI. */
    private static String links(List<Resource> terms) {
        return terms.stream().map(t -> t.getURI().startsWith(KJ.NS) || t.getURI().equals(KJ.QUDT + "Unit")
                ? "<a href=\"#" + anchor(t) + "\"><code>" + esc(name(t)) + "</code></a>"
                : link(t.getURI(), name(t))).collect(Collectors.joining(", "));
    }

    private static String anchor(Resource r) {
        return name(r).replace(':', '-');
    }

    private static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\"><code>" + esc(text) + "</code></a>";
    }

    private static String code(String text) {
        return "<code>" + esc(text) + "</code>";
    }

    private String annotation(Resource r, Property p, String language) {
        return ontology.listStatements(r, p, (RDFNode) null).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .filter(l -> l.getLanguage().equalsIgnoreCase(language)).map(Literal::getLexicalForm).findFirst().orElse("");
    }

    private static String literal(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? "" : s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : s.getObject().toString();
    }

    /** Text escaped for HTML, in element content and in quoted attributes. */
    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ------------------------------------------------------------------------------------------
    // The diagram

    String dot() {
        StringBuilder d = new StringBuilder("digraph koujing {\n")
                .append("    graph [rankdir=LR, fontname=\"sans-serif\", nodesep=0.4, ranksep=0.9];\n")
                .append("    node [shape=plaintext, fontname=\"sans-serif\", fontsize=11];\n")
                .append("    edge [fontname=\"sans-serif\", fontsize=10];\n");
        List<Resource> classes = classes();
        Function<Resource, String> id = c -> "\"" + name(c) + "\"";
        for (Resource c : classes) {
            d.append("    ").append(id.apply(c)).append(" [label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\">")
                    .append("<tr><td bgcolor=\"").append(c.getURI().startsWith(KJ.NS) ? "#dbe8f7" : "#eeeeee").append("\"><b>")
                    .append(esc(name(c))).append("</b><br/>").append(esc(label(c, "zh-Hans").orElse(""))).append(" / ")
                    .append(esc(label(c, "zh-Hant").orElse(""))).append("</td></tr>");
            for (Resource p : propertiesWith(RDFS.domain, c)) {
                if (p.hasProperty(RDF.type, OWL2.DatatypeProperty)) {
                    String range = objects(ontology, p, RDFS.range).stream().map(OntologyDocs::name).collect(Collectors.joining(" | "));
                    d.append("<tr><td align=\"left\">").append(esc(name(p) + " : " + range)).append("</td></tr>");
                }
            }
            List<Resource> values = oneOf(c);
            if (!values.isEmpty()) {
                d.append("<tr><td align=\"left\"><i>").append(esc(values.stream().map(OntologyDocs::name).collect(Collectors.joining(", "))))
                        .append("</i></td></tr>");
            }
            d.append("</table>>];\n");
        }
        for (Resource c : classes) {
            for (Resource parent : objects(ontology, c, RDFS.subClassOf)) {
                d.append("    ").append(id.apply(c)).append(" -> ").append(id.apply(parent)).append(" [arrowhead=empty];\n");
            }
        }
        Map<String, String> edges = new TreeMap<>();
        for (Resource p : own(OWL2.ObjectProperty)) {
            for (Resource from : objects(ontology, p, RDFS.domain)) {
                for (Resource to : objects(ontology, p, RDFS.range)) {
                    edges.put(name(from) + " " + name(to) + " " + name(p),
                            "    " + id.apply(from) + " -> " + id.apply(to) + " [label=\"" + name(p) + "\"];\n");
                }
            }
        }
        edges.values().forEach(d::append);
        return d.append("}\n").toString();
    }
}
