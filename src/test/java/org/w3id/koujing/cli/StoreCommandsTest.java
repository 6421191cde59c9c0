package org.w3id.koujing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.koujing.rdf.IriScheme;

/** remove, bulk loading and the JSON-LD context, through the real entry point and a real TDB2 store. */
class StoreCommandsTest {

    private static final String GDP = "nbs-gdp-2024-hans.txt";

    @Test
    void removeTakesOutOnlyTheArticlesNamed(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        assertEquals(0, Cli.run("build", "--store", store, CliTest.CORPUS).exit());
        Map<String, List<String>> before = StoreSafetyTest.byGraph(Cli.run("export", "--store", store, "--format", "nquads").out());

        Cli remove = Cli.run("remove", "--store", store, GDP, "no-such-article.txt");
        assertEquals(1, remove.exit(), "an ID that names no article fails the command");
        assertEquals(List.of("no-such-article.txt: no such article in " + store), remove.err().lines().toList());
        assertTrue(remove.out().startsWith("remove: 1 articles removed, 1 not found"), remove.out());
        Map<String, List<String>> after = StoreSafetyTest.byGraph(Cli.run("export", "--store", store, "--format", "nquads").out());
        String gdp = before.keySet().stream().filter(g -> g.contains("/article/nbs-gdp-2024-hans-")).findFirst().orElseThrow();
        Map<String, List<String>> expected = new java.util.TreeMap<>(before);
        expected.remove(gdp);
        assertEquals(expected, after, "the other articles are untouched");
        // the National Bureau of Statistics is still described by the other article that names it
        assertEquals(List.of("name", "National Bureau of Statistics"), Cli.run("query", "--store", store, "--format", "csv",
                "SELECT ?name WHERE { ?m kj:key 'nbs' ; rdfs:label ?name FILTER(lang(?name) = 'en') }").out().lines().toList());

        Cli rebuild = Cli.run("build", "--store", store, CliTest.CORPUS);
        assertTrue(rebuild.out().startsWith("build: 1 articles stored, 7 unchanged"), rebuild.out());
        assertEquals(before, StoreSafetyTest.byGraph(Cli.run("export", "--store", store, "--format", "nquads").out()));

        String iri = gdp.substring(1, gdp.length() - 1);
        assertEquals(0, Cli.run("remove", "--store", store, iri).exit(), "an article can be named by the IRI of its graph");
        assertEquals(before.size() - 1, StoreSafetyTest.byGraph(Cli.run("export", "--store", store, "--format", "nquads").out()).size());
    }

    @Test
    void aBulkLoadStoresWhatAnIncrementalBuildStores(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.copy(Path.of(CliTest.CORPUS, GDP), corpus.resolve(GDP));
        Files.copy(Path.of(CliTest.CORPUS, "briefs.jsonl"), corpus.resolve("briefs.jsonl"));
        // one identity three times, with other content the second time: the last one wins, as in an incremental build
        String first = Files.readAllLines(corpus.resolve("briefs.jsonl"), StandardCharsets.UTF_8).get(0);
        String changed = first.replace("5.3%", "5.2%");
        assertFalse(first.equals(changed));
        Files.writeString(corpus.resolve("again.jsonl"), String.join("\n", first, changed, first) + "\n", StandardCharsets.UTF_8);

        String bulk = dir.resolve("bulk").toString();
        String incremental = dir.resolve("incremental").toString();
        Cli b = Cli.run("build", "--bulk", "--store", bulk, corpus.toString());
        Cli i = Cli.run("build", "--incremental", "--store", incremental, corpus.toString());
        assertEquals(0, b.exit(), b.err());
        assertTrue(b.out().contains("(bulk load, parallel)") && b.out().contains("shapes not checked"), b.out());
        assertEquals(i.out().replaceAll(";[^;]*$", "").replaceAll("\\d+ shape violations", ""),
                b.out().replaceAll(";[^;]*$", "").replaceAll("shapes not checked \\(koujing validate checks them\\)", ""),
                "the same counts");
        for (String format : List.of("nquads", "turtle")) {
            assertEquals(Cli.run("export", "--store", incremental, "--format", format).out(),
                    Cli.run("export", "--store", bulk, "--format", format).out(), format);
        }
        // the content hashes were loaded too: building again skips what an incremental store skips (the twice-changed line is stored again)
        Cli again = Cli.run("build", "--store", bulk, corpus.toString());
        assertEquals(Cli.run("build", "--store", incremental, corpus.toString()).out().replaceAll("; [\\d.]+ s -> .*", ""),
                again.out().replaceAll("; [\\d.]+ s -> .*", ""));
        assertTrue(again.out().startsWith("build: 2 articles stored, 4 unchanged"), again.out());
        assertEquals(0, Cli.run("validate", "--store", bulk).exit());

        Cli refused = Cli.run("build", "--bulk", "--store", bulk, corpus.toString());
        assertEquals(1, refused.exit());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("already holds articles"), refused.err());

        String phased = dir.resolve("phased").toString();
        assertEquals(0, Cli.run("build", "--bulk", "--loader", "phased", "--store", phased, corpus.toString()).exit());
        assertEquals(Cli.run("export", "--store", incremental, "--format", "nquads").out(),
                Cli.run("export", "--store", phased, "--format", "nquads").out(), "the phased loader too");
    }

    @Test
    void theJsonLdExportUsesThePublishedContext(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        assertEquals(0, Cli.run("build", "--store", store, CliTest.CORPUS + "/" + GDP).exit());
        JsonObject published = JSON.read("ontology/context.jsonld");
        JsonObject export = JSON.parse(Cli.run("export", "--store", store, "--format", "jsonld").out());

        JsonObject embedded = export.get("@context").getAsObject();
        assertEquals(IriScheme.DEFAULT_BASE, embedded.get("@base").getAsString().value());
        JsonObject withoutBase = new JsonObject();
        embedded.entrySet().stream().filter(e -> !e.getKey().equals("@base")).forEach(e -> withoutBase.put(e.getKey(), e.getValue()));
        assertEquals(published.get("@context"), withoutBase, "the export embeds the published context, with the data's base");

        // the graphs read with the published context (and the base) are the quads of the N-Quads export
        JsonObject context = new JsonObject();
        context.put("@base", IriScheme.DEFAULT_BASE);
        published.get("@context").getAsObject().entrySet().forEach(e -> context.put(e.getKey(), e.getValue()));
        JsonObject document = new JsonObject();
        document.put("@context", context);
        document.put("@graph", export.get("@graph"));
        assertTrue(IsoMatcher.isomorphic(CliTest.dataset(Cli.run("export", "--store", store, "--format", "nquads").out(), Lang.NQUADS),
                CliTest.dataset(document.toString(), Lang.JSONLD)));
    }
}
