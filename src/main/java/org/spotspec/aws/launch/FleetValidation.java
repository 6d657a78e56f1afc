package org.spotspec.aws.launch;

import java.util.regex.Pattern;

/**
 * The EC2 Fleet fields' rules beside {@link LaunchValidation}'s shared ones: each returns the
 * message to show next to the field, or {@code ""} when the value is acceptable.
 */
public final class FleetValidation {
    /** EC2 Fleet takes at most 300 overrides (types × subnets) per launch template config. */
    public static final int MAX_POOLS = 300;
    private static final Pattern TEMPLATE_ID = Pattern.compile("lt-([0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-zA-Z0-9().\\-/_]{3,128}");
    private static final Pattern VERSION = Pattern.compile("\\$Default|\\$Latest|[1-9][0-9]{0,9}");

    private FleetValidation() {
    }

    /** One or more types, comma- or space-separated. */
    public static String instanceTypes(String text) {
        var types = LaunchValidation.splitIds(text);
        if (types.isEmpty()) {
            return "Choose at least one instance type; several (e.g. m5.large,c5.large) give EC2 more pools.";
        }
        for (var type : types) {
            if (!LaunchValidation.instanceType(type).isEmpty()) {
                return "\"" + type + "\" is not an instance type such as m5.large.";
            }
        }
        return "";
    }

    /** Optional subnets; a zone list instead is checked by {@link #zones}. */
    public static String subnets(String text) {
        for (var id : LaunchValidation.splitIds(text)) {
            if (!LaunchValidation.subnet(id).isEmpty()) {
                return "\"" + id + "\" is not a subnet id (subnet- and 8 or 17 hex digits).";
            }
        }
        return "";
    }

    /** Optional zones, used only without subnets (a subnet fixes its zone). */
    public static String zones(String zonesText, String subnetsText) {
        var zones = LaunchValidation.splitIds(zonesText);
        if (!zones.isEmpty() && !LaunchValidation.splitIds(subnetsText).isEmpty()) {
            return "Subnets already fix the zones: give subnets or zones, not both.";
        }
        for (var zone : zones) {
            if (!LaunchValidation.zone(zone, "").isEmpty()) {
                return "\"" + zone + "\" is not an availability zone name such as eu-west-1a.";
            }
        }
        return "";
    }

    /** Types × places must stay within what one CreateFleet accepts. */
    public static String pools(String typesText, String subnetsText, String zonesText) {
        int places = Math.max(1, Math.max(LaunchValidation.splitIds(subnetsText).size(),
                LaunchValidation.splitIds(zonesText).size()));
        int pools = LaunchValidation.splitIds(typesText).size() * places;
        return pools <= MAX_POOLS ? "" : pools + " types × subnets; EC2 Fleet accepts at most " + MAX_POOLS + ".";
    }

    /** The on-demand part of the target capacity: 0 (all spot) up to the whole target. */
    public static String onDemandBase(String text, String countText) {
        var base = LaunchValidation.parseCount(text);
        var count = LaunchValidation.parseCount(countText);
        if (base == null || base < 0) {
            return "Enter a whole number of on-demand instances, 0 for none.";
        }
        return count == null || base <= count ? "" : "The on-demand base (" + base + ") cannot exceed the number "
                + "of instances (" + count + ").";
    }

    public static String strategy(String text) {
        return FleetSpec.Strategy.parse(text) != null ? ""
                : "Choose price-capacity-optimized (recommended), capacity-optimized or lowest-price.";
    }

    /** An existing template's id or name; {@code ""} (create one) is fine. */
    public static String launchTemplate(String text) {
        var t = text == null ? "" : text.trim();
        if (t.isEmpty() || TEMPLATE_ID.matcher(t).matches()) {
            return "";
        }
        if (t.startsWith("lt-")) {
            return "A launch template id is lt- and 17 hex digits (or give its name).";
        }
        return TEMPLATE_NAME.matcher(t).matches() ? ""
                : "A launch template name is 3 to 128 letters, digits and ( ) . - / _.";
    }

    public static String templateVersion(String text) {
        var v = text == null ? "" : text.trim();
        return VERSION.matcher(v).matches() ? "" : "A template version is $Default, $Latest or a version number.";
    }

    /**
     * With an existing template the launch fields come from it, so any given here would be ignored:
     * refuse them rather than surprise the user.
     *
     * @param given the name of the first launch field given, or {@code ""}
     */
    public static String templateFields(String templateText, String given) {
        var t = templateText == null ? "" : templateText.trim();
        return t.isEmpty() || given.isEmpty() ? ""
                : "The launch template fixes " + given + "; leave it out, or create a new template instead.";
    }
}
