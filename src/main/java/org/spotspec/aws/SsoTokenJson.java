package org.spotspec.aws;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The AWS CLI's cache file format for a token (botocore's SSOTokenProvider writes the same keys). */
final class SsoTokenJson {
    private SsoTokenJson() {
    }

    static String write(SsoToken token) {
        var json = new StringBuilder("{");
        field(json, "startUrl", token.startUrl());
        field(json, "region", token.region());
        field(json, "accessToken", token.accessToken());
        field(json, "expiresAt", time(token.expiresAt()));
        token.client().ifPresent(c -> {
            field(json, "clientId", c.clientId());
            field(json, "clientSecret", c.clientSecret());
            field(json, "registrationExpiresAt", time(c.expiresAt()));
        });
        token.refreshToken().ifPresent(r -> field(json, "refreshToken", r));
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    /** As botocore serialises: seconds, UTC, a Z. */
    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\": ");
        quote(json, value);
        json.append(',');
    }

    private static void quote(StringBuilder json, String value) {
        json.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
