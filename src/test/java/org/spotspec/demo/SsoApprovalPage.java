package org.spotspec.demo;

import static org.spotspec.testing.AwsXml.escape;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The browser side of {@link LocalSso}'s sign-in: {@code GET /device?user_code=ABCD-EFGH} approves
 * the code ({@code &deny=1} denies it), {@code GET /device} asks for a code, {@code GET /start} is the
 * portal's start page. GETs change state on purpose: then opening the link SpotSpec shows, or one
 * curl, is the whole approval.
 */
final class SsoApprovalPage {
    private SsoApprovalPage() {
    }

    static void answer(HttpExchange exchange, Map<String, String> query, SsoGrants grants) throws IOException {
        var code = query.getOrDefault("user_code", "").trim().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            send(exchange, 200, "Sign in to LocalAws", "<form action=\"/device\" method=\"get\">User code: "
                    + "<input name=\"user_code\" placeholder=\"ABCD-EFGH\"> <button>Approve</button></form>");
            return;
        }
        boolean deny = query.containsKey("deny") && !query.get("deny").equals("0");
        if (!grants.decide(code, !deny)) {
            send(exchange, 404, "Unknown code", "<p>No sign-in waits for code " + escape(code)
                    + " (unknown, expired or already used).</p>");
            return;
        }
        send(exchange, 200, deny ? "Denied" : "Approved", deny
                ? "<p>Denied: SpotSpec's sign-in with code " + escape(code) + " is refused.</p>"
                : "<p>Approved: you can return to SpotSpec.</p>");
    }

    static void start(HttpExchange exchange) throws IOException {
        send(exchange, 200, "LocalAws IAM Identity Center", "<p>The local portal of LocalAws: sign in from "
                + "SpotSpec, then open the link it shows (or <a href=\"/device\">enter the code</a>).</p>");
    }

    private static void send(HttpExchange exchange, int status, String title, String body) throws IOException {
        var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
                + title + "</h1>" + body + "</body></html>";
        var bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
