package org.spotspec.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a RunInstances or RequestSpotInstances call asks for, read and checked like EC2 does;
 * {@code subnet} is null when EC2 may choose the zone, {@code maxPrice} null for the on-demand price.
 */
record LaunchSpec(Ec2Catalog.Image image, String instanceType, String keyName, List<Ec2Catalog.Group> groups,
                  Ec2Catalog.Subnet subnet, String userData, String instanceProfile, boolean spot, String maxPrice,
                  boolean persistent, String interruption, Instant validUntil, Map<String, String> requestTags,
                  Map<String, String> instanceTags, String clientToken, int minCount, int maxCount) {

    static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

    /** RunInstances: spot when {@code InstanceMarketOptions.MarketType=spot}. */
    static LaunchSpec runInstances(Ec2Form f, Ec2Catalog catalog, Instant now) {
        var min = required(f, "MinCount");
        var max = required(f, "MaxCount");
        if (min < 1) {
            throw Ec2Faults.fault("InvalidParameterValue", "Invalid value '" + min + "' for minCount. Must be greater than 0.");
        }
        if (max < min) {
            throw Ec2Faults.fault("InvalidParameterValue", "Invalid value '" + max
                    + "' for maxCount. Must be greater than or equal to minCount.");
        }
        var market = f.get("InstanceMarketOptions.MarketType");
        if (market != null && !market.equals("spot") && !market.equals("capacity-block")) {
            throw Ec2Faults.invalidValue(market, "InstanceMarketOptions.MarketType");
        }
        boolean spot = "spot".equals(market);
        var o = "InstanceMarketOptions.SpotOptions.";
        var zone = f.get("Placement.AvailabilityZone");
        var subnetId = f.get("SubnetId", f.get("NetworkInterface.1.SubnetId"));
        checkTagTypes(f, List.of("instance", "volume", "spot-instances-request", "network-interface"));
        return build(f, catalog, now, "", subnetId, zone, spot, spot ? f.get(o + "MaxPrice") : null,
                spot ? f.get(o + "SpotInstanceType", "one-time") : "one-time",
                spot ? f.get(o + "InstanceInterruptionBehavior", "terminate") : "terminate",
                spot ? f.instant(o + "ValidUntil") : null,
                spot ? f.tags("spot-instances-request") : Map.of(), f.tags("instance"), min, max);
    }

    /** RequestSpotInstances: its {@code LaunchSpecification.*} and the request's own options. */
    static LaunchSpec requestSpotInstances(Ec2Form f, Ec2Catalog catalog, Instant now) {
        var count = f.integer("InstanceCount");
        if (count != null && count < 1) {
            throw Ec2Faults.fault("InvalidParameterValue", "Invalid value '" + count
                    + "' for instanceCount. Must be greater than 0.");
        }
        checkTagTypes(f, List.of("spot-instances-request"));
        var l = "LaunchSpecification.";
        return build(f, catalog, now, l, f.get(l + "SubnetId", f.get(l + "NetworkInterface.1.SubnetId")),
                f.get(l + "Placement.AvailabilityZone"), true, f.get("SpotPrice"), f.get("Type", "one-time"),
                f.get("InstanceInterruptionBehavior", "terminate"), f.instant("ValidUntil"),
                f.tags("spot-instances-request"), Map.of(), count == null ? 1 : count, count == null ? 1 : count);
    }

    private static LaunchSpec build(Ec2Form f, Ec2Catalog catalog, Instant now, String p, String subnetId, String zone,
                                    boolean spot, String price, String type, String interruption, Instant validUntil,
                                    Map<String, String> requestTags, Map<String, String> instanceTags, int min,
                                    int max) {
        var imageId = f.get(p + "ImageId");
        if (imageId == null) {
            throw Ec2Faults.missing("ImageId");
        }
        var image = catalog.image(imageId);
        var instanceType = f.get(p + "InstanceType");
        if (instanceType == null) {
            throw Ec2Faults.missing("InstanceType");
        }
        if (!LocalAws.INSTANCE_TYPES.contains(instanceType)) {
            throw Ec2Faults.fault("InvalidParameterValue", "Invalid value '" + instanceType + "' for InstanceType.");
        }
        if (!image.arch().equals("x86_64")) {
            throw Ec2Faults.fault("InvalidParameterValue", "The architecture 'x86_64' of the specified instance type "
                    + "does not match the architecture '" + image.arch() + "' of the specified AMI. Specify an "
                    + "instance type and an AMI that have matching architectures, and try again.");
        }
        var keyName = f.get(p + "KeyName");
        if (keyName != null) {
            catalog.keyPair(keyName);
        }
        var groups = new ArrayList<Ec2Catalog.Group>();
        f.list(p + "SecurityGroupId").forEach(id -> groups.add(catalog.groupById(id)));
        f.list(p + "SecurityGroup").forEach(name -> groups.add(catalog.groupByName(name)));
        if (groups.isEmpty()) {
            groups.add(catalog.groups.get(0));
        }
        var subnet = subnetId != null ? catalog.subnet(subnetId) : zone != null ? catalog.subnetInZone(zone) : null;
        if (subnetId != null && zone != null && !subnet.zone().equals(zone)) {
            throw Ec2Faults.fault("InvalidParameterCombination", "The specified subnet " + subnetId
                    + " is not in the specified availability zone " + zone + ".");
        }
        if (price != null) {
            try {
                if (new BigDecimal(price).signum() <= 0) {
                    throw new NumberFormatException(price);
                }
            } catch (NumberFormatException e) {
                throw Ec2Faults.invalidValue(price, "SpotPrice");
            }
        }
        if (!type.equals("one-time") && !type.equals("persistent")) {
            throw Ec2Faults.invalidValue(type, "SpotInstanceType");
        }
        if (!interruption.matches("terminate|stop|hibernate")) {
            throw Ec2Faults.invalidValue(interruption, "InstanceInterruptionBehavior");
        }
        if (!interruption.equals("terminate") && type.equals("one-time")) {
            throw Ec2Faults.fault("InvalidParameterCombination", "The instance interruption behavior '" + interruption
                    + "' is supported only for persistent Spot requests.");
        }
        if (validUntil != null && !validUntil.isAfter(now)) {
            throw Ec2Faults.fault("InvalidParameterValue", "The value for ValidUntil (" + validUntil
                    + ") must be later than the current time.");
        }
        var profile = f.get(p + "IamInstanceProfile.Arn", f.get(p + "IamInstanceProfile.Name"));
        return new LaunchSpec(image, instanceType, keyName, List.copyOf(groups), subnet, f.get(p + "UserData"), profile,
                spot, price, type.equals("persistent"), interruption,
                spot ? (validUntil != null ? validUntil : now.plus(DEFAULT_VALIDITY)) : null, Map.copyOf(requestTags),
                Map.copyOf(instanceTags), f.get("ClientToken"), min, max);
    }

    private static int required(Ec2Form f, String name) {
        var value = f.integer(name);
        if (value == null) {
            throw Ec2Faults.missing(name);
        }
        return value;
    }

    private static void checkTagTypes(Ec2Form f, List<String> allowed) {
        for (var type : f.tagResourceTypes()) {
            if (!allowed.contains(type)) {
                throw Ec2Faults.fault("InvalidParameterValue", "'" + type
                        + "' is not a valid taggable resource type for this operation.");
            }
        }
    }

    /** The most this launch pays an hour: its max price, or the type's on-demand price. */
    BigDecimal priceCap() {
        return maxPrice != null ? new BigDecimal(maxPrice) : new BigDecimal(onDemand(instanceType));
    }

    /** A plausible on-demand price of {@code type} ($0.096 an m5.large). */
    static String onDemand(String type) {
        return String.format(java.util.Locale.ROOT, "%.6f", 0.096 * SpotPriceGenerator.units(type));
    }
}
