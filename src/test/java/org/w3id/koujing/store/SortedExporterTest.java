package org.w3id.koujing.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.koujing.rdf.IriScheme;

/** Exports stream: sorting through runs on disk gives the same bytes as sorting in memory. */
class SortedExporterTest {

    @Test
    void anExternalSortGivesEachRecordOnceInOrder() {
        Random random = new Random(7);
        TreeSet<String> expected = new TreeSet<>();
        List<String> spilled = new ArrayList<>();
        try (ExternalSort sort = new ExternalSort(Comparator.comparing((String[] r) -> r[0]), 2_000)) {
            for (int i = 0; i < 5_000; i++) {
                String s = "k" + random.nextInt(3_000) + "\n\u0000中";
                expected.add(s);
                sort.add(s);
            }
            assertTrue(sort.runs() > 10, "a small budget spills runs");
            for (Iterator<String[]> it = sort.sorted(); it.hasNext(); ) {
                spilled.add(it.next()[0]);
            }
        }
        assertEquals(new ArrayList<>(expected), spilled);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void spillingToDiskChangesNoByte(ExportFormat format) {
        DatasetGraph sample = DatasetGraphFactory.create();
        RDFParser.source(Path.of("output/sample.nq")).parse(sample);
        GraphSource source = new GraphSource() {
            @Override
            public List<Node> graphs() {
                List<Node> graphs = new ArrayList<>();
                sample.listGraphNodes().forEachRemaining(graphs::add);
                return graphs;
            }

            @Override
            public List<Triple> triples(Node graph) {
                return sample.getGraph(graph).find().toList();
            }
        };
        ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
        ByteArrayOutputStream onDisk = new ByteArrayOutputStream();
        long quads = new SortedExporter(IriScheme.DEFAULT_BASE).write(source, format, inMemory, q -> { });
        assertEquals(quads, new SortedExporter(IriScheme.DEFAULT_BASE, 10_000).write(source, format, onDisk, q -> { }));
        assertArrayEquals(inMemory.toByteArray(), onDisk.toByteArray());
        if (format != ExportFormat.NTRIPLES) {
            assertArrayEquals(bytes("output/sample." + format.extension()), onDisk.toByteArray(), "the committed sample");
        }
    }

    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
