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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * base; N-Triples and N-Quads are sorted lines; JSON-LD is flattened, one node object a subject,
 * under a context that is the published {@code ontology/context.jsonld} plus the data's base. It streams, so that a store of any size can be written: the formats that keep the graphs are
 * written one graph at a time, sorted within it; the whole-file orders (the Turtle union, the lines of
 * N-Triples and N-Quads) go through an {@link ExternalSort}, which keeps memory bounded.
 */
public final class SortedExporter {

    private final String base;
    private final Map<String, String> prefixMap;
    private final PrefixMap prefixes;
    private final Map<Node, String> sortKeys = new HashMap<>();
    private final long sortBudget;

    public SortedExporter(String base) {
        this(base, ExternalSort.DEFAULT_BUDGET);
    }

    /** @param sortBudget the memory a whole-file sort may take before it spills runs to disk */
    public SortedExporter(String base, long sortBudget) {
        this.base = base;
        this.sortBudget = sortBudget;
        Map<String, String> map = new TreeMap<>(KJ.prefixes(base).getNsPrefixMap());
        map.remove("id"); // data IRIs are written relative to @base instead
        this.prefixMap = map;
        this.prefixes = PrefixMapFactory.create(map);
    }

    /**
     * Writes the graphs of {@code source}, reading one graph at a time, and shows each quad read to
     * {@code each}. TriG, N-Quads and JSON-LD keep the graphs; Turtle and N-Triples write their union.
     *
     * @return the number of quads read
     */
    public long write(GraphSource source, ExportFormat format, OutputStream out, Consumer<Quad> each) {
        List<Node> graphs = new ArrayList<>(source.graphs());
        graphs.sort(Comparator.comparing(NodeFmtLib::strNT));
        long[] count = {0};
        Function<Node, List<Triple>> read = g -> {
            List<Triple> triples = source.triples(g);
            triples.forEach(t -> each.accept(new Quad(g, t)));
            count[0] += triples.size();
            return triples;
        };
        try (ExternalSort sort = new ExternalSort(format == ExportFormat.TURTLE ? SortedExporter::turtleOrder : SortedExporter::lineOrder, sortBudget)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            switch (format) {
                case NTRIPLES -> {
                    graphs.forEach(g -> read.apply(g).forEach(t -> sort.add(NodeFmtLib.strNT(t))));
                    lines(sort, w);
                }
                case NQUADS -> {
                    graphs.forEach(g -> read.apply(g).forEach(t -> sort.add(NodeFmtLib.strNQ(new Quad(g, t)))));
                    lines(sort, w);
                }
                case TURTLE -> {
                    graphs.forEach(g -> read.apply(g).forEach(t -> sort.add(turtleRecord(t))));
                    header(w);
                    turtleBody(sort.sorted(), w);
                }
                case TRIG -> {
                    header(w);
                    for (Node g : graphs) {
                        w.write("\n" + format(g) + " {");
                        body(bySubject(read.apply(g)), "    ", w);
                        w.write("}\n");
                    }
                }
                case JSONLD -> jsonld(graphs, read, w);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    private static int lineOrder(String[] a, String[] b) {
        return a[0].compareTo(b[0]);
    }

    private static void lines(ExternalSort sort, Writer w) throws IOException {
        for (Iterator<String[]> it = sort.sorted(); it.hasNext(); ) {
            w.write(it.next()[0]);
            w.write('\n');
        }
    }

    // A triple of the Turtle union, as the fields it is ordered by and then as it is written.
    private static final int READABLE = 0;
    private static final int SUBJECT_KEY = 1;
    private static final int PREDICATE_KEY = 2;
    private static final int OBJECT_KEY = 3;
    private static final int SUBJECT = 4;
    private static final int PREDICATE = 5;
    private static final int OBJECT = 6;

    /** The order of {@link #bySubject}: subjects as read, predicates with rdf:type first, objects by their N-Triples form. */
    private String[] turtleRecord(Triple t) {
        Node p = t.getPredicate();
        boolean isType = p.equals(KJ.type);
        String subject = format(t.getSubject());
        return new String[] {readable(subject), NodeFmtLib.strNT(t.getSubject()), (isType ? "0" : "1") + format(p),
                NodeFmtLib.strNT(t.getObject()), subject, isType ? "a" : format(p), format(t.getObject())};
    }

    private static int turtleOrder(String[] a, String[] b) {
        int c = natural(a[READABLE], b[READABLE]);
        for (int i = SUBJECT_KEY; c == 0 && i <= OBJECT_KEY; i++) {
            c = a[i].compareTo(b[i]);
        }
        return c;
    }

    /** Writes sorted Turtle records as {@link #body} writes a subject map, one record at a time. */
    private static void turtleBody(Iterator<String[]> records, Writer w) throws IOException {
        String subject = null;
        String predicate = null;
        while (records.hasNext()) {
            String[] r = records.next();
            if (!r[SUBJECT_KEY].equals(subject)) {
                if (subject != null) {
                    w.write(" .\n");
                }
                subject = r[SUBJECT_KEY];
                predicate = null;
                w.write("\n" + r[SUBJECT]);
            }
            if (!r[PREDICATE_KEY].equals(predicate)) {
                w.write((predicate == null ? "\n" : " ;\n") + "    " + r[PREDICATE] + " " + r[OBJECT]);
                predicate = r[PREDICATE_KEY];
            } else {
                w.write(" , " + r[OBJECT]);
            }
        }
        if (subject != null) {
            w.write(" .\n");
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

    private void jsonld(List<Node> graphs, Function<Node, List<Triple>> read, Writer w) throws IOException {
        w.write("{\n  \"@context\": {\n    \"@base\": " + json(base));
        for (Map.Entry<String, String> p : prefixMap.entrySet()) {
            w.write(",\n    " + json(p.getKey()) + ": " + json(p.getValue()));
        }
        w.write("\n  },\n  \"@graph\": [");
        String graphSeparator = "\n";
        for (Node g : graphs) {
            w.write(graphSeparator + "    {\n      \"@id\": " + json(compact(g)) + ",\n      \"@graph\": [");
            String nodeSeparator = "\n";
            for (Map.Entry<Node, Map<Node, List<Node>>> s : bySubject(read.apply(g)).entrySet()) {
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

    /** Triples grouped by subject, then predicate (rdf:type first), every level sorted. */
    private Map<Node, Map<Node, List<Node>>> bySubject(List<Triple> triples) {
        sortKeys.clear(); // one graph at a time: the keys of the graphs before are not needed again
        Comparator<Node> byKey = Comparator.comparing(this::key);
        Comparator<Node> predicates = Comparator.comparing((Node p) -> !p.equals(KJ.type)).thenComparing(this::format);
        Comparator<Node> readable = Comparator.comparing((Node n) -> readable(format(n)), SortedExporter::natural)
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

    /** A subject as it is read in the order of a Turtle file: without the angle brackets of a relative IRI. */
    private static String readable(String formatted) {
        return formatted.startsWith("<") && formatted.endsWith(">") ? formatted.substring(1, formatted.length() - 1) : formatted;
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
