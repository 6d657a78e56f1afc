package org.spotspec.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.spotspec.testing.LoopbackHttp;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * IAM Identity Center for {@link LocalAws}, on the paths the AWS SDK uses (restJson1), which do not
 * collide with the Query protocol's {@code POST /}. OIDC: RegisterClient, StartDeviceAuthorization and
 * CreateToken (device code and refresh token grants) — a code is approved or denied by a GET of
 * {@code /device?user_code=ABCD-EFGH} ({@code &deny=1}), as a browser or curl sends it, or at its first
 * poll with auto-approve. Portal, with the bearer token: GetRoleCredentials, ListAccounts,
 * ListAccountRoles (paged), Logout; accounts and roles are {@link SsoDirectory}'s.
 *
 * <p>Errors carry their type in {@code x-amzn-ErrorType}, which is what the SDK's restJson1 reader
 * maps to an exception class (ssooidc declares no custom error field); OIDC bodies hold the OAuth
 * {@code error} as the real service's do. Tokens and secrets are never written to the notices.
 */
final class LocalSso {
    static final String BEARER_HEADER = "x-amz-sso_bearer_token";
    private static final Set<String> PATHS = Set.of("/client/register", "/device_authorization", "/token", "/device",
            "/start", "/federation/credentials", "/assignment/accounts", "/assignment/roles", "/logout");

    private final SsoGrants grants;
    private final SsoDirectory directory;
    private final Consumer<String> notices;

    /**
     * @param autoApprove approve every code at its first poll (for unattended trials)
     * @param notices     where the user code and approval address of each sign-in are told
     */
    LocalSso(LocalSts sts, Clock clock, boolean autoApprove, Consumer<String> notices) {
        this.grants = new SsoGrants(clock, autoApprove);
        this.directory = new SsoDirectory(sts, clock);
        this.notices = notices;
    }

    static boolean handles(String path) {
        return PATHS.contains(path);
    }

