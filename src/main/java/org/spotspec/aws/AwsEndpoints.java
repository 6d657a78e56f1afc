package org.spotspec.aws;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Endpoint overrides, so users can point SpotSpec at a local AWS emulator. Resolved like the
 * AWS CLI: a service-specific variable wins over {@code AWS_ENDPOINT_URL}; a URL typed in the
 * sign-in view's Advanced field wins over both.
 */
public record AwsEndpoints(Optional<URI> ec2, Optional<URI> sts) {

    public static AwsEndpoints none() {
        return new AwsEndpoints(Optional.empty(), Optional.empty());
    }

    /** From the environment, then overridden by {@code typed} (blank means no override). */
    public static AwsEndpoints resolve(Environment env, String typed) {
        var typedUri = parse(typed);
        if (typedUri.isPresent()) {
            return new AwsEndpoints(typedUri, typedUri);
        }
        var common = env.get("AWS_ENDPOINT_URL").flatMap(AwsEndpoints::parse);
        var ec2 = env.get("AWS_ENDPOINT_URL_EC2").flatMap(AwsEndpoints::parse).or(() -> common);
        var sts = env.get("AWS_ENDPOINT_URL_STS").flatMap(AwsEndpoints::parse).or(() -> common);
        return new AwsEndpoints(ec2, sts);
    }

    /** The environment's endpoint for display in the Advanced field; empty when none. */
    public static String fromEnvironment(Environment env) {
        return env.get("AWS_ENDPOINT_URL").orElse("");
    }

    /** An error message for a typed URL, or empty when it is acceptable (blank is acceptable). */
    public static Optional<String> problemWith(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        var uri = parseAny(typed);
        if (uri.isEmpty()) {
            return Optional.of("Enter a URL such as http://localhost:4566.");
        }
        // A password in the URL would be saved with the settings and shown in the log.
        return uri.get().getUserInfo() == null ? Optional.empty()
                : Optional.of("Leave user names and passwords out of the URL.");
    }

    public boolean isOverridden() {
        return ec2.isPresent() || sts.isPresent();
    }

    private static Optional<URI> parse(String text) {
        return parseAny(text).filter(uri -> uri.getUserInfo() == null);
    }

    private static Optional<URI> parseAny(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            var uri = new URI(text.trim());
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
