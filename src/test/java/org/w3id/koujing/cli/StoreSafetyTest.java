package org.w3id.koujing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.koujing.bench.SyntheticCorpus;

/**
 * The store against crashes and a second process, with real child JVMs: a build killed (as by
 * kill -9) at any point leaves a store that opens and holds only whole articles, and building again
 * gives what a clean build gives; a second process on a store in use gets one clear line.
 */
class StoreSafetyTest {

    private static final int ARTICLES = 80;

    @TempDir
    static Path shared;
    private static Path corpus;
    private static Map<String, List<String>> clean;

    @BeforeAll
    static void cleanBuild() {
        corpus = SyntheticCorpus.write(shared.resolve("synthetic.jsonl"), ARTICLES, 11);
        String store = shared.resolve("clean").toString();
        assertEquals(0, Cli.run("build", "--bulk", "--store", store, corpus.toString()).exit());
        clean = byGraph(Cli.run("export", "--store", store, "--format", "nquads").out());
        assertEquals(ARTICLES, clean.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--incremental", "--bulk"})
    void aBuildKilledMidwayLeavesWholeArticlesAndARebuildCompletesIt(String mode, @TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Process build = java(Koujing.class.getName(), "build", mode, "--store", store.toString(), corpus.toString());
        // the build is under way once the storage it writes holds some articles' nodes (TDB2 appends them to nodes-data.obj)
        Path nodes = store.resolve(mode.equals("--bulk") ? "Data-0002-tmp" : "Data-0001").resolve("nodes-data.obj");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (build.isAlive() && size(nodes) < 100_000 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(build.isAlive(), "the build was still running when it was killed");
        build.destroyForcibly().waitFor();

        Cli count = Cli.run("query", "--store", store.toString(), "--format", "csv",
                "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kj:Article ; kj:contentHash ?h }");
        assertEquals(0, count.exit(), "the store opens and answers: " + count.err());
        Map<String, List<String>> killed = byGraph(Cli.run("export", "--store", store.toString(), "--format", "nquads").out());
        assertTrue(killed.size() < ARTICLES, "killed before the end: " + killed.size() + " articles");
        assertEquals(Long.parseLong(count.out().lines().toList().get(1).strip()), killed.size());
        killed.forEach((graph, quads) -> assertEquals(clean.get(graph), quads, graph + " is whole"));

        Cli again = Cli.run("build", "--store", store.toString(), corpus.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().startsWith("build: " + (ARTICLES - killed.size()) + " articles stored, " + killed.size() + " unchanged"),
                again.out());
        assertEquals(clean, byGraph(Cli.run("export", "--store", store.toString(), "--format", "nquads").out()));
    }

    @Test
    void aSecondProcessOnAStoreInUseGetsOneClearLine(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Process holder = java(StoreHolder.class.getName(), store.toString());
        try (BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line = said.readLine();
            assertTrue(line != null && line.startsWith("holding"), "the holder has the store: " + line);
            for (String[] args : List.of(new String[] {"build", "--store", store.toString(), CliTest.CORPUS},
                    new String[] {"query", "--store", store.toString(), "ASK {}"},
                    new String[] {"remove", "--store", store.toString(), "x"})) {
                Cli c = Cli.run(args);
                assertEquals(1, c.exit(), c.err());
                assertEquals(List.of("koujing " + args[0] + ": store " + store + " is in use by another process"), c.err().lines().toList());
            }
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the holder lets go");
        }
        assertEquals(0, Cli.run("query", "--store", store.toString(), "ASK {}").exit(), "the store is free again");
    }

    /** A main of the test classpath, in a JVM of its own. */
    private static Process java(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** N-Quads lines by the article graph they belong to. */
    static Map<String, List<String>> byGraph(String nquads) {
        try (Stream<String> lines = nquads.lines()) {
            return lines.collect(Collectors.groupingBy(l -> l.substring(l.lastIndexOf(" <", l.length() - 3) + 1, l.length() - 2),
                    TreeMap::new, Collectors.toList()));
        }
    }
}