    void handle(HttpExchange exchange) throws IOException {
        var path = exchange.getRequestURI().getPath();
        var requestId = UUID.randomUUID().toString();
        exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
        try {
            switch (path) {
                case "/device" -> SsoApprovalPage.answer(exchange, LoopbackHttp.form(exchange), grants);
                case "/start" -> SsoApprovalPage.start(exchange);
                case "/client/register", "/device_authorization", "/token" -> oidc(exchange, path);
                default -> portal(exchange, path);
            }
        } catch (SsoGrants.OidcError e) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", oidcType(e.error));
            sendJson(exchange, e.status, JsonText.object("error", e.error, "error_description", e.getMessage()));
        } catch (LocalAws.Fault f) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", f.code);
            sendJson(exchange, f.status, JsonText.object("message", f.getMessage()));
        }
    }

    private void oidc(HttpExchange exchange, String path) throws IOException {
        var body = body(exchange);
        var answer = switch (path) {
            case "/client/register" -> register(body);
            case "/device_authorization" -> startDevice(body, baseUri(exchange));
            default -> createToken(body);
        };
        sendJson(exchange, 200, answer);
    }

    private JsonText.Raw register(Map<String, String> body) {
        var client = grants.register(body.get("clientName"));
        return JsonText.object("clientId", client.id(), "clientSecret", client.secret(),
                "clientIdIssuedAt", client.issuedAt().getEpochSecond(),
                "clientSecretExpiresAt", client.secretExpiresAt().getEpochSecond());
    }

    private JsonText.Raw startDevice(Map<String, String> body, String base) {
        var device = grants.startDevice(body.get("clientId"), body.get("clientSecret"), body.get("startUrl"));
        // A query, not the real portal's #fragment: a browser sends no fragment, and this page must see the code.
        var complete = base + "/device?user_code=" + device.userCode();
        notices.accept("IAM Identity Center sign-in: code " + device.userCode() + ", approve at " + complete
                + " (deny: add &deny=1)");
        return JsonText.object("deviceCode", device.deviceCode(), "userCode", device.userCode(),
                "verificationUri", base + "/device", "verificationUriComplete", complete,
                "expiresIn", SsoGrants.CODE_LIFETIME.toSeconds(), "interval", SsoGrants.POLL_INTERVAL);
    }

    private JsonText.Raw createToken(Map<String, String> body) {
        var grantType = body.getOrDefault("grantType", "");
        var tokens = switch (grantType) {
            case "urn:ietf:params:oauth:grant-type:device_code" ->
                    grants.deviceToken(body.get("clientId"), body.get("clientSecret"), body.get("deviceCode"));
            case "refresh_token" ->
                    grants.refreshToken(body.get("clientId"), body.get("clientSecret"), body.get("refreshToken"));
            default -> throw new SsoGrants.OidcError(400, "unsupported_grant_type", "Unsupported grant type");
        };
        return JsonText.object("accessToken", tokens.accessToken(), "tokenType", "Bearer",
                "expiresIn", tokens.expiresIn().toSeconds(), "refreshToken", tokens.refreshToken());
    }

    private void portal(HttpExchange exchange, String path) throws IOException {
        var query = LoopbackHttp.form(exchange);
        var token = exchange.getRequestHeaders().getFirst(BEARER_HEADER);
        if (!grants.validAccessToken(token)) {
            throw new LocalAws.Fault(401, "UnauthorizedException", "Session token not found or invalid");
        }
        var answer = switch (path) {
            case "/federation/credentials" -> roleCredentials(query);
            case "/assignment/accounts" -> accounts(query);
            case "/assignment/roles" -> roles(query);
            default -> logout(token);
        };
        sendJson(exchange, 200, answer);
    }

    private JsonText.Raw roleCredentials(Map<String, String> query) {
        var role = directory.roleCredentials(query.get("account_id"), query.get("role_name"));
        return JsonText.object("roleCredentials", JsonText.object("accessKeyId", role.issued().keyId(),
                "secretAccessKey", role.issued().secret(), "sessionToken", role.issued().sessionToken(),
                "expiration", role.expiration().toEpochMilli()));
    }

    private JsonText.Raw accounts(Map<String, String> query) {
        var page = directory.accounts(query.get("max_result"), query.get("next_token"));
        var items = page.items().stream().map(a -> JsonText.object("accountId", a.id(), "accountName", a.name(),
                "emailAddress", a.email())).toList();
        return JsonText.object("accountList", JsonText.array(items), "nextToken", page.nextToken());
    }

    private JsonText.Raw roles(Map<String, String> query) {
        var account = query.get("account_id");
        var page = directory.roles(account, query.get("max_result"), query.get("next_token"));
        var items = page.items().stream().map(r -> JsonText.object("roleName", r, "accountId", account)).toList();
        return JsonText.object("roleList", JsonText.array(items), "nextToken", page.nextToken());
    }

    private JsonText.Raw logout(String token) {
        grants.revoke(token);
        return JsonText.object();
    }

    /** A flat JSON body's members as text (arrays such as scopes are not needed here). */
    private static Map<String, String> body(HttpExchange exchange) throws IOException {
        var text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var fields = new java.util.HashMap<String, String>();
        try {
            JsonNode.parser().parse(text.isBlank() ? "{}" : text).asObject().forEach((name, value) -> {
                if (value.isString() || value.isNumber()) {
                    fields.put(name, value.text());
                }
            });
        } catch (RuntimeException e) {
            throw new SsoGrants.OidcError(400, "invalid_request", "The request body is not a JSON object");
        }
        return fields;
    }

    /** This server as the client reached it, so the pages it names work whatever port it listens on. */
    private static String baseUri(HttpExchange exchange) {
        var host = exchange.getRequestHeaders().getFirst("Host");
        return "http://" + (host != null && host.matches("[\\w.\\[\\]:-]+") ? host
                : "127.0.0.1:" + exchange.getLocalAddress().getPort());
    }

    private static String oidcType(String error) {
        return switch (error) {
            case "authorization_pending" -> "AuthorizationPendingException";
            case "slow_down" -> "SlowDownException";
            case "expired_token" -> "ExpiredTokenException";
            case "access_denied" -> "AccessDeniedException";
            case "invalid_client" -> "InvalidClientException";
            case "invalid_grant" -> "InvalidGrantException";
            case "unsupported_grant_type" -> "UnsupportedGrantTypeException";
            default -> "InvalidRequestException";
        };
    }

    private static void sendJson(HttpExchange exchange, int status, JsonText.Raw json) throws IOException {
        var bytes = json.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
