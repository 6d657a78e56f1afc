package org.spotspec.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wiremock.com.fasterxml.jackson.core.type.TypeReference;
import wiremock.com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads what the command line printed as a script would: JSON with a real parser (the Jackson
 * WireMock bundles), CSV by RFC 4180.
 */
final class Parsed {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Parsed() {
    }

    /** The JSON array of objects, each as a map (numbers as Jackson reads them). */
    static List<Map<String, Object>> json(String text) {
        try {
            return JSON.readValue(text, new TypeReference<List<Map<String, Object>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON array of objects: " + text, e);
        }
    }

    /** The CSV rows as maps from header to field; line ends must be CRLF. */
    static List<Map<String, String>> csv(String text) {
        var records = records(text);
        var header = records.get(0);
        var rows = new ArrayList<Map<String, String>>();
        for (var record : records.subList(1, records.size())) {
            if (record.size() != header.size()) {
                throw new AssertionError("row has " + record.size() + " fields, header " + header.size() + ": " + record);
            }
            var row = new LinkedHashMap<String, String>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
    static List<List<String>> records(String text) {
        var records = new ArrayList<List<String>>();
        var record = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '\n') {
                throw new AssertionError("bare LF at " + i + ": CSV lines must end with CRLF");
            } else {
                field.append(c);
            }
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new AssertionError("last CSV line without CRLF");
        }
        return records;
    }
}
