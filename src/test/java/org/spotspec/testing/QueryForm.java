package org.spotspec.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of an AWS Query-protocol request ({@code Action=...&Version=...}, form-encoded),
 * decoded the same way by every fake endpoint and by the tests that check what was sent.
 */
public final class QueryForm {
    private QueryForm() {
    }

    /** The parameters of {@code encoded} (null: none), decoded, in the order sent. */
    public static Map<String, String> decode(String encoded) {
        var params = new LinkedHashMap<String, String>();
        decodeInto(encoded, params);
        return params;
    }

    /**
     * Adds the parameters of {@code encoded} (null: none) to {@code into}, a later one replacing
     * an earlier one of the same name; a name without {@code =} gets an empty value.
     */
    public static void decodeInto(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (var pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            var name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            into.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
    }
}
