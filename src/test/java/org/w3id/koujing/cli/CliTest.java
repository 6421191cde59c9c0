package org.w3id.koujing.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands of the contract, through the real entry point, on the sample corpus and a real TDB2 store. */
class CliTest {

    static final String CORPUS = "corpus/articles";
    private static final String VOID = "http://rdfs.org/ns/void#";

    @Test
    void buildsIdempotentlyExportsQueriesAndValidates(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        Cli first = Cli.run("build", "--store", store, CORPUS);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().matches("(?s)build: 8 articles stored, 0 unchanged, 0 inputs failed.*"), first.out());
        byte[] before = Cli.run("export", "--store", store, "--format", "nquads").outBytes();

        Cli second = Cli.run("build", "--store", store, CORPUS);
        assertTrue(second.out().startsWith("build: 0 articles stored, 8 unchanged"), second.out());
        assertArrayEquals(before, Cli.run("export", "--store", store, "--format", "nquads").outBytes(), "a rebuild changes nothing");

        Cli query = Cli.run("query", "--store", store, "--format", "csv",
                "SELECT ?name WHERE { ?o a kj:Official ; kj:memberOf/kj:key 'nbs' ; rdfs:label ?name FILTER(lang(?name) = 'zh-Hans') } ORDER BY ?name");
        assertEquals(0, query.exit(), query.err());
        assertEquals(List.of("name", "付凌晖", "康义"), query.out().lines().toList());

