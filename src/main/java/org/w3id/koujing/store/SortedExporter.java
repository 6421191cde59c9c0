package org.w3id.koujing.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.koujing.rdf.KJ;

/**
 * Writes quads in a sorted, deterministic form: the same data always gives the same bytes.
 * Turtle and TriG are pretty-printed with the project's prefixes and IRIs relative to the data
 * base; N-Triples and N-Quads are sorted lines; JSON-LD is flattened, one node object a subject.
 */
public final class SortedExporter {

    private final String base;
    private final Map<String, String> prefixMap;
    private final PrefixMap prefixes;
    private final Map<Node, String> sortKeys = new HashMap<>();

    public SortedExporter(String base) {
        this.base = base;
        Map<String, String> map = new TreeMap<>(KJ.prefixes(base).getNsPrefixMap());
        map.remove("id"); // data IRIs are written relative to @base instead
        this.prefixMap = map;
        this.prefixes = PrefixMapFactory.create(map);
    }

    public void write(List<Quad> quads, ExportFormat format, OutputStream out) {
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            switch (format) {
                case NTRIPLES -> lines(quads, false, w);
                case NQUADS -> lines(quads, true, w);
                case TURTLE -> turtle(quads, w);
                case TRIG -> trig(quads, w);
                case JSONLD -> jsonld(quads, w);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void lines(List<Quad> quads, boolean withGraph, Writer w) throws IOException {
        List<String> lines = quads.stream()
                .map(q -> withGraph ? NodeFmtLib.strNQ(q) : NodeFmtLib.strNT(q.asTriple()))
                .distinct().sorted().toList();
        for (String line : lines) {
            w.write(line);
            w.write('\n');
        }
    }

    private void turtle(List<Quad> quads, Writer w) throws IOException {
        header(w);
        body(bySubject(quads.stream().map(Quad::asTriple).toList()), "", w);
    }

    private void trig(List<Quad> quads, Writer w) throws IOException {
        header(w);
        for (Map.Entry<Node, List<Triple>> g : byGraph(quads).entrySet()) {
            w.write("\n" + format(g.getKey()) + " {");
            body(bySubject(g.getValue()), "    ", w);
            w.write("}\n");
        }
    }

    private void header(Writer w) throws IOException {
        w.write("@base <" + base + "> .\n");
        for (Map.Entry<String, String> p : prefixMap.entrySet()) {
            w.write("@prefix " + p.getKey() + ": <" + p.getValue() + "> .\n");
        }
    }

    private void body(Map<Node, Map<Node, List<Node>>> subjects, String indent, Writer w) throws IOException {
        for (Map.Entry<Node, Map<Node, List<Node>>> s : subjects.entrySet()) {
            w.write("\n" + indent + format(s.getKey()));
            String separator = "\n";
            for (Map.Entry<Node, List<Node>> p : s.getValue().entrySet()) {
                w.write(separator + indent + "    " + (p.getKey().equals(KJ.type) ? "a" : format(p.getKey())) + " ");
                List<Node> objects = p.getValue();
                for (int i = 0; i < objects.size(); i++) {
                    w.write((i > 0 ? " , " : "") + format(objects.get(i)));
                }
                separator = " ;\n";
            }
            w.write(" .\n");
        }
    }

    private void jsonld(List<Quad> quads, Writer w) throws IOException {
        w.write("{\n  \"@context\": {\n    \"@base\": " + json(base));
        for (Map.Entry<String, String> p : prefixMap.entrySet()) {
            w.write(",\n    " + json(p.getKey()) + ": " + json(p.getValue()));
        }
        w.write("\n  },\n  \"@graph\": [");
        String graphSeparator = "\n";
        for (Map.Entry<Node, List<Triple>> g : byGraph(quads).entrySet()) {
            w.write(graphSeparator + "    {\n      \"@id\": " + json(compact(g.getKey())) + ",\n      \"@graph\": [");
            String nodeSeparator = "\n";
            for (Map.Entry<Node, Map<Node, List<Node>>> s : bySubject(g.getValue()).entrySet()) {
                w.write(nodeSeparator + "        {\n          \"@id\": " + json(compact(s.getKey())));
                for (Map.Entry<Node, List<Node>> p : s.getValue().entrySet()) {
                    boolean isType = p.getKey().equals(KJ.type);
                    w.write(",\n          " + json(isType ? "@type" : compact(p.getKey())) + ": [");
                    List<Node> objects = p.getValue();
                    for (int i = 0; i < objects.size(); i++) {
                        w.write((i > 0 ? ", " : "") + (isType ? json(compact(objects.get(i))) : jsonObject(objects.get(i))));
                    }
                    w.write("]");
                }
                w.write("\n        }");
                nodeSeparator = ",\n";
            }
            w.write("\n      ]\n    }");
            graphSeparator = ",\n";
        }
        w.write("\n  ]\n}\n");
    }

    private String jsonObject(Node o) {
        if (o.isURI()) {
            return "{\"@id\": " + json(compact(o)) + "}";
        }
        if (o.isBlank()) {
            return "{\"@id\": " + json("_:" + o.getBlankNodeLabel()) + "}";
        }
        String lang = o.getLiteralLanguage();
        if (!lang.isEmpty()) {
            return "{\"@value\": " + json(o.getLiteralLexicalForm()) + ", \"@language\": " + json(lang) + "}";
        }
        String datatype = o.getLiteralDatatypeURI();
        if (datatype.equals(KJ.XSD + "string")) {
            return "{\"@value\": " + json(o.getLiteralLexicalForm()) + "}";
        }
        return "{\"@value\": " + json(o.getLiteralLexicalForm()) + ", \"@type\": " + json(compact(datatype)) + "}";
    }

    /** An IRI as JSON-LD writes it: a compact IRI, relative to the base, or in full. */
    private String compact(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : compact(n.getURI());
    }

    private String compact(String iri) {
        String abbreviated = prefixes.abbreviate(iri);
        if (abbreviated != null && !abbreviated.contains("/")) {
            return abbreviated;
        }
        return iri.startsWith(base) ? iri.substring(base.length()) : iri;
    }

    /** Triples grouped by graph, the graphs sorted by name. */
    private Map<Node, List<Triple>> byGraph(List<Quad> quads) {
        Map<Node, List<Triple>> graphs = new TreeMap<>(Comparator.comparing(this::key));
        for (Quad q : quads) {
            graphs.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q.asTriple());
        }
        return graphs;
    }

    /** Triples grouped by subject, then predicate (rdf:type first), every level sorted. */
    private Map<Node, Map<Node, List<Node>>> bySubject(List<Triple> triples) {
        Comparator<Node> byKey = Comparator.comparing(this::key);
        Comparator<Node> predicates = Comparator.comparing((Node p) -> !p.equals(KJ.type)).thenComparing(this::format);
        Comparator<Node> readable = Comparator.comparing((Node n) -> format(n).replaceAll("^<|>$", ""), SortedExporter::natural)
                .thenComparing(byKey);
        Map<Node, Map<Node, List<Node>>> subjects = new TreeMap<>(readable);
        for (Triple t : triples) {
            List<Node> objects = subjects.computeIfAbsent(t.getSubject(), s -> new TreeMap<>(predicates))
                    .computeIfAbsent(t.getPredicate(), p -> new ArrayList<>());
            if (!objects.contains(t.getObject())) {
                objects.add(t.getObject());
            }
        }
        subjects.values().forEach(ps -> ps.values().forEach(os -> os.sort(byKey)));
        return subjects;
    }

    /** Text order, except that runs of digits compare as numbers (claim/2 before claim/10). */
    public static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                String da = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String db = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                int c = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private String key(Node n) {
        return sortKeys.computeIfAbsent(n, NodeFmtLib::strNT);
    }

    private String format(Node n) {
        return NodeFmtLib.str(n, base, prefixes);
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
