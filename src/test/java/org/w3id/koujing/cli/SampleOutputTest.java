package org.w3id.koujing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed exports in output/, and their VoID descriptions, are those of the sample corpus as the code builds it now. */
class SampleOutputTest {

    @Test
    void committedExportsAreFresh(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        assertEquals(0, Cli.run("build", "--store", store, CliTest.CORPUS).exit());
        for (String[] f : new String[][] {{"turtle", "ttl"}, {"trig", "trig"}, {"nquads", "nq"}, {"jsonld", "jsonld"}}) {
            Path committed = Path.of("output/sample." + f[1]);
            Path fresh = dir.resolve(committed.getFileName());
            assertEquals(0, Cli.run("export", "--store", store, "--format", f[0], "--output", fresh.toString(), "--void").exit());
            for (String described : new String[] {"", ".void.ttl"}) {
                Path c = Path.of(committed + described);
                assertTrue(Files.exists(c), c + " is committed");
                // assertEquals on strings of this size would print them whole; compare, then say what to do.
                boolean same = Files.readString(Path.of(fresh + described), StandardCharsets.UTF_8)
                        .equals(Files.readString(c, StandardCharsets.UTF_8));
                assertTrue(same, c + " is stale: run 'make run' and commit the output");
            }
        }
    }
}
