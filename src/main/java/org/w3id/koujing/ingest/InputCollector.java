package org.w3id.koujing.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs into the files to read, in a stable order: folders are walked
 * recursively and sorted, and each file's identity is its path relative to the folder given (or,
 * for a file given directly, its name).
 */
public final class InputCollector {

    /** The extensions Koujing reads. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "jsonl");

    /** The files found, the inputs that do not exist, and the files skipped for their type. */
    public record Collected(List<InputFile> files, List<InputProblem> problems, List<String> skipped) {
    }

    private InputCollector() {
    }

    public static Collected collect(List<Path> inputs) {
        List<InputFile> files = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : walk(input)) {
                    String id = slashes(input.relativize(file));
                    if (EXTENSIONS.contains(extension(file))) {
                        files.add(new InputFile(file, id));
                    } else {
                        skipped.add(file.toString());
                    }
                }
            } else if (Files.isRegularFile(input)) {
                if (EXTENSIONS.contains(extension(input))) {
                    files.add(new InputFile(input, input.getFileName().toString()));
                } else {
                    problems.add(new InputProblem(input.toString(), "unsupported file type (expected .txt or .jsonl)"));
                }
            } else if (Files.exists(input)) {
                problems.add(new InputProblem(input.toString(), "not a regular file or folder"));
            } else {
                problems.add(new InputProblem(input.toString(), "no such file or folder"));
            }
        }
        return new Collected(files, problems, skipped);
    }

    private static List<Path> walk(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> slashes(a).compareTo(slashes(b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
