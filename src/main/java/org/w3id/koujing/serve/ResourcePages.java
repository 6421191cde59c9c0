package org.w3id.koujing.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.koujing.docs.OntologyDocs;
import org.w3id.koujing.ops.QueryOperation;
import org.w3id.koujing.rdf.KJ;
import org.w3id.koujing.store.SortedExporter;

/**
 * The linked-data pages: {@code /id/PATH} describes the resource {@code BASE PATH} in HTML (labels in
 * the script the browser's Accept-Language asks for), Turtle, N-Triples or JSON-LD, as the Accept
 * header (or {@code ?format=}) chooses; the home page lists the ministries and officials. An
 * official's page lists their claims with the figures, quotes and articles.
 */
final class ResourcePages extends HttpServlet {

    private static final String HTML = "text/html";
    /** Claims and figures in the order of their numbers (claim/2 before claim/10). */
    private static final Comparator<String> NATURAL = SortedExporter::natural;
    private static final Map<String, Lang> RDF_TYPES = new LinkedHashMap<>();
    private static final Map<String, String> FORMATS = Map.of("ttl", "text/turtle", "turtle", "text/turtle",
            "jsonld", "application/ld+json", "nt", "application/n-triples", "rdf", "application/rdf+xml", "html", HTML);
    /** The most statements a page or a description shows of the links into a resource, and of an official's claims. */
    static final int MOST = 1000;

    static {
        RDF_TYPES.put("text/turtle", Lang.TURTLE);
        RDF_TYPES.put("application/ld+json", Lang.JSONLD);
        RDF_TYPES.put("application/json", Lang.JSONLD);
        RDF_TYPES.put("application/n-triples", Lang.NTRIPLES);
        RDF_TYPES.put("application/rdf+xml", Lang.RDFXML);
    }

    private final transient Dataset dataset;
    private final String base;
    private final String sparql;

