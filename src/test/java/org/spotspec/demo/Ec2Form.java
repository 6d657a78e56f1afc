package org.spotspec.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The parameters of one EC2 Query-protocol request, read the way EC2 reads them. */
final class Ec2Form {
    private final Map<String, String> form;

    Ec2Form(Map<String, String> form) {
        this.form = form;
    }

    String get(String name) {
        var value = form.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    String get(String name, String fallback) {
        var value = get(name);
        return value == null ? fallback : value;
    }

    boolean has(String name) {
        return get(name) != null;
    }

    boolean dryRun() {
        return "true".equalsIgnoreCase(form.get("DryRun"));
    }

    Integer integer(String name) {
        var text = get(name);
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw Ec2Faults.invalidValue(text, name);
        }
    }

    Instant instant(String name) {
        var text = get(name);
        try {
            return text == null ? null
                    : text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw Ec2Faults.invalidValue(text, name);
        }
    }

    /** {@code name.1}, {@code name.2}, ... as the Query protocol sends a list. */
    List<String> list(String name) {
        var values = new ArrayList<String>();
        for (int n = 1; form.containsKey(name + "." + n); n++) {
            values.add(form.get(name + "." + n));
        }
        return values;
    }

    /** {@code Filter.N.Name} → its {@code Filter.N.Value.M} values, in order. */
    Map<String, List<String>> filters() {
        var filters = new LinkedHashMap<String, List<String>>();
        for (int n = 1; form.containsKey("Filter." + n + ".Name"); n++) {
            filters.put(form.get("Filter." + n + ".Name"), list("Filter." + n + ".Value"));
        }
        return filters;
    }

    /** The tags of every {@code TagSpecification.N} whose resource type is {@code resourceType}. */
    Map<String, String> tags(String resourceType) {
        var tags = new TreeMap<String, String>();
        for (int n = 1; form.containsKey("TagSpecification." + n + ".ResourceType"); n++) {
            var prefix = "TagSpecification." + n;
            if (form.get(prefix + ".ResourceType").equals(resourceType)) {
                for (int t = 1; form.containsKey(prefix + ".Tag." + t + ".Key"); t++) {
                    tags.put(form.get(prefix + ".Tag." + t + ".Key"), form.getOrDefault(prefix + ".Tag." + t + ".Value", ""));
                }
            }
        }
        return tags;
    }

    /** The resource types named by {@code TagSpecification.N.ResourceType}. */
    List<String> tagResourceTypes() {
        var types = new ArrayList<String>();
        for (int n = 1; form.containsKey("TagSpecification." + n + ".ResourceType"); n++) {
            types.add(form.get("TagSpecification." + n + ".ResourceType"));
        }
        return types;
    }

    /** Every parameter but those that do not change what a request means (for ClientToken checks). */
    String fingerprint() {
        var copy = new TreeMap<>(form);
        copy.keySet().removeIf(k -> k.equals("DryRun") || k.equals("ClientToken") || k.equals("Version"));
        return copy.toString();
    }

    /** The page of {@code all} a request asks for with MaxResults (5-1000) and NextToken. */
    <T> Page<T> page(String kind, List<T> all) {
        var max = integer("MaxResults");
        if (max != null && (max < 5 || max > 1000)) {
            throw Ec2Faults.fault("InvalidParameterValue", "Value ( " + max + " ) for parameter maxResults is invalid. "
                    + (max < 5 ? "Expecting a value greater than 5." : "Expecting a value less than 1000."));
        }
        int from = 0;
        var token = get("NextToken");
        if (token != null) {
            try {
                var text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                if (!text.startsWith(kind + ":")) {
                    throw new IllegalArgumentException(text);
                }
                from = Integer.parseInt(text.substring(kind.length() + 1));
            } catch (IllegalArgumentException e) {
                throw Ec2Faults.badToken();
            }
        }
        from = Math.min(from, all.size());
        int to = max == null ? all.size() : Math.min(all.size(), from + max);
        var next = to < all.size() ? Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + to).getBytes(StandardCharsets.UTF_8)) : null;
        return new Page<>(List.copyOf(all.subList(from, to)), next);
    }

    /**
     * Whether a resource with filterable {@code attributes} (filter name → value, null for none)
     * and {@code tags} passes every filter: any value may match, {@code *} and {@code ?} are
     * wildcards; {@code tag:Key} and {@code tag-key} look at the tags. An unknown filter fails the call.
     */
    static boolean matches(Map<String, List<String>> filters, Map<String, String> attributes,
                           Map<String, String> tags) {
        for (var filter : filters.entrySet()) {
            var name = filter.getKey();
            List<String> actual;
            if (name.startsWith("tag:")) {
                var value = tags.get(name.substring(4));
                actual = value == null ? List.of() : List.of(value);
            } else if (name.equals("tag-key")) {
                actual = List.copyOf(tags.keySet());
            } else if (attributes.containsKey(name)) {
                var value = attributes.get(name);
                actual = value == null ? List.of() : List.of(value);
            } else {
                throw Ec2Faults.fault("InvalidParameterValue", "The filter '" + name + "' is invalid");
            }
            boolean any = false;
            for (var wanted : filter.getValue()) {
                var regex = java.util.regex.Pattern.quote(wanted).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
                any |= actual.stream().anyMatch(a -> a.matches(regex));
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    record Page<T>(List<T> items, String nextToken) {
        String tokenXml() {
            return nextToken == null ? "" : "<nextToken>" + nextToken + "</nextToken>";
        }
    }
}
