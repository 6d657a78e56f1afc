package org.spotspec.aws.launch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An EC2 Fleet (type {@code instant}) launch, already validated: several instance types × several
 * subnets (or zones), a target capacity of which {@code onDemandBase} instances are on-demand and
 * the rest spot. Either SpotSpec creates the launch template from the launch fields (image, key,
 * groups, user data, profile), or {@code launchTemplate} names one the user already has; then
 * those fields are {@code ""}/empty. Every optional text is {@code ""} when not given.
 *
 * @param maxPrice        $ per instance-hour for spot, {@code ""} for the spot price capped at on-demand
 * @param launchTemplate  an existing template's id ({@code lt-…}) or name; {@code ""} to create one
 * @param templateVersion the existing template's version ({@code $Default}, {@code $Latest} or a number)
 */
public record FleetSpec(String imageId, List<String> instanceTypes, List<String> subnetIds, List<String> zones,
                        int targetCapacity, int onDemandBase, Strategy strategy, String maxPrice, String keyName,
                        List<String> securityGroupIds, String userData, String instanceProfile,
                        Map<String, String> tags, String launchTemplate, String templateVersion) {

    /** The spot allocation strategies EC2 Fleet offers SpotSpec's users. */
    public enum Strategy {
        /** AWS's recommendation: deep pools first, then the lowest price among them. */
        PRICE_CAPACITY_OPTIMIZED,
        /** The deepest pools, whatever their price: fewest interruptions. */
        CAPACITY_OPTIMIZED,
        /** The cheapest pools, however shallow: most interruptions. */
        LOWEST_PRICE;

        /** As EC2 (and the command line) spell it, e.g. {@code price-capacity-optimized}. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The strategy {@code text} names (any case, - or _), or null. */
        public static Strategy parse(String text) {
            var t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (var s : values()) {
                if (s.name().equals(t)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** Where one launch may go: a type in a subnet or zone (both {@code ""} to let EC2 choose). */
    public record Pool(String instanceType, String subnetId, String zone) {
        public String label() {
            var where = !subnetId.isEmpty() ? subnetId : zone;
            return instanceType + (where.isEmpty() ? "" : " in " + where);
        }
    }

    public FleetSpec {
        instanceTypes = List.copyOf(instanceTypes);
        subnetIds = List.copyOf(subnetIds);
        zones = List.copyOf(zones);
        securityGroupIds = List.copyOf(securityGroupIds);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    public boolean createsTemplate() {
        return launchTemplate.isEmpty();
    }

    public boolean hasMaxPrice() {
        return !maxPrice.isEmpty();
    }

    /** Every type × every subnet (or zone), in the order given: the fleet's overrides. */
    public List<Pool> pools() {
        var pools = new ArrayList<Pool>();
        for (var type : instanceTypes) {
            if (!subnetIds.isEmpty()) {
                subnetIds.forEach(s -> pools.add(new Pool(type, s, "")));
            } else if (!zones.isEmpty()) {
                zones.forEach(z -> pools.add(new Pool(type, "", z)));
            } else {
                pools.add(new Pool(type, "", ""));
            }
        }
        return pools;
    }

    @Override
    public String toString() {
        // The user data may hold secrets: its size only.
        return "FleetSpec[" + targetCapacity + " (on-demand base " + onDemandBase + ") of " + instanceTypes + " in "
                + (subnetIds.isEmpty() ? zones : subnetIds) + ", " + strategy.wire() + ", max price "
                + (hasMaxPrice() ? maxPrice : "spot price") + ", " + (createsTemplate() ? "image " + imageId + ", key "
                + keyName + ", groups " + securityGroupIds + ", profile " + instanceProfile
                : "template " + launchTemplate + " " + templateVersion) + ", tags " + tags.keySet() + ", user data "
                + userData.getBytes(StandardCharsets.UTF_8).length + " bytes]";
    }
}
