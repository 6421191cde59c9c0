package org.w3id.koujing.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.koujing.ops.ExportOperation;
import org.w3id.koujing.store.ExportFormat;
import org.w3id.koujing.store.KoujingStore;
import org.w3id.koujing.store.VoidDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code koujing export}: writes the data of the store. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the data of the store, sorted, so that the same data gives the same bytes.",
                       "Turtle and N-Triples: the union of all articles; TriG, N-Quads and JSON-LD keep one graph per article."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Koujing root;

    @Mixin
    StoreOption store;

    @Mixin
    BaseOption base;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, trig, nquads, ntriples or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "-", description = "The file to write; - for standard output.")
    String output;

    @Option(names = "--void", description = "Also describe the export in VoID, in FILE" + VoidDescription.SUFFIX + " beside it (needs --output).")
    boolean describe;

    @Option(names = "--endpoint", paramLabel = "URL", description = "The SPARQL endpoint that serves the same data, for the VoID description.")
    String endpoint;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = ExportFormat.parse(format)
                .orElseThrow(() -> new UserException("--format: unknown format \"" + format + "\" (turtle, trig, nquads, ntriples, jsonld)", Koujing.USAGE));
        base.iris();
        if (describe && output.equals("-")) {
            throw new UserException("--void: describes an export written to a file; give --output FILE", Koujing.USAGE);
        }
        if (endpoint != null && !describe) {
            throw new UserException("--endpoint: only goes into a VoID description; add --void", Koujing.USAGE);
        }
        if (endpoint != null && !endpoint.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            throw new UserException("--endpoint: \"" + endpoint + "\" is not an absolute http(s) IRI", Koujing.USAGE);
        }
        KoujingStore s = KoujingStore.open(store.store, false);
        if (output.equals("-")) {
            ExportOperation.run(s, base.base, f, root.out);
            root.out.flush();
            return Koujing.OK;
        }
        Path target = Path.of(output);
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserException("--output: no folder " + parent + " to write " + output + " in", Koujing.USAGE);
        }
        VoidDescription description = new VoidDescription(base.base, f);
        writeAtomically(target, out -> ExportOperation.run(s, base.base, f, out, describe ? description::accept : q -> { }));
        if (describe) {
            String name = target.getFileName().toString();
            String turtle = description.turtle(name, Optional.ofNullable(endpoint));
            writeAtomically(parent.resolve(name + VoidDescription.SUFFIX), out -> out.write(turtle.getBytes(StandardCharsets.UTF_8)));
        }
        return Koujing.OK;
    }

    /** Writes beside the target, then moves: a failed export never leaves half a file. */
    private static void writeAtomically(Path target, Writing writing) throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            writing.to(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @FunctionalInterface
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }
}
