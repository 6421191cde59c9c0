package org.w3id.koujing.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of {@code koujing export}, with the file extension each is written under. */
public enum ExportFormat {
    TURTLE("ttl", false),
    NTRIPLES("nt", false),
    TRIG("trig", true),
    NQUADS("nq", true),
    JSONLD("jsonld", true);

    private final String extension;
    private final boolean keepsGraphs;

    ExportFormat(String extension, boolean keepsGraphs) {
        this.extension = extension;
        this.keepsGraphs = keepsGraphs;
    }

    public String extension() {
        return extension;
    }

    /** Whether the format keeps one named graph per article (otherwise it writes their union). */
    public boolean keepsGraphs() {
        return keepsGraphs;
    }

    public static Optional<ExportFormat> parse(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(n) || f.extension.equals(n)).findFirst();
    }
}
