package org.spotspec.aws.launch;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.spotspec.aws.launch.LaunchSpec.Interruption;
import org.spotspec.aws.launch.LaunchSpec.Method;
import org.spotspec.aws.launch.LaunchSpec.RequestType;

/**
 * The launch form's rules, as plain functions: each returns the message to show next to the
 * field, or {@code ""} when the value is acceptable. They encode what EC2 itself enforces, so a
 * launch that passes them is rejected by AWS only for reasons SpotSpec cannot know.
 */
public final class LaunchValidation {
    /** A sane ceiling for one action; EC2's own limit is the account's spot vCPU quota. */
    public static final int MAX_COUNT = 100;
    /** EC2's limit on user data, in bytes before base64 encoding. */
    public static final int MAX_USER_DATA_BYTES = 16 * 1024;
    public static final int MAX_TAGS = 50;
    public static final DateTimeFormatter VALID_UNTIL_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final Pattern AMI = Pattern.compile("ami-([0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9-]+");
    private static final Pattern PRICE = Pattern.compile("\\d{1,6}(\\.\\d{1,6})?|\\.\\d{1,6}");
    private static final Pattern GROUP = Pattern.compile("sg-([0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern SUBNET = Pattern.compile("subnet-([0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern ZONE = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+[a-z](-[a-z0-9-]+)?");
    private static final Pattern PROFILE_NAME = Pattern.compile("[\\w+=,.@-]{1,128}");
    private static final Pattern PROFILE_ARN =
            Pattern.compile("arn:aws[\\w-]*:iam::\\d{12}:instance-profile/([\\w+=,.@-]+/)*[\\w+=,.@-]{1,128}");
    private static final BigDecimal MIN_PRICE = new BigDecimal("0.001");

    private LaunchValidation() {
    }

    public static String imageId(String text) {
        var id = text == null ? "" : text.trim();
        if (id.isEmpty()) {
            return "Enter an AMI id, e.g. ami-0abcdef1234567890.";
        }
        return AMI.matcher(id).matches() ? "" : "An AMI id is ami- followed by 8 or 17 hex digits (0-9, a-f).";
    }

    public static String instanceType(String text) {
        var type = text == null ? "" : text.trim();
        if (type.isEmpty()) {
            return "Choose an instance type.";
        }
        return TYPE.matcher(type).matches() ? "" : "Not an instance type such as m5.large.";
    }

    public static String count(String text) {
        var n = parseCount(text);
        return n != null && n >= 1 && n <= MAX_COUNT ? "" : "Enter a whole number from 1 to " + MAX_COUNT + ".";
    }

    /** Empty means: pay the spot price, capped at the on-demand price (AWS's advice). */
    public static String maxPrice(String text) {
        var price = text == null ? "" : text.trim();
        if (price.isEmpty()) {
            return "";
        }
        if (price.startsWith("-")) {
            return "A price cannot be negative; leave it empty to pay the spot price.";
        }
        if (!PRICE.matcher(price).matches()) {
            return "A price in $ per hour with at most 6 decimals, e.g. 0.05 (or leave it empty).";
        }
        return new BigDecimal(price).compareTo(MIN_PRICE) >= 0 ? "" : "EC2 accepts a max price of $0.001 or more.";
    }

    /** A valid price as EC2 expects it ({@code .05} becomes {@code 0.05}); {@code ""} for none. */
    public static String normalizePrice(String text) {
        var price = text == null ? "" : text.trim();
        return price.isEmpty() ? "" : new BigDecimal(price).toPlainString();
    }

    public static String keyName(String text) {
        var name = text == null ? "" : text.trim();
        return name.length() <= 255 && !name.chars().anyMatch(Character::isISOControl) ? ""
                : "A key pair name is at most 255 printable characters.";
    }

    public static String securityGroups(String text) {
        for (var id : splitIds(text)) {
            if (!GROUP.matcher(id).matches()) {
                return "\"" + id + "\" is not a security group id (sg- and 8 or 17 hex digits).";
            }
        }
        return "";
    }

    public static String subnet(String text) {
        var id = text == null ? "" : text.trim();
        return id.isEmpty() || SUBNET.matcher(id).matches() ? "" : "A subnet id is subnet- and 8 or 17 hex digits.";
    }

    /** A subnet lies in one zone, so naming both can only agree or contradict. */
    public static String zone(String zoneText, String subnetText) {
        var zone = zoneText == null ? "" : zoneText.trim();
        if (zone.isEmpty()) {
            return "";
        }
        if (!ZONE.matcher(zone).matches()) {
            return "Not an availability zone name such as eu-west-1a.";
        }
        return subnetText == null || subnetText.isBlank() ? ""
                : "A subnet already fixes the zone: leave the zone empty when you choose a subnet.";
    }

    public static String userData(String text) {
        int bytes = bytes(text);
        return bytes <= MAX_USER_DATA_BYTES ? "" : String.format(Locale.ROOT,
                "User data is %,d bytes; EC2 accepts at most %,d bytes (16 KB before base64).", bytes,
                MAX_USER_DATA_BYTES);
    }

    public static int bytes(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    public static String instanceProfile(String text) {
        var p = text == null ? "" : text.trim();
        if (p.isEmpty() || PROFILE_NAME.matcher(p).matches() || PROFILE_ARN.matcher(p).matches()) {
            return "";
        }
        return "An instance profile name (letters, digits and +=,.@_-) or its ARN "
                + "(arn:aws:iam::123456789012:instance-profile/name).";
    }

    /**
     * AWS's interruption rules. Stop and hibernate need a persistent request (either API).
     * RunInstances also accepts a persistent request only with stop or hibernate.
     */
    public static String interruption(Method method, RequestType type, Interruption behaviour) {
        if (behaviour != Interruption.TERMINATE && type != RequestType.PERSISTENT) {
            return "EC2 can " + behaviour.wire() + " an interrupted instance only for a persistent request.";
        }
        if (method == Method.RUN_INSTANCES && type == RequestType.PERSISTENT && behaviour == Interruption.TERMINATE) {
            return "RunInstances accepts a persistent request only with stop or hibernate; choose one of them, "
                    + "a one-time request, or RequestSpotInstances.";
        }
        return "";
    }

    public static String validUntil(String text, Method method, RequestType type, ZoneId zone, Instant now) {
        var value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            return "";
        }
        var when = parseValidUntil(value, zone);
        if (when.isEmpty()) {
            return "A local date and time such as 2026-12-31 18:00, or empty for AWS's default.";
        }
        if (!when.get().isAfter(now)) {
            return "Valid-until must be in the future.";
        }
        return method == Method.RUN_INSTANCES && type == RequestType.ONE_TIME
                ? "RunInstances accepts valid-until only for persistent requests; leave it empty." : "";
    }

    /** Tags, one {@code key=value} per line; blank lines are skipped. */
    public static String tags(String text) {
        var lines = tagLines(text);
        if (lines.size() > MAX_TAGS) {
            return "At most " + MAX_TAGS + " tags.";
        }
        var seen = new java.util.HashSet<String>();
        for (var line : lines) {
            int eq = line.indexOf('=');
            var key = (eq < 0 ? line : line.substring(0, eq)).trim();
            var value = eq < 0 ? "" : line.substring(eq + 1).trim();
            if (key.isEmpty() || key.length() > 128) {
                return "A tag key is 1 to 128 characters: \"" + abbreviate(line) + "\".";
            }
            if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                return "Tag keys starting with aws: are reserved for AWS: \"" + abbreviate(key) + "\".";
            }
            if (value.length() > 256) {
                return "A tag value is at most 256 characters (key \"" + abbreviate(key) + "\").";
            }
            if (!seen.add(key)) {
                return "The tag key \"" + abbreviate(key) + "\" appears twice.";
            }
        }
        return "";
    }

    public static Map<String, String> parseTags(String text) {
        var tags = new LinkedHashMap<String, String>();
        for (var line : tagLines(text)) {
            int eq = line.indexOf('=');
            tags.put((eq < 0 ? line : line.substring(0, eq)).trim(), eq < 0 ? "" : line.substring(eq + 1).trim());
        }
        return tags;
    }

    public static List<String> splitIds(String text) {
        var ids = new ArrayList<String>();
        for (var part : (text == null ? "" : text).split("[,\\s]+")) {
            if (!part.isBlank() && !ids.contains(part.trim())) {
                ids.add(part.trim());
            }
        }
        return ids;
    }

    public static Integer parseCount(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Optional<Instant> parseValidUntil(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.trim(), VALID_UNTIL_FORMAT).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<String> tagLines(String text) {
        return (text == null ? "" : text).lines().filter(l -> !l.isBlank()).toList();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }
}