        Cli validate = Cli.run("validate", "--store", store);
        assertEquals(0, validate.exit(), validate.out());
        assertTrue(validate.out().contains("8 articles") && validate.out().contains("no violations"), validate.out());
    }

    @Test
    void everyExportFormatSaysTheSame(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        assertEquals(0, Cli.run("build", "--store", store, CORPUS).exit());
        DatasetGraph quads = dataset(Cli.run("export", "--store", store, "--format", "nquads").out(), Lang.NQUADS);
        for (String format : List.of("trig", "jsonld")) {
            DatasetGraph d = dataset(Cli.run("export", "--store", store, "--format", format).out(), format.equals("trig") ? Lang.TRIG : Lang.JSONLD);
            assertTrue(IsoMatcher.isomorphic(quads, d), format + " holds the same quads as N-Quads");
        }
        Graph union = GraphFactory.createDefaultGraph();
        quads.find().forEachRemaining(q -> union.add(q.asTriple()));
        for (String format : List.of("turtle", "ntriples")) {
            Graph g = dataset(Cli.run("export", "--store", store, "--format", format).out(), format.equals("turtle") ? Lang.TURTLE : Lang.NTRIPLES)
                    .getDefaultGraph();
            assertTrue(g.isIsomorphicWith(union), format + " holds the union of the article graphs");
        }
        assertEquals(0, quads.getDefaultGraph().size(), "every quad belongs to an article graph");
    }

    @Test
    void aChangedArticleReplacesOnlyItsOwnGraph(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> files = Files.list(Path.of(CORPUS))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        String store = dir.resolve("store").toString();
        assertEquals(0, Cli.run("build", "--store", store, corpus.toString()).exit());
        List<String> before = Cli.run("export", "--store", store, "--format", "nquads").out().lines().toList();
        Path changed = corpus.resolve("nbs-gdp-2024-hans.txt");
        Files.writeString(changed, Files.readString(changed).replace("5.0%", "5.1%"));
        Cli rebuild = Cli.run("build", "--store", store, corpus.toString());
        assertTrue(rebuild.out().startsWith("build: 1 articles stored, 7 unchanged"), rebuild.out());
        List<String> after = Cli.run("export", "--store", store, "--format", "nquads").out().lines().toList();
        String graph = "<https://w3id.org/koujing/id/article/nbs-gdp-2024-hans-";
        assertEquals(before.stream().filter(l -> !l.contains(graph)).toList(), after.stream().filter(l -> !l.contains(graph)).toList(),
                "the other articles' quads are untouched");
        assertFalse(before.equals(after));
    }

    @Test
    void aBadInputIsOneLineAndTheOthersAreStored(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "date 2026-13-45\n文章。");
        String store = dir.resolve("store").toString();
        Cli build = Cli.run("build", "--store", store, bad.toString(), dir.resolve("missing.txt").toString(), CORPUS + "/nbs-gdp-2024-hans.txt");
        assertEquals(1, build.exit());
        List<String> lines = build.err().lines().toList();
        assertEquals(2, lines.size(), build.err());
        assertTrue(lines.get(0).startsWith(dir.resolve("missing.txt") + ": "), lines.get(0));
        assertTrue(lines.get(1).startsWith(bad + ": impossible date"), lines.get(1));
        assertTrue(build.out().startsWith("build: 1 articles stored"), build.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "remove", "export", "query", "validate", "extract", "eval", "docs", "serve"})
    void everyCommandHasHelp(String command) {
        Cli help = Cli.run(command, "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Usage: koujing " + command), help.out());
    }

    @Test
    void usageErrorsAreOneLineWithExitCode2(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        Cli.run("build", "--store", store, CORPUS + "/nbs-gdp-2024-hans.txt");
        for (String[] args : List.of(new String[] {"build"}, new String[] {"export", "--store", store, "--format", "xml"},
                new String[] {"query", "--store", store, "SELECT ?x WHERE {"}, new String[] {"query", "--store", store, "nothing.rq"},
                new String[] {"build", "--base", "not an iri", CORPUS}, new String[] {"frobnicate"}, new String[] {"eval", CORPUS},
                new String[] {"serve", "--store", store, "--update"}, new String[] {"serve", "--store", store, "--port", "70000"},
                new String[] {"serve", "--store", store, "--update", "--password-file", dir.resolve("missing").toString()},
                new String[] {"serve", "--store", store, "--host", "no-such-host.invalid"})) {
            Cli c = Cli.run(args);
            assertEquals(2, c.exit(), String.join(" ", args) + ": " + c.err());
            assertEquals(1, c.err().lines().count(), c.err());
            assertFalse(c.err().contains("Exception"), c.err());
        }
    }

    @Test
    void aMissingStoreIsOneLineWithExitCode1(@TempDir Path dir) {
        Cli c = Cli.run("validate", "--store", dir.resolve("none").toString());
        assertEquals(1, c.exit());
        assertEquals(1, c.err().lines().count(), c.err());
        assertTrue(c.err().contains("no store at"), c.err());
    }

    @Test
    void extractWritesTheSameQuadsAsTheStoreHolds(@TempDir Path dir) {
        Cli extract = Cli.run("extract", CORPUS);
        assertEquals(0, extract.exit(), extract.err());
        assertArrayEquals(extract.outBytes(), Cli.run("extract", CORPUS).outBytes(), "the same input gives the same output");
        String store = dir.resolve("store").toString();
        Cli.run("build", "--store", store, CORPUS);
        DatasetGraph stored = dataset(Cli.run("export", "--store", store, "--format", "nquads").out(), Lang.NQUADS);
        assertTrue(IsoMatcher.isomorphic(stored, dataset(extract.out(), Lang.NQUADS)));
    }

    @Test
    void aQueryFileAndOtherResultFormats(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        Cli.run("build", "--store", store, CORPUS + "/nbs-gdp-2024-hans.txt");
        Path rq = dir.resolve("q.rq");
        Files.writeString(rq, "ASK { ?f kj:unit unit:PERCENT }");
        assertEquals("yes", Cli.run("query", "--store", store, rq.toString()).out().strip());
        Cli json = Cli.run("query", "--store", store, "--format", "json", "SELECT (COUNT(*) AS ?n) WHERE { ?c a kj:Claim }");
        assertTrue(json.out().contains("\"n\""), json.out());
        Cli construct = Cli.run("query", "--store", store, "CONSTRUCT { ?o a kj:Official } WHERE { ?o a kj:Official }");
        assertTrue(construct.out().contains("kj:Official"), construct.out());
    }

    @Test
    void voidDescribesEachExportAsItWasWritten(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        assertEquals(0, Cli.run("build", "--store", store, CORPUS).exit());
        for (String[] f : new String[][] {{"nquads", "nq", "N-Quads"}, {"turtle", "ttl", "Turtle"}}) {
            Path dump = dir.resolve("export." + f[1]);
            assertEquals(0, Cli.run("export", "--store", store, "--format", f[0], "--output", dump.toString(), "--void",
                    "--endpoint", "http://127.0.0.1:3030/koujing/sparql").exit());
            Path described = dir.resolve("export." + f[1] + ".void.ttl");
            Model v = ModelFactory.createDefaultModel();
            RDFParser.source(described).lang(Lang.TURTLE).parse(v);
            Resource dataset = v.listSubjectsWithProperty(RDF.type, v.createResource(VOID + "Dataset")).next();
            assertEquals(dump.toUri().toString(), dataset.getPropertyResourceValue(v.createProperty(VOID + "dataDump")).getURI(),
                    "the dump is named relative to its description, beside it");
            assertEquals("http://www.w3.org/ns/formats/" + f[2], dataset.getPropertyResourceValue(v.createProperty(VOID + "feature")).getURI());
            assertEquals("http://127.0.0.1:3030/koujing/sparql",
                    dataset.getPropertyResourceValue(v.createProperty(VOID + "sparqlEndpoint")).getURI());

            DatasetGraph written = DatasetGraphFactory.create();
            RDFParser.source(dump).parse(written);
            Graph union = GraphFactory.createDefaultGraph();
            written.find().forEachRemaining(q -> union.add(q.asTriple()));
            long statements = f[0].equals("nquads") ? Files.readAllLines(dump).size() : union.size();
            assertEquals(statements, count(dataset, "triples"));
            assertEquals(union.find().toList().stream().map(t -> t.getPredicate()).distinct().count(), count(dataset, "properties"));
            assertEquals(union.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream().map(t -> t.getObject()).distinct().count(),
                    count(dataset, "classes"));
            // a class partition counts the class's members, as a query of the store does
            String claims = Cli.run("query", "--store", store, "--format", "csv",
                    "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a <https://w3id.org/koujing/ontology#Claim> }").out().lines().toList().get(1);
            Resource claimPartition = v.listSubjectsWithProperty(v.createProperty(VOID + "class"),
                    v.createResource("https://w3id.org/koujing/ontology#Claim")).next();
            assertEquals(Long.parseLong(claims.trim()), claimPartition.getProperty(v.createProperty(VOID + "entities")).getLong());
        }
        assertEquals(2, Cli.run("export", "--store", store, "--void").exit(), "a description needs a file to describe");
    }

    private static long count(Resource dataset, String property) {
        return dataset.getProperty(dataset.getModel().createProperty(VOID + property)).getLong();
    }

    static DatasetGraph dataset(String text, Lang lang) {
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(d);
        return d;
    }
}
