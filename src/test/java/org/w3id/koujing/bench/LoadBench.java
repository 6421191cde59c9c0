package org.w3id.koujing.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.w3id.koujing.cli.Koujing;
import org.w3id.koujing.ops.QueryOperation;
import org.w3id.koujing.rdf.IriScheme;
import org.w3id.koujing.serve.KoujingServer;
import org.w3id.koujing.store.KoujingStore;

/**
 * The load test of {@code make bench}: 32 clients run the competency queries against
 * {@code koujing serve} on the sample store for 60 seconds (system properties
 * {@code koujing.bench.clients} and {@code koujing.bench.seconds} change both), and it reports
 * requests per second, the 50th and 99th percentile latency, and the errors.
 */
public final class LoadBench {

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        int clients = Integer.getInteger("koujing.bench.clients", 32);
        int seconds = Integer.getInteger("koujing.bench.seconds", 60);
        Path dir = Files.createTempDirectory("koujing-load");
        Path location = dir.resolve("store");
        int built = Koujing.execute(new ByteArrayOutputStream(), new PrintStream(new ByteArrayOutputStream()),
                "build", "--store", location.toString(), "corpus/articles");
        if (built != 0) {
            throw new IllegalStateException("the sample store did not build");
        }
        List<String> queries;
        try (Stream<Path> files = Files.list(Path.of("ontology/queries"))) {
            // as a client sends them: with the prefixes that koujing query predeclares written out
            queries = files.filter(f -> f.toString().endsWith(".rq")).sorted()
                    .map(f -> QueryOperation.parse(read(f), IriScheme.DEFAULT_BASE).serialize()).toList();
        }
        KoujingServer server = KoujingServer.start(KoujingStore.open(location, false),
                new KoujingServer.Settings("127.0.0.1", 0, IriScheme.DEFAULT_BASE, Duration.ofSeconds(30), Optional.empty()));
        try {
            measure(server.port(), queries, clients, seconds);
        } finally {
            server.stop();
        }
    }

    private static void measure(int port, List<String> queries, int clients, int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<HttpRequest> requests = queries.stream().map(q -> HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/koujing/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build()).toList();
        List<List<Long>> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            int first = c;
            pool.submit(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(requests.get(i % requests.size()), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    mine.add(System.nanoTime() - start);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        System.out.printf(Locale.ROOT, "load: %d clients, %d competency queries, %d s: %d requests, %.1f requests/s, "
                        + "p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors%n",
                clients, queries.size(), seconds, all.size(), all.size() / (double) seconds, percentile(all, 50), percentile(all, 99),
                all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6, errors.get());
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
