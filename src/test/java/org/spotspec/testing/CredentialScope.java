package org.spotspec.testing;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whom a request was signed by and for: the SigV4 credential scope of its Authorization header,
 * {@code Credential=AKIA.../20261126/eu-west-1/ec2/aws4_request}. The fake endpoints check no
 * signatures, but answer per region and per service as the real ones do, so they read it here.
 */
public record CredentialScope(String keyId, String region, String service) {
    private static final Pattern SCOPE =
            Pattern.compile("Credential=([^/,\\s]+)/\\d{8}/([^/]+)/([^/]+)/aws4_request");

    /** The scope of an Authorization header; empty for an unsigned request (null or no credential). */
    public static Optional<CredentialScope> of(String authorization) {
        var scope = authorization == null ? null : SCOPE.matcher(authorization);
        if (scope == null || !scope.find()) {
            return Optional.empty();
        }
        return Optional.of(new CredentialScope(scope.group(1), scope.group(2), scope.group(3)));
    }
}
