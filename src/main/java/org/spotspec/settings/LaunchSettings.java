package org.spotspec.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Launch form's choices as remembered between runs: those that mean the same in every region,
 * and per region those that exist in one region only (AMIs, key pairs, security groups, subnets).
 * User data and tags are deliberately absent: scripts and tags can carry secrets.
 *
 * @param method          the API's enum name, {@code ""} if never launched
 * @param count           as typed
 * @param requestType     the request type's enum name
 * @param interruption    the interruption behaviour's enum name
 * @param instanceProfile IAM instance profile name or ARN (IAM is global, so not per region)
 * @param regions         per region, most recently used first, at most {@value #MAX_REGIONS}
 * @param fleet           the EC2 Fleet way's choices that mean the same in every region
 */
public record LaunchSettings(String method, String count, String requestType, String interruption,
                             String instanceProfile, List<RegionChoices> regions, FleetChoices fleet) {
    /** Enough for anyone's regions; bounds the file for someone who tries them all. */
    public static final int MAX_REGIONS = 20;
    /** A region id is also part of a settings key, so only letters, digits and dashes. */
    private static final Pattern REGION_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    public LaunchSettings {
        method = blankIfNull(method);
        count = blankIfNull(count);
        requestType = blankIfNull(requestType);
        interruption = blankIfNull(interruption);
        instanceProfile = blankIfNull(instanceProfile);
        regions = bounded(regions);
        fleet = fleet == null ? FleetChoices.none() : fleet;
    }

    /** Without EC2 Fleet choices (none remembered). */
    public LaunchSettings(String method, String count, String requestType, String interruption,
                          String instanceProfile, List<RegionChoices> regions) {
        this(method, count, requestType, interruption, instanceProfile, regions, FleetChoices.none());
    }

    public static LaunchSettings none() {
        return new LaunchSettings("", "", "", "", "", List.of());
    }

    public static boolean isRegionId(String region) {
        return region != null && REGION_ID.matcher(region).matches();
    }

    /** What was last launched in {@code region}, if anything. */
    public Optional<RegionChoices> forRegion(String region) {
        return regions.stream().filter(r -> r.region().equals(region)).findFirst();
    }

    /** These settings with {@code choices} as the most recent region, replacing that region's old ones. */
    public LaunchSettings withRegionChoices(RegionChoices choices) {
        var next = new ArrayList<RegionChoices>();
        next.add(choices);
        next.addAll(regions);
        return new LaunchSettings(method, count, requestType, interruption, instanceProfile, next, fleet);
    }

    // First of each region wins (the list is most recent first); bad ids and the oldest go.
    private static List<RegionChoices> bounded(List<RegionChoices> regions) {
        if (regions == null) {
            return List.of();
        }
        var seen = new HashSet<String>();
        return regions.stream().filter(r -> r != null && isRegionId(r.region()) && seen.add(r.region()))
                .limit(MAX_REGIONS).toList();
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    /**
     * The EC2 Fleet way's choices that are not region's own, as typed (subnets, zones and launch
     * templates are one region's, so they are not kept).
     *
     * @param chosen       whether the Fleet way was the one last used
     * @param types        the instance types, comma-separated
     * @param strategy     the allocation strategy's enum name
     * @param onDemandBase the on-demand base capacity
     */
    public record FleetChoices(boolean chosen, String types, String strategy, String onDemandBase) {
        public FleetChoices {
            types = blankIfNull(types);
            strategy = blankIfNull(strategy);
            onDemandBase = blankIfNull(onDemandBase);
        }

        public static FleetChoices none() {
            return new FleetChoices(false, "", "", "");
        }
    }

    /**
     * One region's choices. {@code pairName} is the key pair's name (public: EC2 keeps only the
     * public half), named so that a key-shaped name in the file still stands out as suspicious.
     */
    public record RegionChoices(String region, String imageId, String instanceType, String maxPrice,
                                String pairName, List<String> securityGroups, String subnet, String zone) {
        public RegionChoices {
            region = blankIfNull(region);
            imageId = blankIfNull(imageId);
            instanceType = blankIfNull(instanceType);
            maxPrice = blankIfNull(maxPrice);
            pairName = blankIfNull(pairName);
            securityGroups = securityGroups == null ? List.of() : List.copyOf(securityGroups);
            subnet = blankIfNull(subnet);
            zone = blankIfNull(zone);
        }
    }
}
