package org.spotspec.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spotspec.testing.AwsXml;

/**
 * GetSpotPlacementScores of {@link LocalAws}: deterministic scores (so tests can predict them with
 * {@link #score}), EC2's top 10 only, paging, and the account's cap of {@value #CONFIG_LIMIT} new
 * configurations per 24 hours ({@code MaxConfigLimitExceeded}), so a trial can hit it.
 */
public final class LocalPlacementScores {
    public static final String ACTION = "GetSpotPlacementScores";
    /** New configurations (types or requirements, capacity, unit, zone setting) an account may score per 24 h. */
    public static final int CONFIG_LIMIT = 10;
    /** Above this many instances EC2 says the capacity exceeds what recent usage allows. */
    public static final int USAGE_LIMIT_UNITS = 500;
    /** The regions scored when a request names none. */
    public static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "ca-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "ap-south-1",
            "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1");
    private static final int TOP = 10;
    private static final Duration WINDOW = Duration.ofHours(24);
    private static final String NEEDS = "InstanceRequirementsWithMetadata.InstanceRequirements.";

    private final Clock clock;
    /** Configuration → when it was first scored, within the window. */
    private final Map<String, Instant> configurations = new HashMap<>();

    public LocalPlacementScores(Clock clock) {
        this.clock = clock;
    }

    /**
     * The score {@code what} (sorted types joined with commas, or the requirements) gets for
     * {@code capacity} of {@code unit} in {@code region}, or in its zone {@code zoneId} ("" for the region).
     */
    public static int score(String what, int capacity, String unit, String region, String zoneId) {
        long h = SpotPriceGenerator.mix(SpotPriceGenerator.hash(what + "|" + unit + "|" + region + "|" + zoneId));
        int base = 1 + (int) Math.floorMod(h, 10L);
        return Math.max(1, base - capacity / 200);
    }

    /** The body of the answer (score set and nextToken). */
    synchronized String handle(Map<String, String> params) {
        var f = new Ec2Form(params);
        var what = what(f);
        var capacity = f.integer("TargetCapacity");
        if (capacity == null) {
            throw Ec2Faults.missing("TargetCapacity");
        }
        var unit = f.get("TargetCapacityUnitType", "units");
        checkValues(f, capacity, unit);
        boolean perZone = "true".equalsIgnoreCase(f.get("SingleAvailabilityZone"));
        count(what + "|" + capacity + "|" + unit + "|" + perZone);
        var regions = f.list("RegionName").isEmpty() ? REGIONS : f.list("RegionName");
        var items = new ArrayList<Scored>();
        for (var region : regions) {
            if (perZone) {
                for (int i = 0; i < 3; i++) {
                    var zone = LocalAws.zoneId(region, i);
                    items.add(new Scored(region, zone, score(what, capacity, unit, region, zone)));
                }
            } else {
                items.add(new Scored(region, "", score(what, capacity, unit, region, "")));
            }
        }
        items.sort(Comparator.comparingInt(Scored::score).reversed().thenComparing(Scored::region)
                .thenComparing(Scored::zoneId));
        var page = f.page("scores", items.subList(0, Math.min(TOP, items.size())));
        var out = new StringBuilder("<spotPlacementScoreSet>");
        page.items().forEach(s -> out.append(s.xml()));
        return out.append("</spotPlacementScoreSet>").append(page.tokenXml()).toString();
    }

    private record Scored(String region, String zoneId, int score) {
        String xml() {
            return "<item><region>" + AwsXml.escape(region) + "</region>" + (zoneId.isEmpty() ? ""
                    : "<availabilityZoneId>" + zoneId + "</availabilityZoneId>") + "<score>" + score + "</score></item>";
        }
    }

    private static String what(Ec2Form f) {
        var types = f.list("InstanceType");
        boolean needs = f.has(NEEDS + "VCpuCount.Min");
        if (types.isEmpty() == !needs) {
            throw Ec2Faults.fault("InvalidParameterCombination",
                    "Exactly one of InstanceTypes or InstanceRequirementsWithMetadata must be specified.");
        }
        for (var type : types) {
            if (!LocalAws.INSTANCE_TYPES.contains(type)) {
                throw Ec2Faults.invalidValue(type, "InstanceType");
            }
        }
        return needs ? "vcpu " + f.get(NEEDS + "VCpuCount.Min") + "-" + f.get(NEEDS + "VCpuCount.Max", "")
                + " mib " + f.get(NEEDS + "MemoryMiB.Min", "0") + "-" + f.get(NEEDS + "MemoryMiB.Max", "")
                : String.join(",", types.stream().distinct().sorted().toList());
    }

    private static void checkValues(Ec2Form f, int capacity, String unit) {
        if (!List.of("units", "vcpu", "memory-mib").contains(unit)) {
            throw Ec2Faults.invalidValue(unit, "TargetCapacityUnitType");
        }
        if (capacity < 1 || ("units".equals(unit) && capacity > USAGE_LIMIT_UNITS)) {
            throw Ec2Faults.fault("InvalidParameterValue", "The target capacity " + capacity + " is not valid: it "
                    + "exceeds the limit based on your recent Spot usage.");
        }
        var max = f.integer("MaxResults");
        if (max != null && (max < 10 || max > 1000)) {
            throw Ec2Faults.invalidValue(String.valueOf(max), "MaxResults");
        }
    }

    /** Counts a configuration; one over the cap within the window is refused, as EC2 does. */
    private void count(String configuration) {
        var now = clock.instant();
        configurations.values().removeIf(first -> !first.plus(WINDOW).isAfter(now));
        if (!configurations.containsKey(configuration) && configurations.size() >= CONFIG_LIMIT) {
            throw Ec2Faults.fault("MaxConfigLimitExceeded", "You have exceeded the maximum number of configurations ("
                    + CONFIG_LIMIT + ") allowed in a rolling 24-hour period.");
        }
        configurations.putIfAbsent(configuration, now);
    }
}
