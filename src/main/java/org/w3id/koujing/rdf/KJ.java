package org.w3id.koujing.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/** The terms of the Koujing ontology and of the vocabularies the data uses, as Jena nodes. */
public final class KJ {

    public static final String NS = "https://w3id.org/koujing/ontology#";
    public static final String ONTOLOGY = "https://w3id.org/koujing/ontology";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String QUDT = "http://qudt.org/schema/qudt/";
    public static final String UNIT = "http://qudt.org/vocab/unit/";

    /** Graphs of the store that hold the vocabulary and gazetteers rather than articles. */
    public static final String GRAPHS = "https://w3id.org/koujing/graph/";
    public static final Node ONTOLOGY_GRAPH = iri(GRAPHS + "ontology");
    public static final Node GAZETTEER_GRAPH = iri(GRAPHS + "gazetteer");

    public static final Node Article = kj("Article");
    public static final Node Ministry = kj("Ministry");
    public static final Node Official = kj("Official");
    public static final Node Claim = kj("Claim");
    public static final Node Figure = kj("Figure");
    public static final Node Metric = kj("Metric");
    public static final Node Policy = kj("Policy");
    public static final Node ActionLine = kj("ActionLine");

    public static final Node memberOf = kj("memberOf");
    public static final Node title = kj("title");
    public static final Node claimedBy = kj("claimedBy");
    public static final Node source = kj("source");
    public static final Node quote = kj("quote");
    public static final Node reportsFigure = kj("reportsFigure");
    public static final Node concernsPolicy = kj("concernsPolicy");
    public static final Node measures = kj("measures");
    public static final Node value = kj("value");
    public static final Node maxValue = kj("maxValue");
    public static final Node unit = kj("unit");
    public static final Node qualifier = kj("qualifier");
    public static final Node periodStart = kj("periodStart");
    public static final Node periodEnd = kj("periodEnd");
    public static final Node measureWord = kj("measureWord");
    public static final Node surface = kj("surface");
    public static final Node charStart = kj("charStart");
    public static final Node charEnd = kj("charEnd");
    public static final Node attribution = kj("attribution");
    public static final Node figureKind = kj("figureKind");
    public static final Node claimKind = kj("claimKind");
    public static final Node changeDirection = kj("changeDirection");
    public static final Node comparedWith = kj("comparedWith");
    public static final Node mentionsMinistry = kj("mentionsMinistry");
    public static final Node contentHash = kj("contentHash");
    public static final Node sourceEncoding = kj("sourceEncoding");
    public static final Node key = kj("key");
    public static final Node code = kj("code");
    public static final Node writtenForm = kj("writtenForm");

    public static final Node type = iri(RDF + "type");
    public static final Node label = iri(RDFS + "label");
    public static final Node altLabel = iri(SKOS + "altLabel");
    public static final Node date = iri(DCTERMS + "date");
    public static final Node dcTitle = iri(DCTERMS + "title");
    public static final Node identifier = iri(DCTERMS + "identifier");
    public static final Node dcSource = iri(DCTERMS + "source");
    public static final Node language = iri(DCTERMS + "language");
    public static final Node Unit = iri(QUDT + "Unit");

    private KJ() {
    }

    public static Node kj(String local) {
        return iri(NS + local);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The prefixes the project writes its data with. */
    public static PrefixMapping prefixes(String base) {
        return PrefixMapping.Factory.create()
                .setNsPrefix("kj", NS)
                .setNsPrefix("id", base)
                .setNsPrefix("rdf", RDF)
                .setNsPrefix("rdfs", RDFS)
                .setNsPrefix("xsd", XSD)
                .setNsPrefix("owl", OWL)
                .setNsPrefix("dcterms", DCTERMS)
                .setNsPrefix("skos", SKOS)
                .setNsPrefix("qudt", QUDT)
                .setNsPrefix("unit", UNIT)
                .lock();
    }
}
