package org.w3id.koujing.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the command line's inputs into the files to read, in a stable order: folders are walked
 * recursively and sorted (hidden files and folders left out), and each file's identity is its path
 * relative to the folder given (or, for a file given directly, its name).
 */
public final class InputCollector {

    /** The extensions Koujing reads. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "jsonl", "html", "htm");
    /** The extensions Koujing reads, for messages. */
    public static final String EXTENSION_LIST = ".txt, .jsonl, .html or .htm";

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
                for (Path file : walk(input, problems)) {
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
                    problems.add(new InputProblem(input.toString(), "unsupported file type (expected " + EXTENSION_LIST + ")"));
                }
            } else if (Files.exists(input)) {
                problems.add(new InputProblem(input.toString(), "not a regular file or folder"));
            } else {
                problems.add(new InputProblem(input.toString(), "no such file or folder"));
            }
        }
        return new Collected(files, problems, skipped);
    }

    /** The files under a folder, sorted; a subfolder that cannot be listed is a problem, and the others are walked on. */
    private static List<Path> walk(Path folder, List<InputProblem> problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        return FileVisitResult.CONTINUE; // a link back to a folder already walked
                    }
                    problems.add(new InputProblem(file.toString(), "cannot be read: " + ArticleReader.describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new InputProblem(folder.toString(), "cannot be read: " + ArticleReader.describe(e)));
        }
        files.sort((a, b) -> slashes(a).compareTo(slashes(b)));
        return files;
    }

    /** Hidden files and folders (.git, .DS_Store, an editor's swap file) are no inputs. */
    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
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
