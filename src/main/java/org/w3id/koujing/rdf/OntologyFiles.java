package org.w3id.koujing.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.koujing.extract.Lexicon;
import org.w3id.koujing.extract.UnitCatalog;
import org.w3id.koujing.model.Label;
import org.w3id.koujing.model.Ministry;
import org.w3id.koujing.model.PolicyName;
import org.w3id.koujing.model.Unit;

/**
 * The files of the ontology folder, as the jar carries them: the ontology, the SHACL shapes, and
 * the gazetteers (government bodies, units) that both the extractor and the graph are built from.
 */
public final class OntologyFiles {

    public static final String ONTOLOGY = "koujing.ttl";
    public static final String SHAPES = "shapes.ttl";
    public static final String MINISTRIES = "ministries.ttl";
    public static final String UNITS = "units.ttl";
    public static final String POLICIES = "policies.tsv";

    private OntologyFiles() {
    }

    /** Parses one file of the ontology folder; relative IRIs resolve against {@code base}. */
    public static Graph graph(String file, String base) {
        String resource = "/ontology/" + file;
        try (InputStream in = OntologyFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " on the class path");
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base(base).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The raw bytes of a file of the ontology folder, for digests. */
    public static byte[] bytes(String file) {
        try (InputStream in = OntologyFiles.class.getResourceAsStream("/ontology/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing /ontology/" + file + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /ontology/" + file, e);
        }
    }

    /** The government bodies of the gazetteer, in the order of their keys. */
    public static List<Ministry> ministries() {
        Graph g = graph(MINISTRIES, IriScheme.DEFAULT_BASE);
        List<Ministry> ministries = new ArrayList<>();
        for (Node body : g.find(Node.ANY, KJ.type, KJ.Ministry).mapWith(Triple::getSubject).toList()) {
            String key = literal(g, body, KJ.key).orElseThrow(() -> new IllegalStateException(body + " has no kj:key"));
            Label name = new Label(tagged(g, body, KJ.label, "zh-Hans").get(0), tagged(g, body, KJ.label, "zh-Hant").get(0));
            ministries.add(new Ministry(key, name, tagged(g, body, KJ.label, "en").get(0), tagged(g, body, KJ.altLabel, "zh-Hans"),
                    tagged(g, body, KJ.altLabel, "zh-Hant"), tagged(g, body, KJ.altLabel, "en")));
        }
        ministries.sort(Comparator.comparing(Ministry::key));
        return ministries;
    }

    /** The policies Koujing knows by name, from policies.tsv. */
    public static List<PolicyName> policies() {
        List<PolicyName> policies = new ArrayList<>();
        // name, Traditional name, English name, variants separated by |
        for (String[] row : Lexicon.table("/ontology/" + POLICIES, 3)) {
            List<String> variants = row.length > 3
                    ? Arrays.stream(row[3].split("\\|")).map(String::trim).filter(v -> !v.isEmpty()).toList() : List.of();
            policies.add(new PolicyName(new Label(row[0], row[1]), row[2], variants));
        }
        return policies;
    }

    /** The units of measure, from units.ttl with the labels of Koujing's own units from the ontology. */
    public static UnitCatalog units() {
        Graph g = graph(UNITS, IriScheme.DEFAULT_BASE);
        Graph ontology = graph(ONTOLOGY, IriScheme.DEFAULT_BASE);
        ontology.find().forEach(g::add);
        Map<String, Unit> byCode = new HashMap<>();
        Map<String, Unit> byForm = new HashMap<>();
        for (Node u : g.find(Node.ANY, KJ.code, Node.ANY).mapWith(Triple::getSubject).toList()) {
            Unit unit = new Unit(literal(g, u, KJ.code).orElseThrow(), u.getURI(), tagged(g, u, KJ.label, "en").get(0),
                    new Label(tagged(g, u, KJ.label, "zh-Hans").get(0), tagged(g, u, KJ.label, "zh-Hant").get(0)));
            byCode.put(unit.code(), unit);
            g.find(u, KJ.writtenForm, Node.ANY).forEach(t -> byForm.put(t.getObject().getLiteralLexicalForm(), unit));
        }
        return new UnitCatalog(byCode, byForm);
    }

    private static Optional<String> literal(Graph g, Node subject, Node property) {
        return g.find(subject, property, Node.ANY).nextOptional().map(t -> t.getObject().getLiteralLexicalForm());
    }

    /** The values of a property in one language, sorted so that the result never depends on parse order. */
    private static List<String> tagged(Graph g, Node subject, Node property, String lang) {
        List<String> values = g.find(subject, property, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(lang))
                .mapWith(Node::getLiteralLexicalForm).toList();
        if (values.isEmpty() && property.equals(KJ.label)) {
            throw new IllegalStateException(subject + " has no rdfs:label in " + lang);
        }
        values.sort(null);
        return values;
    }
}
