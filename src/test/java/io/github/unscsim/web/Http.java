package io.github.unscsim.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A small HTTP client for the tests, on {@link HttpURLConnection} (the module reads only java.base's). */
final class Http {

    private Http() {
    }

    /** An answer: its status, its headers as the connection reports them, and its body as UTF-8 text. */
    record Response(int statusCode, java.util.Map<String, java.util.List<String>> headerMap, String body) {

        Optional<String> header(String name) {
            return headerMap.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst();
        }
    }

    static Response get(URI uri) {
        return send(uri, "GET", null);
    }

    static Response post(URI uri, byte[] body) {
        return send(uri, "POST", body);
    }

    static Response post(URI uri, String body) {
        return post(uri, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Response send(URI uri, String method, byte[] body) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(30_000);
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                } catch (IOException e) {
                    // the server may refuse a body before it is all sent (413): its answer still counts
                }
            }
            int status = connection.getResponseCode();
            InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (in != null) {
                in.close();
            }
            return new Response(status, connection.getHeaderFields(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + ": " + e, e);
        }
    }
}
