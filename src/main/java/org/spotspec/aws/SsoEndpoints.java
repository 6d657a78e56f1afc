package org.spotspec.aws;

import java.net.URI;
import java.util.Optional;

/**
 * Where the portal and OIDC calls go: {@code AWS_ENDPOINT_URL_SSO} / {@code AWS_ENDPOINT_URL_SSO_OIDC}
 * when set, else the session's own override (a typed {@code --endpoint-url} or {@code AWS_ENDPOINT_URL},
 * which reach STS), so a local emulator or a test stub gets every call; else AWS's endpoints.
 */
public record SsoEndpoints(Optional<URI> portal, Optional<URI> oidc) {

    public static SsoEndpoints none() {
        return new SsoEndpoints(Optional.empty(), Optional.empty());
    }

    public static SsoEndpoints of(Environment env, AwsEndpoints session) {
        var portal = env.get("AWS_ENDPOINT_URL_SSO").flatMap(SsoEndpoints::uri).or(session::sts);
        var oidc = env.get("AWS_ENDPOINT_URL_SSO_OIDC").flatMap(SsoEndpoints::uri).or(session::sts);
        return new SsoEndpoints(portal, oidc);
    }

    private static Optional<URI> uri(String text) {
        try {
            var uri = URI.create(text.trim());
            return uri.getHost() != null && uri.getUserInfo() == null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
