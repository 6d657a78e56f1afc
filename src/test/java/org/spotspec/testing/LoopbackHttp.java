package org.spotspec.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.spotspec.concurrent.DaemonExecutors;

/**
 * The HTTP side of the fake endpoints that are not WireMock ({@code demo.LocalAws},
 * {@code bench.StubEc2}): the JDK's server on 127.0.0.1 only, so nothing is reachable from the
 * network, with a pool of daemon threads, and the reading and answering of Query-protocol calls.
 */
public final class LoopbackHttp {
    private static final int BACKLOG = 128;

    private final HttpServer server;
    private final ExecutorService pool;

    private LoopbackHttp(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /**
     * Listens on 127.0.0.1:{@code port} (0: any free port) until {@link #stop()}, answering every
     * path with {@code handler} on up to {@code threads} threads named {@code name}.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static LoopbackHttp start(int port, String name, int threads, HttpHandler handler) throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), BACKLOG);
        var pool = DaemonExecutors.pool(name, threads);
        server.setExecutor(pool);
        server.createContext("/", handler);
        server.start(); // its dispatcher thread is no daemon: it keeps a main method's JVM alive
        return new LoopbackHttp(server, pool);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** A Query-protocol call's parameters: those of its URL, then those of its form body. */
    public static Map<String, String> form(HttpExchange exchange) throws IOException {
        var form = new LinkedHashMap<String, String>();
        QueryForm.decodeInto(exchange.getRequestURI().getRawQuery(), form);
        QueryForm.decodeInto(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), form);
        return form;
    }

    /** Whom the call was signed by and for, from its Authorization header. */
    public static Optional<CredentialScope> scope(HttpExchange exchange) {
        return CredentialScope.of(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    /** Answers with an XML {@code body} (a whole document) and {@code status}. */
    public static void sendXml(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
