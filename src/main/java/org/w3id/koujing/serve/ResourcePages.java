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
            "jsonld", "application/ld+json", "nt", "application/n-triples", "html", HTML);

    static {
        RDF_TYPES.put("text/turtle", Lang.TURTLE);
        RDF_TYPES.put("application/ld+json", Lang.JSONLD);
        RDF_TYPES.put("application/n-triples", Lang.NTRIPLES);
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
        String type = contentType(request);
        String script = script(request.getHeader("Accept-Language"));
        response.setHeader("Vary", "Accept, Accept-Language");
        if (home) {
            respond(response, 200, HTML, Txn.calculateRead(dataset, () -> homePage(script)));
            return;
        }
        String iri = base + path;
        Txn.executeRead(dataset, () -> {
            Model description = describe(iri);
            try {
                if (description.isEmpty()) {
                    respond(response, 404, HTML, page("Not found", "<p>Nothing is known about <code>" + esc(iri) + "</code>.</p>"));
                } else if (type.equals(HTML)) {
                    respond(response, 200, HTML, resourcePage(description.createResource(iri), script));
                } else {
                    response.setStatus(200);
                    response.setContentType(type + "; charset=utf-8");
                    description.setNsPrefixes(KJ.prefixes(base).getNsPrefixMap());
                    try (OutputStream out = response.getOutputStream()) {
                        RDFDataMgr.write(out, description, RDF_TYPES.get(type) == Lang.TURTLE ? RDFFormat.TURTLE_PRETTY
                                : RDF_TYPES.get(type) == Lang.JSONLD ? RDFFormat.JSONLD_PRETTY : RDFFormat.NTRIPLES);
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

    /** The offered type with the highest q in an Accept header (the first wins a tie); HTML for a browser or none. */
    static String chooseType(String accept) {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        String best = HTML;
        double bestQ = -1;
        for (String part : accept.split(",")) {
            String[] fields = part.trim().split(";");
            String media = fields[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].trim();
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String offered = media.equals(HTML) || media.equals("application/xhtml+xml") || media.equals("*/*") || media.equals("text/*")
                    ? HTML : RDF_TYPES.containsKey(media) ? media : null;
            if (offered != null && q > bestQ) {
                best = offered;
                bestQ = q;
            }
        }
        return best;
    }

    /** zh-Hant for Traditional Chinese (zh-Hant, zh-TW, zh-HK, zh-MO), en for English, else zh-Hans. */
    static String script(String acceptLanguage) {
        if (acceptLanguage != null) {
            for (String part : acceptLanguage.split(",")) {
                String tag = part.trim().split(";")[0].toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh-hant") || tag.equals("zh-tw") || tag.equals("zh-hk") || tag.equals("zh-mo")) {
                    return "zh-Hant";
                }
                if (tag.startsWith("zh")) {
                    return "zh-Hans";
                }
                if (tag.startsWith("en")) {
                    return "en";
                }
            }
        }
        return "zh-Hans";
    }

    // ------------------------------------------------------------------------------------------
    // What the store says

    /** The resource's own statements, those that point at it, and the types and labels of its neighbours. */
    private Model describe(String iri) {
        Model union = dataset.getUnionModel();
        Resource r = union.createResource(iri);
        Model m = ModelFactory.createDefaultModel();
        m.add(union.listStatements(r, null, (RDFNode) null));
        m.add(union.listStatements(null, null, r));
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

    /** A resource's label in the script asked for, else in another, else its IRI's last part. */
    private String label(Resource r, String script) {
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

    private String shortName(Resource r) {
        String iri = r.getURI();
        String prefixed = KJ.prefixes(base).shortForm(iri);
        return prefixed.equals(iri) ? iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1) : prefixed;
    }

    // ------------------------------------------------------------------------------------------
    // Pages

    private String homePage(String script) {
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
            b.append("<tr><td>").append(link(row.getResource("m"), script)).append("</td><td>").append(row.getLiteral("n").getInt()).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Officials</h2>\n<table>\n<tr><th>Official</th><th>Post</th><th>Ministry</th><th>Claims</th></tr>\n");
        for (QuerySolution row : select("SELECT ?o (SAMPLE(?t) AS ?title) (SAMPLE(?m) AS ?ministry) (COUNT(DISTINCT ?c) AS ?n) "
                + "WHERE { ?o a kj:Official OPTIONAL { ?o kj:title ?t } OPTIONAL { ?o kj:memberOf ?m } OPTIONAL { ?c kj:claimedBy ?o } } GROUP BY ?o")
                .stream().sorted(Comparator.comparing((QuerySolution s) -> -s.getLiteral("n").getInt())
                        .thenComparing(s -> s.getResource("o").getURI())).toList()) {
            b.append("<tr><td>").append(link(row.getResource("o"), script)).append("</td><td>")
                    .append(row.contains("title") ? esc(row.getLiteral("title").getLexicalForm()) : "").append("</td><td>")
                    .append(row.contains("ministry") ? link(row.getResource("ministry"), script) : "").append("</td><td>")
                    .append(row.getLiteral("n").getInt()).append("</td></tr>\n");
        }
        b.append("</table>\n");
        return page("Koujing (口徑)", b.toString());
    }

    private String resourcePage(Resource r, String script) {
        StringBuilder b = new StringBuilder();
        b.append("<p><code>").append(esc(r.getURI())).append("</code> · <a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a></p>\n");
        b.append("<table>\n");
        Map<String, List<String>> rows = new TreeMap<>();
        for (Statement s : r.listProperties().toList()) {
            rows.computeIfAbsent(label(s.getPredicate(), script), k -> new ArrayList<>()).add(value(s.getObject(), script));
        }
        rows.forEach((p, values) -> b.append("<tr><th>").append(esc(p)).append("</th><td>")
                .append(String.join("<br>", values.stream().sorted().toList())).append("</td></tr>\n"));
        b.append("</table>\n");
        if (r.hasProperty(RDF.type, r.getModel().createResource(KJ.NS + "Official"))) {
            claims(b, r, script);
        } else {
            referrers(b, r, script);
        }
        return page(label(r, script), b.toString());
    }

    /** An official's claims, with their figures, each with its quote and article. */
    private void claims(StringBuilder b, Resource official, String script) {
        String o = NodeFmtLib.strNT(official.asNode());
        List<QuerySolution> rows = select("SELECT ?claim ?quote ?article ?date ?figure ?surface ?value ?max ?unit ?qualifier ?start ?end ?metric "
                + "WHERE { ?claim kj:claimedBy " + o + " ; kj:quote ?quote ; kj:source ?article . OPTIONAL { ?article dcterms:date ?date } "
                + "OPTIONAL { ?claim kj:reportsFigure ?figure . ?figure kj:value ?value ; kj:unit ?unit ; kj:qualifier ?qualifier ; kj:surface ?surface . "
                + "OPTIONAL { ?figure kj:maxValue ?max } OPTIONAL { ?figure kj:periodStart ?start } OPTIONAL { ?figure kj:periodEnd ?end } "
                + "OPTIONAL { ?figure kj:measures ?metric } } }");
        Map<String, List<QuerySolution>> byClaim = new TreeMap<>(NATURAL);
        rows.forEach(row -> byClaim.computeIfAbsent(row.getResource("claim").getURI(), k -> new ArrayList<>()).add(row));
        b.append("<h2>Claims (").append(byClaim.size()).append(")</h2>\n<table class=\"claims\">\n")
                .append("<tr><th>Quote</th><th>Figures</th><th>Article</th></tr>\n");
        for (List<QuerySolution> claim : byClaim.values()) {
            QuerySolution first = claim.get(0);
            b.append("<tr><td>").append(esc(first.getLiteral("quote").getLexicalForm())).append(" <a href=\"")
                    .append(esc(local(first.getResource("claim")))).append("\">#</a></td><td><ul>");
            claim.stream().filter(row -> row.contains("figure")).sorted(Comparator.comparing(row -> row.getResource("figure").getURI(), NATURAL))
                    .forEach(row -> b.append("<li class=\"figure\"><a href=\"").append(esc(local(row.getResource("figure")))).append("\">")
                            .append(esc(figure(row, script))).append("</a>")
                            .append(row.contains("metric") ? " · " + link(row.getResource("metric"), script) : "").append("</li>"));
            if (claim.stream().noneMatch(row -> row.contains("figure"))) {
                b.append("<li>—</li>");
            }
            b.append("</ul></td><td>").append(link(first.getResource("article"), script))
                    .append(first.contains("date") ? " " + esc(first.getLiteral("date").getLexicalForm()) : "").append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** A figure as written, then as the graph has it: qualifier, value (to its maximum), unit, period. */
    private String figure(QuerySolution row, String script) {
        String qualifier = label(row.getResource("qualifier"), script);
        String value = plain(row.getLiteral("value")) + (row.contains("max") ? "–" + plain(row.getLiteral("max")) : "");
        String period = (row.contains("start") ? row.getLiteral("start").getLexicalForm() : "") + (row.contains("start") || row.contains("end") ? ".." : "")
                + (row.contains("end") ? row.getLiteral("end").getLexicalForm() : "");
        return row.getLiteral("surface").getLexicalForm() + ": " + (qualifier.isEmpty() ? "" : qualifier + " ") + value + " "
                + label(row.getResource("unit"), script) + (period.isEmpty() ? "" : " (" + period + ")");
    }

    /** A decimal as a reader writes it: 41700000000000, not 4.17E13 or 41700000000000.0. */
    private static String plain(Literal decimal) {
        try {
            return new BigDecimal(decimal.getLexicalForm()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return decimal.getLexicalForm();
        }
    }

    private void referrers(StringBuilder b, Resource r, String script) {
        List<Statement> in = dataset.getUnionModel().listStatements(null, null, r).toList().stream()
                .filter(s -> s.getSubject().isURIResource()).sorted(Comparator.comparing(s -> s.getSubject().getURI(), NATURAL))
                .limit(500).toList();
        if (in.isEmpty()) {
            return;
        }
        b.append("<h2>Referred to by</h2>\n<ul>\n");
        for (Statement s : in) {
            b.append("<li>").append(link(s.getSubject(), script)).append(" <small>").append(esc(label(s.getPredicate(), script))).append("</small></li>\n");
        }
        b.append("</ul>\n");
    }

    private String value(RDFNode o, String script) {
        if (o.isURIResource()) {
            return link(o.asResource(), script);
        }
        if (o.isLiteral()) {
            Literal l = o.asLiteral();
            return esc(l.getLexicalForm()) + (l.getLanguage().isEmpty() ? "" : " <small>@" + esc(l.getLanguage()) + "</small>");
        }
        return "";
    }

    /** A link: to the resource's own page where it is in the data's namespace, else to its IRI. */
    private String link(Resource r, String script) {
        return "<a href=\"" + esc(local(r)) + "\">" + esc(label(r, script)) + "</a>";
    }

    /** The page of a resource of the data, as a path on this server; any other IRI as it is. */
    private String local(Resource r) {
        return r.getURI().startsWith(base) ? "/id/" + r.getURI().substring(base.length()) : r.getURI();
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
