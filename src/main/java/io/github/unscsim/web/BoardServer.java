package io.github.unscsim.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.unscsim.io.Json;
import io.github.unscsim.record.VotingRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The classroom board's web server: one page and its JSON API ({@link BoardApi}), on 127.0.0.1 only, from the JDK's
 * {@code com.sun.net.httpserver}. It writes nothing to disk and keeps no state between requests: the page holds the
 * board and sends it whole.
 *
 * <ul>
 *   <li>{@code GET /}: the page; {@code GET /board.js}, {@code /board.css}: its script and style, from the jar.
 *   <li>{@code GET /api/options}, {@code GET /api/record?symbol=S}, {@code POST /api/board}: see {@link BoardApi}.
 * </ul>
 *
 * <p>Bad input is a 400 whose JSON body is {@code {"error": "one line"}}, the command line's message; an unknown path
 * a 404, a wrong method a 405 (with {@code Allow}), a body over {@link #MAX_BODY} bytes a 413.
 */
public final class BoardServer implements AutoCloseable {

    /** The port {@code serve} listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 8080;

    /** The largest request body taken, in bytes: a board's document is about 1 KB. */
    public static final int MAX_BODY = 64 * 1024;

    private static final Map<String, String> ASSETS = Map.of(
            "/", "board.html",
            "/index.html", "board.html",
            "/board.js", "board.js",
            "/board.css", "board.css");

    /** The assets, read from the jar once. */
    private static final Map<String, byte[]> ASSET_BYTES = new java.util.concurrent.ConcurrentHashMap<>();

    private final HttpServer server;
    private final ExecutorService executor;

    private BoardServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts a server on 127.0.0.1.
     *
     * @param port the port, 0 for any free one, at most 65535
     * @return the running server
     * @throws IllegalArgumentException if the port is out of range or already in use
     * @throws UncheckedIOException if the server cannot start for another reason
     */
    public static BoardServer start(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port: " + port + " is not a port (expected 0 to 65535)");
        }
        // answers go out at once, not held back for the client's acknowledgement (Nagle's algorithm), which cost
        // some 40 ms a request; the JDK's server reads this property once, when it first starts
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (BindException e) {
            throw new IllegalArgumentException("--port: port " + port + " on 127.0.0.1 is already in use (choose "
                    + "another with --port N)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the server on port " + port + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors()));
        BoardServer board = new BoardServer(server, executor);
        server.createContext("/", board::handle);
        server.setExecutor(executor);
        server.start();
        return board;
    }

    /**
     * Returns the page's address.
     *
     * @return {@code http://127.0.0.1:PORT/}
     */
    public URI address() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /**
     * Returns the port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops the server: requests in progress get a second to finish. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            try {
                if (ASSETS.containsKey(path)) {
                    if (allowed(exchange, "GET")) {
                        asset(exchange, ASSETS.get(path));
                    }
                } else if (path.equals("/api/options")) {
                    if (allowed(exchange, "GET")) {
                        json(exchange, 200, BoardApi::options);
                    }
                } else if (path.equals("/api/record")) {
                    if (allowed(exchange, "GET")) {
                        String symbol = query(exchange).get("symbol");
                        json(exchange, 200, () -> BoardApi.record(VotingRecord.bundled(), symbol));
                    }
                } else if (path.equals("/api/board")) {
                    if (allowed(exchange, "POST")) {
                        String body = body(exchange);
                        if (body != null) {
                            Map<String, String> query = query(exchange);
                            json(exchange, 200, () -> BoardApi.board(body, query.get("title"),
                                    query.get("subtitle")));
                        }
                    }
                } else {
                    error(exchange, 404, "no such page: " + path + " (the page is /, the API under /api/)");
                }
            } catch (IllegalArgumentException e) {
                error(exchange, 400, e.getMessage());
            } catch (RuntimeException e) {
                error(exchange, 500, "internal error: " + e);
            }
        }
    }

    /** Whether the request's method is the one the path takes; answers 405 if not. */
    private static boolean allowed(HttpExchange exchange, String method) throws IOException {
        if (exchange.getRequestMethod().equals(method)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", method);
        error(exchange, 405, exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                + ": expected " + method);
        return false;
    }

    /** The body as UTF-8 text, or null after answering 413 or 400 if it is too long or not UTF-8. */
    private static String body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > MAX_BODY) {
            error(exchange, 413, "the request body is " + length.strip() + " bytes; at most " + MAX_BODY
                    + " are taken");
            return null;
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            error(exchange, 413, "the request body is over " + MAX_BODY + " bytes");
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            error(exchange, 400, BoardApi.BODY + ": not UTF-8 text");
            return null;
        }
    }

    /** The query's parameters, decoded; the first of a repeated name. */
    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the query is not well-formed: '" + text + "'", e);
        }
    }

    private static void asset(HttpExchange exchange, String name) throws IOException {
        byte[] bytes = ASSET_BYTES.computeIfAbsent(name, BoardServer::read);
        String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "text/html";
        // nothing from elsewhere: the page works without a network
        exchange.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data: blob:; connect-src 'self' blob:");
        send(exchange, 200, type + "; charset=utf-8", bytes);
    }

    /** An asset's bytes, from the jar. */
    private static byte[] read(String name) {
        try (InputStream in = Objects.requireNonNull(BoardServer.class.getResourceAsStream(name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the jar: " + e.getMessage(), e);
        }
    }

    private static void json(HttpExchange exchange, int status, Supplier<Map<String, Object>> answer)
            throws IOException {
        byte[] bytes = (Json.write(answer.get()) + "\n").getBytes(StandardCharsets.UTF_8);
        send(exchange, status, "application/json; charset=utf-8", bytes);
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        String line = message == null ? "bad request" : message.lines().findFirst().orElse("bad request");
        byte[] bytes = (Json.write(Map.of("error", line)) + "\n").getBytes(StandardCharsets.UTF_8);
        send(exchange, status, "application/json; charset=utf-8", bytes);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
