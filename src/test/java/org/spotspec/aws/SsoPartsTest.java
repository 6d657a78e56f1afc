package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small parts of IAM Identity Center sign-in: the browser command, the endpoints, the cache JSON. */
class SsoPartsTest {
    private static final String PAGE = "https://device.sso.eu-west-1.amazonaws.com/?user_code=WDDD-HRQX";

    @Test
    void theBrowserIsOpenedWithoutAShellOnEachSystem() {
        assertThat(BrowserOpener.command("Linux", PAGE)).contains(List.of("xdg-open", PAGE));
        assertThat(BrowserOpener.command("Mac OS X", PAGE)).contains(List.of("open", PAGE));
        assertThat(BrowserOpener.command("Windows 11", PAGE))
                .contains(List.of("rundll32", "url.dll,FileProtocolHandler", PAGE));
    }

    @Test
    void onlyPlainHttpUrlsAreOpened() {
        assertThat(BrowserOpener.command("Linux", "file:///etc/passwd")).isEmpty();
        assertThat(BrowserOpener.command("Linux", "--help")).isEmpty();
        assertThat(BrowserOpener.command("Linux", "https://x.example/ a")).isEmpty();
    }

    @Test
    void ssoCallsGoToTheirOwnVariableElseTheSessionsOverride() {
        var session = new AwsEndpoints(Optional.empty(), Optional.of(URI.create("http://localhost:4566")));
        var env = new Environment(Map.of("AWS_ENDPOINT_URL_SSO_OIDC", "http://localhost:9000"), Path.of("/home/x"));

        var endpoints = SsoEndpoints.of(env, session);

        assertThat(endpoints.oidc()).contains(URI.create("http://localhost:9000"));
        assertThat(endpoints.portal()).contains(URI.create("http://localhost:4566"));
        assertThat(SsoEndpoints.of(new Environment(Map.of(), Path.of("/home/x")), AwsEndpoints.none()))
                .isEqualTo(SsoEndpoints.none());
    }

    @Test
    void theCacheJsonEscapesWhatItWritesAndReadsBackTheSame() {
        var token = new SsoToken("https://a.example/\"start\\", "eu-west-1", "tok\nen", Instant.parse(
                "2026-11-27T10:00:00.123Z"), Optional.empty(), Optional.empty());

        var json = SsoTokenJson.write(token);

        assertThat(json).contains("\"expiresAt\": \"2026-11-27T10:00:00Z\"", "tok\\u000aen")
                .doesNotContain("clientId", "refreshToken");
        var back = SsoTokenCache.parse(json).orElseThrow();
        assertThat(back.startUrl()).isEqualTo(token.startUrl());
        assertThat(back.accessToken()).isEqualTo("tok\nen");
    }
}
