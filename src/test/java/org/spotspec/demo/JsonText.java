package org.spotspec.demo;

import java.util.List;

/**
 * The few JSON documents {@link LocalSso} writes, without a JSON library on the demo's path:
 * objects of strings, numbers, nested objects ({@link Raw}) and lists of them; null values are left
 * out, as AWS leaves out members it has no value for.
 */
final class JsonText {
    private JsonText() {
    }

    /** JSON already written (an object or array), put in as it is. */
    record Raw(String json) {
    }

    /** {@code {"k1": v1, ...}} from pairs of name and value. */
    static Raw object(Object... namesAndValues) {
        var out = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            var value = namesAndValues[i + 1];
            if (value != null) {
                out.append(out.length() > 1 ? "," : "").append(quote((String) namesAndValues[i])).append(':')
                        .append(value(value));
            }
        }
        return new Raw(out.append('}').toString());
    }

    static Raw array(List<Raw> items) {
        return new Raw("[" + String.join(",", items.stream().map(Raw::json).toList()) + "]");
    }

    private static String value(Object value) {
        if (value instanceof Raw raw) {
            return raw.json();
        }
        return value instanceof Number || value instanceof Boolean ? value.toString() : quote(value.toString());
    }

    static String quote(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