    ResourcePages(Dataset dataset, String base, String sparql) {
        this.dataset = dataset;
        this.base = base;
        this.sparql = sparql;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1);
        boolean home = request.getServletPath().isEmpty() || path.isEmpty() && !request.getServletPath().startsWith("/id");
        String format = request.getParameter("format");
        if (format != null && !FORMATS.containsKey(format.toLowerCase(Locale.ROOT))) {
            respond(response, 400, HTML, page("Unknown format", "<p>format=" + esc(format) + " is not one of " + esc(String.join(", ",
                    new java.util.TreeSet<>(FORMATS.keySet()))) + ".</p>"));
            return;
        }
        String type = contentType(request);
        response.setHeader("Vary", "Accept, Accept-Language");
        if (type == null) {
            respond(response, 406, HTML, page("Not acceptable", "<p>Resources are served as HTML, Turtle, JSON-LD, N-Triples and RDF/XML.</p>"));
            return;
        }
        String script = script(request.getHeader("Accept-Language"));
        if (home) {
            respond(response, 200, HTML, Txn.calculateRead(dataset, () -> new Render(script).homePage()));
            return;
        }
        String iri = base + path;
        Txn.executeRead(dataset, () -> {
            Model description = describe(iri);
            try {
                if (description.isEmpty()) {
                    respond(response, 404, HTML, page("Not found", "<p>Nothing is known about <code>" + esc(iri) + "</code>.</p>"));
                } else if (type.equals(HTML)) {
                    respond(response, 200, HTML, new Render(script).resourcePage(description.createResource(iri)));
                } else {
                    response.setStatus(200);
                    response.setContentType(type + "; charset=utf-8");
                    description.setNsPrefixes(KJ.prefixes(base).getNsPrefixMap());
                    Lang lang = RDF_TYPES.get(type);
                    try (OutputStream out = response.getOutputStream()) {
                        RDFDataMgr.write(out, description, lang == Lang.TURTLE ? RDFFormat.TURTLE_PRETTY
                                : lang == Lang.JSONLD ? RDFFormat.JSONLD_PRETTY : lang == Lang.RDFXML ? RDFFormat.RDFXML_PRETTY : RDFFormat.NTRIPLES);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The media type to answer with: {@code ?format=}, else the best of the Accept header, else HTML. */
    static String contentType(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null && FORMATS.containsKey(format.toLowerCase(Locale.ROOT))) {
            return FORMATS.get(format.toLowerCase(Locale.ROOT));
        }
        return chooseType(request.getHeader("Accept"));
    }

    /**
     * The offered type with the highest q in an Accept header (the first wins a tie); HTML for a
     * browser, for a wildcard and for no header; null when nothing offered is acceptable.
     */
    static String chooseType(String accept) {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        String best = null;
        double bestQ = 0;
        for (String part : accept.split(",")) {
            String[] fields = part.trim().split(";");
            String media = fields[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(fields);
            String offered = media.equals(HTML) || media.equals("application/xhtml+xml") || media.equals("*/*") || media.equals("text/*")
                    ? HTML : RDF_TYPES.containsKey(media) ? media : null;
            if (offered != null && q > bestQ) {
                best = offered;
                bestQ = q;
            }
        }
        return best;
    }

    /**
     * The script of the language the browser prefers most (the highest q): zh-Hant for Traditional
     * Chinese (zh-Hant, zh-TW, zh-HK, zh-MO), zh-Hans for other Chinese, en for English; else zh-Hans.
     */
    static String script(String acceptLanguage) {
        String best = "zh-Hans";
        double bestQ = 0;
        if (acceptLanguage != null) {
            for (String part : acceptLanguage.split(",")) {
                String[] fields = part.trim().split(";");
                String tag = fields[0].trim().toLowerCase(Locale.ROOT);
                double q = quality(fields);
                String script = tag.startsWith("zh-hant") || tag.equals("zh-tw") || tag.equals("zh-hk") || tag.equals("zh-mo") ? "zh-Hant"
                        : tag.startsWith("zh") ? "zh-Hans" : tag.startsWith("en") ? "en" : null;
                if (script != null && q > bestQ) {
                    best = script;
                    bestQ = q;
                }
            }
        }
        return best;
    }

    /** The q of one entry of an Accept or Accept-Language header (1 if none, 0 if unreadable). */
    private static double quality(String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            String f = fields[i].trim();
            if (f.startsWith("q=")) {
                try {
                    return Double.parseDouble(f.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    // ------------------------------------------------------------------------------------------
    // What the store says

    /** The resource's own statements, those that point at it, and the types and labels of its neighbours. */
    private Model describe(String iri) {
        Model union = dataset.getUnionModel();
        Resource r = union.createResource(iri);
        Model m = ModelFactory.createDefaultModel();
        m.add(union.listStatements(r, null, (RDFNode) null));
        union.listStatements(null, null, r).toList().stream() // a metric may be measured by thousands of figures
                .sorted(Comparator.comparing(st -> st.getSubject().toString(), NATURAL)).limit(MOST).forEach(m::add);
        for (RDFNode neighbour : m.listObjects().toList().stream().filter(RDFNode::isURIResource).toList()) {
            m.add(union.listStatements(neighbour.asResource(), RDFS.label, (RDFNode) null));
        }
        for (Resource neighbour : m.listSubjects().toList()) {
            m.add(union.listStatements(neighbour, RDFS.label, (RDFNode) null));
            m.add(union.listStatements(neighbour, RDF.type, (RDFNode) null));
        }
        return m;
    }

    private List<QuerySolution> select(String query) {
        try (QueryExecution q = QueryExecution.create(QueryOperation.parse(query, base), dataset)) {
            List<QuerySolution> rows = new ArrayList<>();
            q.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private String shortName(Resource r) {
        String iri = r.getURI();
        String prefixed = KJ.prefixes(base).shortForm(iri);
        return prefixed.equals(iri) ? iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1) : prefixed;
    }

    // ------------------------------------------------------------------------------------------
    // Pages

    /** One page being written: the script it is in, and the labels looked up so far (each once). */
    final class Render {
        private final String script;
        private final Map<Resource, String> labels = new HashMap<>();

        Render(String script) {
            this.script = script;
        }

        /** A resource's label in the script asked for, else in another, else its IRI's last part. */
        private String label(Resource r) {
            return labels.computeIfAbsent(r, this::lookUp);
        }

        private String lookUp(Resource r) {
            Model union = dataset.getUnionModel();
            Map<String, String> labels = new TreeMap<>();
            union.listStatements(r, RDFS.label, (RDFNode) null).forEachRemaining(s -> {
                if (s.getObject().isLiteral()) {
                    labels.putIfAbsent(s.getLiteral().getLanguage().toLowerCase(Locale.ROOT), s.getLiteral().getLexicalForm());
                }
            });
            for (String lang : List.of(script.toLowerCase(Locale.ROOT), "zh-hans", "zh-hant", "en", "")) {
                if (labels.containsKey(lang)) {
                    return labels.get(lang);
                }
            }
            if (!labels.isEmpty()) {
                return labels.values().iterator().next();
            }
            for (Property name : List.of(DCTerms.title, DCTerms.identifier)) { // an article: its headline, else its source
                Statement s = union.getProperty(r, name);
                if (s != null && s.getObject().isLiteral()) {
                    return s.getLiteral().getLexicalForm();
                }
            }
            return shortName(r);
        }

        private String homePage() {
            StringBuilder b = new StringBuilder();
            b.append("<p>What China's ministers and agencies stated in the news, as Koujing extracted it. Query it at the SPARQL endpoint <a href=\"")
                    .append(esc(sparql)).append("\"><code>").append(esc(sparql)).append("</code></a>; every resource below has a page of its own, ")
                    .append("also as Turtle or JSON-LD.</p>\n");
            List<QuerySolution> counts = select("SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?c) AS ?claims) (COUNT(DISTINCT ?f) AS ?figures) "
                    + "WHERE { { ?a a kj:Article } UNION { ?c a kj:Claim } UNION { ?f a kj:Figure } }");
            QuerySolution c = counts.get(0);
            b.append("<p>").append(c.getLiteral("articles").getInt()).append(" articles, ").append(c.getLiteral("claims").getInt())
                    .append(" claims, ").append(c.getLiteral("figures").getInt()).append(" figures.</p>\n");
            b.append("<h2>Ministries</h2>\n<table>\n<tr><th>Ministry</th><th>Officials</th></tr>\n");
            for (QuerySolution row : select("SELECT ?m (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o kj:memberOf ?m } GROUP BY ?m")
                    .stream().sorted(Comparator.comparing((QuerySolution s) -> -s.getLiteral("n").getInt())
                            .thenComparing(s -> s.getResource("m").getURI())).toList()) {
                b.append("<tr><td>").append(link(row.getResource("m"))).append("</td><td>").append(row.getLiteral("n").getInt()).append("</td></tr>\n");
            }
            b.append("</table>\n<h2>Officials</h2>\n<table>\n<tr><th>Official</th><th>Post</th><th>Ministry</th><th>Claims</th></tr>\n");
            for (QuerySolution row : select("SELECT ?o (SAMPLE(?t) AS ?title) (SAMPLE(?m) AS ?ministry) (COUNT(DISTINCT ?c) AS ?n) "
                    + "WHERE { ?o a kj:Official OPTIONAL { ?o kj:title ?t } OPTIONAL { ?o kj:memberOf ?m } OPTIONAL { ?c kj:claimedBy ?o } } GROUP BY ?o")
                    .stream().sorted(Comparator.comparing((QuerySolution s) -> -s.getLiteral("n").getInt())
                            .thenComparing(s -> s.getResource("o").getURI())).toList()) {
                b.append("<tr><td>").append(link(row.getResource("o"))).append("</td><td>")
                        .append(row.contains("title") ? esc(row.getLiteral("title").getLexicalForm()) : "").append("</td><td>")
                        .append(row.contains("ministry") ? link(row.getResource("ministry")) : "").append("</td><td>")
                        .append(row.getLiteral("n").getInt()).append("</td></tr>\n");
            }
            b.append("</table>\n");
            return page("Koujing (口徑)", b.toString());
        }

        private String resourcePage(Resource r) {
            StringBuilder b = new StringBuilder();
            b.append("<p><code>").append(esc(r.getURI())).append("</code> · <a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a></p>\n");
            b.append("<table>\n");
            Map<String, List<String>> rows = new TreeMap<>();
            for (Statement s : r.listProperties().toList()) {
                rows.computeIfAbsent(label(s.getPredicate()), k -> new ArrayList<>()).add(value(s.getObject()));
            }
            rows.forEach((p, values) -> b.append("<tr><th>").append(esc(p)).append("</th><td>")
                    .append(String.join("<br>", values.stream().sorted().toList())).append("</td></tr>\n"));
            b.append("</table>\n");
            if (r.hasProperty(RDF.type, r.getModel().createResource(KJ.NS + "Official"))) {
                claims(b, r);
            } else {
                referrers(b, r);
            }
            return page(label(r), b.toString());
        }

        /** An official's claims, with their figures, each with its quote and article. */
        private void claims(StringBuilder b, Resource official) {
            String o = NodeFmtLib.strNT(official.asNode());
            List<QuerySolution> rows = select("SELECT ?claim ?quote ?article ?date ?figure ?surface ?value ?max ?unit ?qualifier ?start ?end ?metric "
                    + "WHERE { ?claim kj:claimedBy " + o + " ; kj:quote ?quote ; kj:source ?article . OPTIONAL { ?article dcterms:date ?date } "
                    + "OPTIONAL { ?claim kj:reportsFigure ?figure . ?figure kj:value ?value ; kj:unit ?unit ; kj:qualifier ?qualifier ; kj:surface ?surface . "
                    + "OPTIONAL { ?figure kj:maxValue ?max } OPTIONAL { ?figure kj:periodStart ?start } OPTIONAL { ?figure kj:periodEnd ?end } "
                    + "OPTIONAL { ?figure kj:measures ?metric } } }");
            Map<String, List<QuerySolution>> byClaim = new TreeMap<>(NATURAL);
            rows.forEach(row -> byClaim.computeIfAbsent(row.getResource("claim").getURI(), k -> new ArrayList<>()).add(row));
            b.append("<h2>Claims (").append(byClaim.size()).append(")</h2>\n")
                    .append(byClaim.size() > MOST ? "<p>The first " + MOST + "; SPARQL has them all.</p>\n" : "")
                    .append("<table class=\"claims\">\n")
                    .append("<tr><th>Quote</th><th>Figures</th><th>Article</th></tr>\n");
            for (List<QuerySolution> claim : byClaim.values().stream().limit(MOST).toList()) {
                QuerySolution first = claim.get(0);
                b.append("<tr><td>").append(esc(first.getLiteral("quote").getLexicalForm())).append(" <a href=\"")
                        .append(esc(local(first.getResource("claim")))).append("\">#</a></td><td><ul>");
                claim.stream().filter(row -> row.contains("figure")).sorted(Comparator.comparing(row -> row.getResource("figure").getURI(), NATURAL))
                        .forEach(row -> b.append("<li class=\"figure\"><a href=\"").append(esc(local(row.getResource("figure")))).append("\">")
                                .append(esc(figure(row))).append("</a>")
                                .append(row.contains("metric") ? " · " + link(row.getResource("metric")) : "").append("</li>"));
                if (claim.stream().noneMatch(row -> row.contains("figure"))) {
                    b.append("<li>—</li>");
                }
                b.append("</ul></td><td>").append(link(first.getResource("article")))
                        .append(first.contains("date") ? " " + esc(first.getLiteral("date").getLexicalForm()) : "").append("</td></tr>\n");
            }
            b.append("</table>\n");
        }

        /** A figure as written, then as the graph has it: qualifier, value (to its maximum), unit, period. */
        private String figure(QuerySolution row) {
            String qualifier = label(row.getResource("qualifier"));
            String value = plain(row.getLiteral("value")) + (row.contains("max") ? "–" + plain(row.getLiteral("max")) : "");
            String period = (row.contains("start") ? row.getLiteral("start").getLexicalForm() : "") + (row.contains("start") || row.contains("end") ? ".." : "")
                    + (row.contains("end") ? row.getLiteral("end").getLexicalForm() : "");
            return row.getLiteral("surface").getLexicalForm() + ": " + (qualifier.isEmpty() ? "" : qualifier + " ") + value + " "
                    + label(row.getResource("unit")) + (period.isEmpty() ? "" : " (" + period + ")");
        }

        /** A decimal as a reader writes it: 41700000000000, not 4.17E13 or 41700000000000.0. */
        private static String plain(Literal decimal) {
            try {
                return new BigDecimal(decimal.getLexicalForm()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return decimal.getLexicalForm();
            }
        }

        private void referrers(StringBuilder b, Resource r) {
            List<Statement> in = dataset.getUnionModel().listStatements(null, null, r).toList().stream()
                    .filter(s -> s.getSubject().isURIResource()).sorted(Comparator.comparing(s -> s.getSubject().getURI(), NATURAL))
                    .limit(500).toList();
            if (in.isEmpty()) {
                return;
            }
            b.append("<h2>Referred to by</h2>\n<ul>\n");
            for (Statement s : in) {
                b.append("<li>").append(link(s.getSubject())).append(" <small>").append(esc(label(s.getPredicate()))).append("</small></li>\n");
            }
            b.append("</ul>\n");
        }

        private String value(RDFNode o) {
            if (o.isURIResource()) {
                return link(o.asResource());
            }
            if (o.isLiteral()) {
                Literal l = o.asLiteral();
                return esc(l.getLexicalForm()) + (l.getLanguage().isEmpty() ? "" : " <small>@" + esc(l.getLanguage()) + "</small>");
            }
            return "";
        }

        /** A link: to the resource's own page where it is in the data's namespace, else to its http(s) IRI. */
        private String link(Resource r) {
            String href = local(r);
            return href == null ? "<code>" + esc(label(r)) + "</code>" : "<a href=\"" + esc(href) + "\">" + esc(label(r)) + "</a>";
        }

        /** The page of a resource of the data, as a path on this server; another http(s) IRI as it is; else none. */
        private String local(Resource r) {
            String iri = r.getURI();
            if (iri.startsWith(base)) {
                return "/id/" + iri.substring(base.length());
            }
            return iri.startsWith("http://") || iri.startsWith("https://") ? iri : null; // never javascript: or data:
        }
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title) + " · Koujing</title>\n"
                + "<style>body{font-family:system-ui,\"Noto Sans CJK SC\",sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}"
                + "table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;"
                + "text-align:left;vertical-align:top}th{background:#f4f4f4;font-weight:normal}ul{margin:0;padding-left:1.2rem}</style>\n"
                + "</head>\n<body>\n<p><a href=\"/\">Koujing</a></p>\n<h1>" + esc(title) + "</h1>\n" + body + "</body>\n</html>\n";
    }

    private static void respond(HttpServletResponse response, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(type + "; charset=utf-8");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    private static String esc(String s) {
        return OntologyDocs.esc(s);
    }

}
