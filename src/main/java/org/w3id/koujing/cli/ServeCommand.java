package org.w3id.koujing.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.koujing.serve.KoujingServer;
import org.w3id.koujing.store.KoujingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code koujing serve}: a SPARQL endpoint and a page for every resource. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store: SPARQL at /koujing/sparql and /koujing/query, the graph store protocol at /koujing/get,",
                       "a page for every resource at /id/... (HTML, Turtle or JSON-LD), and /$/ping. Read-only unless --update."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Koujing root;

    @Mixin
    StoreOption store;

    @Mixin
    BaseOption base;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--update", description = "Enable /koujing/update and /koujing/data (read and write), for the users of --password-file.")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to update, one 'user: password' a line (Jetty's format); required by --update.")
    Path passwordFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "The longest a query may run before it is stopped (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Override
    public Integer call() {
        if (update != (passwordFile != null)) {
            throw new UserException(update ? "--update: needs --password-file with the users allowed to update"
                    : "--password-file: only used with --update", Koujing.USAGE);
        }
        if (port < 0 || port > 65535) {
            throw new UserException("--port: " + port + " is not a port", Koujing.USAGE);
        }
        if (!(timeout > 0)) {
            throw new UserException("--timeout: must be more than 0 seconds", Koujing.USAGE);
        }
        KoujingStore s = KoujingStore.open(store.store, false);
        KoujingServer server;
        try {
            server = KoujingServer.start(s, new KoujingServer.Settings(host, port, base.iris().base(),
                    Duration.ofMillis(Math.round(timeout * 1000)), Optional.ofNullable(passwordFile)));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), Koujing.USAGE);
        }
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
        new PrintStream(root.out, true, StandardCharsets.UTF_8).printf(
                "serve: %s/ (SPARQL: %s%s/sparql); %s; queries stop after %s s; Ctrl-C stops%n", url, url, KoujingServer.DATASET,
                update ? "updates for the users of " + passwordFile : "read-only", formatSeconds(timeout));
        server.join();
        return Koujing.OK;
    }

    private static String formatSeconds(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
