package org.w3id.koujing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed exports in output/ are those of the sample corpus as the code builds it now. */
class SampleOutputTest {

    @Test
    void committedExportsAreFresh(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        assertEquals(0, Cli.run("build", "--store", store, CliTest.CORPUS).exit());
        for (String[] f : new String[][] {{"turtle", "ttl"}, {"trig", "trig"}, {"nquads", "nq"}, {"jsonld", "jsonld"}}) {
            Path committed = Path.of("output/sample." + f[1]);
            assertTrue(Files.exists(committed), committed + " is committed");
            String fresh = Cli.run("export", "--store", store, "--format", f[0]).out();
            // assertEquals on strings of this size would print them whole; compare, then say what to do.
            boolean same = fresh.equals(Files.readString(committed, StandardCharsets.UTF_8));
            assertTrue(same, committed + " is stale: run 'make run' and commit the output");
        }
    }
}
