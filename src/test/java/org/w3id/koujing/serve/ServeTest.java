package org.w3id.koujing.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.koujing.cli.Koujing;
import org.w3id.koujing.rdf.IriScheme;
import org.w3id.koujing.rdf.KJ;
import org.w3id.koujing.store.KoujingStore;

/** {@code koujing serve} on a store built from the seed article, over real HTTP on a free port. */
class ServeTest {

    static final Path SEED = Path.of("../shared/corpus/seed-2026-03-05.txt");
    static final String OFFICIALS = "PREFIX kj: <" + KJ.NS + "> SELECT ?o WHERE { ?o a kj:Official }";
    static final String INSERT = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static KoujingStore store;
    static KoujingServer readOnly;
    static KoujingServer writable;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.exists(SEED), "../shared/corpus is not here: the server is tested on the seed");
        Path location = dir.resolve("store");
        assertEquals(0, Koujing.execute(new ByteArrayOutputStream(), new PrintStream(new ByteArrayOutputStream()),
                "build", "--store", location.toString(), SEED.toString()));
        store = KoujingStore.open(location, false);
        readOnly = KoujingServer.start(store, settings(Optional.empty(), Duration.ofSeconds(30)));
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "editor: s3cret\n");
        writable = KoujingServer.start(store, settings(Optional.of(passwords), Duration.ofSeconds(30)));
    }

    static KoujingServer.Settings settings(Optional<Path> passwords, Duration timeout) {
        return new KoujingServer.Settings("127.0.0.1", 0, IriScheme.DEFAULT_BASE, timeout, passwords);
    }

    @AfterAll
    static void stop() {
        if (readOnly != null) {
            readOnly.stop();
            writable.stop();
        }
    }

    static String url(KoujingServer server, String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    static HttpResponse<String> get(KoujingServer server, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(server, path)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    /**
     * Sends a request, once more if the first try finds its pooled connection closed: after refusing a
     * request whose body it did not read, the server closes the connection, as HTTP lets it.
     */
    static HttpResponse<String> send(HttpRequest request) throws Exception {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException closed) {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    static HttpResponse<String> post(KoujingServer server, String path, String type, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(server, path))).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    static String query(String q) {
        return "/koujing/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    static int bindings(String json) {
        return ResultSetFormatter.consume(org.apache.jena.query.ResultSetFactory.fromJSON(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void answersAQueryForTheOfficialsWithThreeBindingsAtBothEndpoints() throws Exception {
        for (String endpoint : new String[] {"/koujing/sparql", "/koujing/query"}) {
            HttpResponse<String> r = get(readOnly, endpoint + "?query=" + URLEncoder.encode(OFFICIALS, StandardCharsets.UTF_8),
                    "Accept", "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(3, bindings(r.body()), "the seed's three officials: " + r.body());
        }
        assertEquals(200, get(readOnly, "/$/ping").statusCode());
        assertTrue(get(readOnly, query(OFFICIALS), "Accept", "text/csv").body().lines().count() == 4, "CSV too: a header and 3 rows");
    }

    @Test
    void refusesUpdatesWithoutCredentials() throws Exception {
        assertTrue(post(readOnly, "/koujing/update", "application/sparql-update", INSERT).statusCode() >= 400, "no update endpoint");
        assertTrue(post(readOnly, "/koujing/sparql", "application/sparql-update", INSERT).statusCode() >= 400, "the query endpoint does not update");
        HttpRequest put = HttpRequest.newBuilder(URI.create(url(readOnly, "/koujing?default"))).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")).build();
        assertTrue(send(put).statusCode() >= 400, "the graph store is read-only");
        assertEquals(401, post(writable, "/koujing/update", "application/sparql-update", INSERT).statusCode(), "no credentials");
        assertEquals(401, post(writable, "/koujing/update", "application/sparql-update", INSERT, "Authorization", basic("editor", "wrong")).statusCode());
        assertFalse(ask(), "nothing was written");
    }

    @Test
    void updatesWithCredentialsWhenEnabled() throws Exception {
        String insert = INSERT.replace("urn:x:c", "urn:x:d");
        assertEquals(204, post(writable, "/koujing/update", "application/sparql-update", insert, "Authorization", basic("editor", "s3cret")).statusCode());
        try (QueryExecution q = QueryExecution.create("ASK { GRAPH ?g { <urn:x:a> <urn:x:b> <urn:x:d> } }", store.dataset())) {
            assertTrue(org.apache.jena.system.Txn.calculateRead(store.dataset(), q::execAsk));
        }
        assertEquals(200, get(writable, query("ASK {}")).statusCode(), "queries need no credentials");
    }

    private static boolean ask() {
        try (QueryExecution q = QueryExecution.create("ASK { GRAPH ?g { <urn:x:a> <urn:x:b> <urn:x:c> } }", store.dataset())) {
            return org.apache.jena.system.Txn.calculateRead(store.dataset(), q::execAsk);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The official who stated the seed's 41.7萬億元: his page, found through SPARQL as a client would. */
    static String officialPath(KoujingServer server) throws Exception {
        String q = "PREFIX kj: <" + KJ.NS + "> SELECT ?o WHERE { ?c kj:claimedBy ?o ; kj:reportsFigure ?f . ?f kj:surface \"41.7萬億元\"@zh-Hant }";
        String json = get(server, query(q), "Accept", "application/sparql-results+json").body();
        String iri = org.apache.jena.query.ResultSetFactory.fromJSON(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .next().getResource("o").getURI();
        return "/id/" + iri.substring(IriScheme.DEFAULT_BASE.length());
    }

    @Test
    void servesAnOfficialsPageAsHtmlWithTheFiguresAndAsTurtleAndJsonLd() throws Exception {
        String path = officialPath(readOnly);
        HttpResponse<String> html = get(readOnly, path, "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "Accept-Language", "zh-TW,zh;q=0.9");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<h1>李樂成</h1>"), "the Traditional label for zh-TW");
        assertTrue(html.body().contains("41.7萬億元") && html.body().contains("41700000000000"), "the figure, as written and as a number");
        assertTrue(html.body().contains("貢獻率為35%"), "with its quote");
        assertTrue(get(readOnly, path, "Accept-Language", "zh-CN").body().contains("<h1>李乐成</h1>"), "the Simplified label for zh-CN");

        HttpResponse<String> turtle = get(readOnly, path, "Accept", "text/turtle");
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.createResource(IriScheme.DEFAULT_BASE + path.substring(4)), RDF.type, m.createResource(KJ.NS + "Official")));

        HttpResponse<String> jsonld = get(readOnly, path, "Accept", "application/ld+json");
        Model j = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(j);
        assertTrue(j.isIsomorphicWith(m), "JSON-LD says what Turtle says");
        assertEquals(404, get(readOnly, "/id/official/nobody-0000").statusCode());
    }

    @Test
    void aQueryCannotMakeTheServerFetchFromElsewhere() throws Exception {
        String federated = "SELECT * WHERE { SERVICE <" + url(writable, "/koujing/sparql") + "> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> r = get(readOnly, query(federated), "Accept", "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400 || bindings(r.body()) == 0, "SERVICE is refused: " + r.statusCode() + " " + r.body());
    }

    @Test
    void contentNegotiationRespectsQualityAndRefusesWhatItCannotServe() throws Exception {
        String path = officialPath(readOnly);
        HttpResponse<String> notTurtle = get(readOnly, path, "Accept", "text/turtle;q=0, text/html");
        assertTrue(notTurtle.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "q=0 means not that");
        assertEquals(406, get(readOnly, path, "Accept", "image/png").statusCode());
        assertEquals(400, get(readOnly, path + "?format=xml").statusCode());
        HttpResponse<String> rdfxml = get(readOnly, path, "Accept", "application/rdf+xml");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(rdfxml.body(), Lang.RDFXML).parse(m);
        assertTrue(m.contains(null, RDF.type, m.createResource(KJ.NS + "Official")));
        assertTrue(get(readOnly, path, "Accept-Language", "en;q=0.1, zh-TW;q=0.9").body().contains("<h1>李樂成</h1>"), "the higher q wins");
    }

    @Test
    void aPageLinksOnlyToWebAddresses() throws Exception {
        String path = officialPath(writable);
        String iri = IriScheme.DEFAULT_BASE + path.substring(4);
        String insert = "INSERT DATA { GRAPH <urn:x:links> { <" + iri + "> <http://www.w3.org/2000/01/rdf-schema#seeAlso> <javascript:alert(1)> } }";
        assertEquals(204, post(writable, "/koujing/update", "application/sparql-update", insert, "Authorization", basic("editor", "s3cret")).statusCode());
        String html = get(writable, path).body();
        assertTrue(html.contains("javascript:alert(1)"), "the value is shown");
        assertFalse(html.contains("href=\"javascript:"), "but never as a link");
    }

    @Test
    void theHomePageListsTheOfficialsAndLinksTheEndpoint() throws Exception {
        String home = get(readOnly, "/").body();
        assertTrue(home.contains("/koujing/sparql"));
        for (String name : new String[] {"阴和俊", "李乐成", "张玉卓"}) {
            assertTrue(home.contains(name), name + " on the home page");
        }
    }

    @Test
    void listensOnLoopbackByDefault() throws Exception {
        assertTrue(InetAddress.getByName(readOnly.boundHost()).isLoopbackAddress(), "bound to " + readOnly.boundHost());
    }

    @Test
    void aHeavyQueryStopsAtTheTimeoutAndTheServerGoesOn() throws Exception {
        // a store of its own: the timeout is set on the store's dataset, which the other servers share
        Path copy = dir.resolve("quick");
        try (var files = Files.walk(store.location())) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(store.location().relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(f, target);
                }
            }
        }
        KoujingServer quick = KoujingServer.start(KoujingStore.open(copy, false), settings(Optional.empty(), Duration.ofMillis(300)));
        try {
            HttpResponse<String> r = get(quick, query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
            assertEquals(503, r.statusCode(), r.body());
            assertEquals(200, get(quick, "/$/ping").statusCode());
        } finally {
            quick.stop();
        }
    }

    @Test
    void theAssemblerFileServesTheSameStore() throws Exception {
        String config = Files.readString(Path.of("fuseki/config.ttl"))
                .replace("tdb2:location \"output/store\"", "tdb2:location \"" + store.location().toAbsolutePath() + "\"");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(config, Lang.TURTLE).parse(model);
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).parseConfig(model).build().start();
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fuseki.getHttpPort()
                    + query(OFFICIALS))).header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(3, bindings(r.body()));
        } finally {
            fuseki.stop();
        }
    }
}
