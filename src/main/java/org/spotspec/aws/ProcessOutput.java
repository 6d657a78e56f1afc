package org.spotspec.aws;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;

/**
 * Reads a credential process's answer, the JSON the AWS CLI documents ({@code Version} 1,
 * {@code AccessKeyId}, {@code SecretAccessKey}, optional {@code SessionToken} and
 * {@code Expiration}). A fault names the field, never a value: the text holds secrets.
 */
final class ProcessOutput {

    /** Credentials and, for temporary ones, when they end. */
    record Answer(AwsCredentials credentials, Optional<Instant> expiration) {
    }

    /** The answer is not the expected JSON; the message names what is wrong, never a value. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private ProcessOutput() {
    }

    static Answer parse(String stdout) throws Malformed {
        Map<String, JsonNode> fields = object(stdout);
        var version = fields.get("Version");
        if (version == null) {
            throw new Malformed("it has no \"Version\"");
        }
        if (!version.isNumber() || !version.asNumber().equals("1")) {
            throw new Malformed("its \"Version\" is not 1, the only version there is");
        }
        var keyId = text(fields, "AccessKeyId", true).orElseThrow();
        var secret = text(fields, "SecretAccessKey", true).orElseThrow();
        var token = text(fields, "SessionToken", false);
        var expiration = text(fields, "Expiration", false).map(ProcessOutput::instant);
        if (expiration.isPresent() && expiration.get().isEmpty()) {
            throw new Malformed("its \"Expiration\" is not an ISO 8601 time such as 2026-12-06T10:00:00Z");
        }
        var end = expiration.flatMap(e -> e);
        AwsCredentials credentials = token.isPresent()
                ? AwsSessionCredentials.builder().accessKeyId(keyId).secretAccessKey(secret)
                        .sessionToken(token.get()).expirationTime(end.orElse(null)).build()
                : AwsBasicCredentials.create(keyId, secret);
        return new Answer(credentials, end);
    }

    private static Map<String, JsonNode> object(String stdout) throws Malformed {
        if (stdout.isBlank()) {
            throw new Malformed("it printed nothing");
        }
        JsonNode root;
        try {
            root = JsonNodeParser.create().parse(stdout);
        } catch (RuntimeException e) {
            // The parser's message quotes the text around the fault: secrets. Say only what it is.
            throw new Malformed("it is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new Malformed("it is not a JSON object");
        }
        return root.asObject();
    }

    private static Optional<String> text(Map<String, JsonNode> fields, String name, boolean required)
            throws Malformed {
        var node = fields.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                throw new Malformed("it has no \"" + name + "\"");
            }
            return Optional.empty();
        }
        if (!node.isString() || node.asString().isBlank()) {
            throw new Malformed("its \"" + name + "\" is not a non-empty string");
        }
        return Optional.of(node.asString().trim());
    }

    /** ISO 8601 with an offset or {@code Z}; without one it is taken as UTC, as botocore does. */
    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
