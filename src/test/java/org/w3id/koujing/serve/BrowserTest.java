package org.w3id.koujing.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.koujing.cli.Koujing;
import org.w3id.koujing.store.KoujingStore;

/**
 * An official's page as a browser renders it: headless Chromium (Debian's {@code chromium},
 * installed here if it is missing) loads the page from a running server and the test reads the
 * figures from the document it built.
 */
class BrowserTest {

    private static final Duration INSTALL = Duration.ofMinutes(8);

    @TempDir
    static Path dir;
    static KoujingServer server;
    static String chromium;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.exists(ServeTest.SEED), "../shared/corpus is not here: the page is tested on the seed");
        chromium = chromium().orElse(null);
        assumeTrue(chromium != null, "no Chromium on this machine, and installing Debian's chromium failed");
        Path location = dir.resolve("store");
        assertEquals(0, Koujing.execute(new ByteArrayOutputStream(), new PrintStream(new ByteArrayOutputStream()),
                "build", "--store", location.toString(), ServeTest.SEED.toString()));
        server = KoujingServer.start(KoujingStore.open(location, false), ServeTest.settings(Optional.empty(), Duration.ofSeconds(30)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Chromium from the path, or else from Debian's packages, installed now (as root, or with sudo that needs no password). */
    static Optional<String> chromium() throws InterruptedException {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            Optional<String> found = onPath(name);
            if (found.isPresent()) {
                return found;
            }
        }
        List<String> install = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            install.addAll(List.of("sudo", "-n"));
        }
        install.addAll(List.of("sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"));
        try {
            Process p = new ProcessBuilder(install).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(INSTALL.toMinutes(), TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return onPath("chromium");
    }

    private static Optional<String> onPath(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    /** The document Chromium builds from a page, as it serialises it. */
    static String dom(String url) throws Exception {
        Path profile = Files.createTempDirectory(dir, "chromium");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--lang=zh-TW", "--dump-dom", url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "Chromium finished");
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void anOfficialsPageShowsTheFiguresInTheBrowser() throws Exception {
        String path = ServeTest.officialPath(server);
        String dom = dom(ServeTest.url(server, path));
        assertTrue(dom.contains("<h1>"), "Chromium rendered the page: " + dom.substring(0, Math.min(300, dom.length())));
        Matcher figures = Pattern.compile("<li class=\"figure\">(.*?)</li>").matcher(dom);
        List<String> found = new ArrayList<>();
        while (figures.find()) {
            found.add(figures.group(1));
        }
        assertTrue(found.stream().anyMatch(f -> f.contains("41.7萬億元") && f.contains("41700000000000")), "the 41.7萬億元 figure: " + found);
        assertTrue(found.stream().anyMatch(f -> f.contains("300多款")), "the 300多款 figure: " + found);
        assertTrue(found.size() >= 5, "the official's figures are on the page: " + found.size());
    }
}
