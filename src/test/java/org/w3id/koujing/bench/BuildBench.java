package org.w3id.koujing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code make bench}, the store: builds N synthetic articles ({@link SyntheticCorpus}) into a new
 * store with {@code koujing build}, exports the store as N-Quads, and loads those quads with Jena's
 * own {@code tdb2.tdbloader --loader=parallel}; each in a JVM of its own with the same heap, timed
 * from start to exit. Reports the build's articles, megabytes and triples per second, peak memory,
 * and the ratio of the build's time to Jena's loader's (in CPU time too, which other work on the
 * machine disturbs less than the time).
 */
public final class BuildBench {

    private static final String HEAP = "-Xmx1g";
    private static final Pattern TRIPLES = Pattern.compile("(\\d+) triples");
    private static final Pattern CPU = Pattern.compile("cpu ([\\d.]+) s");

    private BuildBench() {
    }

    /** The outcome of one child JVM. */
    private record Run(double seconds, String out, String err) {
        String peak() {
            return err.lines().filter(l -> l.startsWith(MeasuredRun.PREFIX)).reduce((a, b) -> b)
                    .map(l -> l.substring(MeasuredRun.PREFIX.length())).orElse("memory not measured");
        }

        double cpu() {
            Matcher m = CPU.matcher(peak());
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(2_000, 20_000);
        }
        Path work = Files.createTempDirectory("koujing-bench-");
        try {
            for (int n : sizes) {
                measure(work, n);
            }
        } finally {
            delete(work);
        }
    }

    private static void measure(Path work, int n) throws Exception {
        Path corpus = SyntheticCorpus.write(work.resolve("synthetic-" + n + ".jsonl"), n, 2026);
        double megabytes = Files.size(corpus) / 1e6;
        Path store = work.resolve("store-" + n);
        Run build = run("org.w3id.koujing.cli.Koujing", "build", "--store", store.toString(), corpus.toString());
        Matcher m = TRIPLES.matcher(build.out());
        long triples = m.find() ? Long.parseLong(m.group(1)) : -1;
        Path quads = work.resolve("synthetic-" + n + ".nq");
        Run export = run("org.w3id.koujing.cli.Koujing", "export", "--store", store.toString(), "--format", "nquads",
                "--output", quads.toString());
        long lines;
        try (Stream<String> s = Files.lines(quads, StandardCharsets.UTF_8)) {
            lines = s.count();
        }
        delete(store);
        Run jena = run("tdb2.tdbloader", "--loc", work.resolve("jena-" + n).toString(), "--loader=parallel", quads.toString());
        delete(work.resolve("jena-" + n));
        System.out.printf(Locale.ROOT, "build of %,d synthetic articles (%.1f MB, %,d triples): %.1f s, %.0f articles/s, %.2f MB/s, "
                + "%,.0f triples/s; %s%n", n, megabytes, triples, build.seconds(), n / build.seconds(), megabytes / build.seconds(),
                triples / build.seconds(), build.peak());
        System.out.printf(Locale.ROOT, "  %s", build.out());
        System.out.printf(Locale.ROOT, "  export as N-Quads (%,d quads): %.1f s; %s%n", lines, export.seconds(), export.peak());
        System.out.printf(Locale.ROOT, "  Jena tdb2.tdbloader --loader=parallel, same quads: %.1f s, %,.0f quads/s; %s%n",
                jena.seconds(), lines / jena.seconds(), jena.peak());
        System.out.printf(Locale.ROOT, "  ratio build/Jena loader: %.2f in time (at most 1.5, goal 1.1), %.2f in CPU time%n",
                build.seconds() / jena.seconds(), build.cpu() / jena.cpu());
    }

    /** Runs a main class in a JVM of its own, with the same heap, under {@link MeasuredRun}. */
    private static Run run(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), MeasuredRun.class.getName(), mainClass));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("koujing-bench-", ".out");
        Path err = Files.createTempFile("koujing-bench-", ".err");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            Run r = new Run(seconds, Files.readString(out), Files.readString(err));
            if (exit != 0) {
                throw new IllegalStateException(mainClass + " " + String.join(" ", args) + " exited with " + exit + ":\n" + r.err());
            }
            return r;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
