package org.w3id.koujing.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists under {@code /lexicon/} on the class path: one entry a line (or several,
 * separated by spaces), {@code #} starting a comment line; .tsv files have tab-separated columns.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** The words of a list, in file order. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String line : lines(name)) {
            for (String word : line.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** The rows of a tab-separated table, each with at least {@code columns} columns. */
    public static List<String[]> rows(String name, int columns) {
        return table("/lexicon/" + name, columns);
    }

    /** The rows of a tab-separated table anywhere on the class path (/ontology/policies.tsv), trimmed. */
    public static List<String[]> table(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : resourceLines(resource)) {
            String[] row = line.split("\t");
            if (row.length < columns) {
                throw new IllegalStateException(resource + ": expected " + columns + " columns in \"" + line + "\"");
            }
            for (int i = 0; i < row.length; i++) {
                row[i] = row[i].trim();
            }
            rows.add(row);
        }
        return rows;
    }

    /** The non-comment lines of a list, as they are. */
    public static List<String> lines(String name) {
        return resourceLines("/lexicon/" + name);
    }

    private static List<String> resourceLines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }
}
