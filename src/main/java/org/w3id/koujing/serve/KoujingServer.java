package org.w3id.koujing.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.koujing.store.KoujingStore;

/**
 * {@code koujing serve}: an embedded Fuseki on the store, with a page for every resource.
 *
 * <ul>
 *   <li>{@code /koujing/sparql} and {@code /koujing/query}: SPARQL queries over the union of all
 *       graphs; {@code /koujing/get} and {@code /koujing}: the graph store protocol, read-only;
 *       {@code /$/ping};</li>
 *   <li>with an update user: {@code /koujing/update} and {@code /koujing/data} (graph store
 *       protocol, read and write), both behind HTTP basic authentication;</li>
 *   <li>{@code /id/...}: the resource {@code BASE...}, as HTML, Turtle or JSON-LD; {@code /}: the
 *       home page.</li>
 * </ul>
 * Every query stops at the timeout, so that one heavy query cannot hold the server.
 */
public final class KoujingServer {

    public static final String DATASET = "/koujing";

    /** What the server is given: where to listen, what to serve, and who may change it. */
    public record Settings(String host, int port, String base, Duration timeout, Optional<Path> passwordFile) {
    }

    private final FusekiServer server;

    private KoujingServer(FusekiServer server) {
        this.server = server;
    }

    public static KoujingServer start(KoujingStore store, Settings settings) {
        Dataset dataset = store.dataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        // no SERVICE: a query must not make the server fetch from other hosts (or from this one's other ports)
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        boolean loopback = isLoopback(settings.host());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(loopback)
                .enablePing(true)
                .add(DATASET, dataset, false)
                .addServlet("/id/*", new ResourcePages(dataset, settings.base(), DATASET + "/sparql"))
                .addServlet("", new ResourcePages(dataset, settings.base(), DATASET + "/sparql"));
        settings.passwordFile().ifPresent(file -> {
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("--password-file: cannot read " + file);
            }
            builder.passwordFile(file.toString()).auth(AuthScheme.BASIC)
                    .addEndpoint(DATASET, "update", Operation.Update, Auth.ANY_USER)
                    .addEndpoint(DATASET, "data", Operation.GSP_RW, Auth.ANY_USER);
        });
        FusekiServer fuseki = builder.build();
        boolean everywhere = settings.host().equals("0.0.0.0") || settings.host().equals("::");
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector connector) {
                connector.setHost(everywhere ? null : settings.host()); // ::1 and 127.0.0.2 are loopback, but not 127.0.0.1
            }
        }
        try {
            return new KoujingServer(fuseki.start());
        } catch (RuntimeException e) {
            if (cannotBind(e)) {
                throw new IllegalArgumentException("--port: cannot listen on " + settings.host() + ":" + settings.port()
                        + " (" + rootMessage(e) + ")");
            }
            throw e;
        }
    }

    /** Whether Jetty could not take the address: the port is in use, or the host is not this machine's. */
    private static boolean cannotBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || String.valueOf(t.getMessage()).startsWith("Failed to bind")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** Whether a host names this machine's loopback interface (127.0.0.1, ::1, localhost). */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host: unknown host " + host);
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The host the server listens on, as Jetty's connector has it (null: every interface). */
    public String boundHost() {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector connector) {
                return connector.getHost();
            }
        }
        return null;
    }

    public void join() {
        server.join();
    }

    public void stop() {
        server.stop();
    }
}
