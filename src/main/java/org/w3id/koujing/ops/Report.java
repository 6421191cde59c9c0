package org.w3id.koujing.ops;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;

/**
 * Where an operation tells the user about its inputs, one line at a time: problems and notices
 * always, details (the encoding of each file, stack traces) only when asked for.
 */
public record Report(Consumer<String> lines, boolean verbose) {

    /** Problems and notices only. */
    public static Report to(Consumer<String> lines) {
        return new Report(lines, false);
    }

    void line(String line) {
        lines.accept(line);
    }

    void detail(String line) {
        if (verbose) {
            lines.accept(line);
        }
    }

    void trace(Throwable e) {
        if (verbose) {
            StringWriter w = new StringWriter();
            e.printStackTrace(new PrintWriter(w));
            w.toString().lines().forEach(lines);
        }
    }
}
