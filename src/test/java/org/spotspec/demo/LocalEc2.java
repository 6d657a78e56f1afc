package org.spotspec.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.spotspec.testing.AwsXml;

/**
 * The stateful part of {@link LocalAws}'s EC2: launches, spot requests and instances per region,
 * seeded on a region's first call and moved on by {@code clock}. One lock guards everything.
 */
final class LocalEc2 {
    static final Set<String> ACTIONS = Set.of("DescribeImages", "DescribeKeyPairs", "DescribeSecurityGroups",
            "DescribeSubnets", "RunInstances", "RequestSpotInstances", "DescribeSpotInstanceRequests",
            "DescribeInstances", "CancelSpotInstanceRequests", "TerminateInstances", "CreateLaunchTemplate",
            "CreateFleet", "GetInstanceTypesFromInstanceRequirements", Ec2Interruptions.ACTION);

    private final Clock clock;
    /** Instance types EC2 Fleet finds no capacity for: each pool of them answers InsufficientInstanceCapacity. */
    private final Set<String> noCapacity;
    private final Map<String, Ec2Region> regions = new HashMap<>();

    LocalEc2(Clock clock, Set<String> noCapacity) {
        this.clock = clock;
        this.noCapacity = Set.copyOf(noCapacity);
    }

    /** {@code digits} lowercase hex digits derived from {@code seed}. */
    static String hex(String seed, int digits) {
        long h = SpotPriceGenerator.hash(seed);
        return String.format("%016x%016x", SpotPriceGenerator.mix(h), SpotPriceGenerator.mix(h + 1))
                .substring(0, digits);
    }

    /** The body of the answer to {@code action} (one of {@link #ACTIONS}) in {@code regionName}. */
    synchronized String handle(String action, Map<String, String> params, String regionName) {
        var f = new Ec2Form(params);
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // EC2's times are whole seconds
        var region = regions.computeIfAbsent(regionName, name -> {
            var fresh = new Ec2Region(name);
            fresh.seed(now);
            return fresh;
        });
        region.advance(now);
        var catalog = region.catalog;
        return switch (action) {
            case "DescribeImages" -> describe(f, () -> catalog.describeImages(f));
            case "DescribeKeyPairs" -> describe(f, () -> catalog.describeKeyPairs(f));
            case "DescribeSecurityGroups" -> describe(f, () -> catalog.describeSecurityGroups(f));
            case "DescribeSubnets" -> describe(f, () -> catalog.describeSubnets(f));
            case "DescribeSpotInstanceRequests" -> describe(f, () -> describeRequests(f, region));
            case "DescribeInstances" -> describe(f, () -> describeInstances(f, region));
            case "RunInstances" -> runInstances(f, region, now, noCapacity);
            case "RequestSpotInstances" -> requestSpotInstances(f, region, now, noCapacity);
            case "CancelSpotInstanceRequests" -> cancel(f, region, now);
            case "TerminateInstances" -> terminate(f, region, now);
            case "CreateLaunchTemplate" -> Ec2Templates.create(f, region, now);
            case "CreateFleet" -> Ec2Fleet.create(f, region, now, noCapacity);
            case "GetInstanceTypesFromInstanceRequirements" -> Ec2TypeSizes.fromRequirements(f);
            case Ec2Interruptions.ACTION -> Ec2Interruptions.interrupt(f, region, now);
            default -> throw new IllegalArgumentException(action);
        };
    }

    /** The AMI ids {@code regionName} offers (its catalog is fixed, so no call is needed). */
    List<String> imageIds(String regionName) {
        return new Ec2Catalog(regionName).images.stream().map(Ec2Catalog.Image::id).toList();
    }

    /** The subnet ids of {@code regionName}, zone a first. */
    List<String> subnetIds(String regionName) {
        return new Ec2Catalog(regionName).subnets.stream().map(Ec2Catalog.Subnet::id).toList();
    }

    /** Each instance (with {@code requests}: each spot request) of {@code regionName} → its state, as of the clock. */
    synchronized Map<String, String> states(String regionName, boolean requests) {
        var region = regions.get(regionName);
        if (region == null) {
            return Map.of();
        }
        region.advance(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        var out = new LinkedHashMap<String, String>();
        if (requests) {
            region.requests.values().forEach(r -> out.put(r.id, r.state));
        } else {
            region.instances.values().forEach(i -> out.put(i.id, i.state));
        }
        return out;
    }

    private static String describe(Ec2Form f, Supplier<String> answer) {
        var body = answer.get(); // checks the ids and filters first
        if (f.dryRun()) {
            throw Ec2Faults.dryRun();
        }
        return body;
    }

    private static String describeRequests(Ec2Form f, Ec2Region region) {
        var ids = Ec2Faults.IdKind.REQUEST.existing(f, region.requests.keySet(), false);
        var filters = f.filters();
        var found = new ArrayList<SpotRequest>();
        for (var r : region.requests.values()) {
            var a = new HashMap<String, String>();
            a.put("spot-instance-request-id", r.id);
            a.put("state", r.state);
            a.put("status-code", r.statusCode);
            a.put("type", r.persistent ? "persistent" : "one-time");
            a.put("instance-id", r.instanceId);
            a.put("launched-availability-zone", r.launchedZone);
            a.put("launch.instance-type", r.spec.instanceType());
            a.put("launch.image-id", r.spec.image().id());
            a.put("launch.key-name", r.spec.keyName());
            a.put("product-description", Ec2Region.PRODUCT);
            a.put("instance-interruption-behavior", r.spec.interruption());
            if ((ids.isEmpty() || ids.contains(r.id)) && Ec2Form.matches(filters, a, r.tags())) {
                found.add(r);
            }
        }
        var page = f.page("requests", found);
        var out = new StringBuilder("<spotInstanceRequestSet>");
        page.items().forEach(r -> out.append(Ec2Xml.request(r)));
        return out.append("</spotInstanceRequestSet>").append(page.tokenXml()).toString();
    }

    private static String describeInstances(Ec2Form f, Ec2Region region) {
        var ids = Ec2Faults.IdKind.INSTANCE.existing(f, region.instances.keySet(), false);
        if (!ids.isEmpty() && f.has("MaxResults")) {
            throw Ec2Faults.fault("InvalidParameterCombination",
                    "The parameter instancesSet cannot be used with the parameter maxResults");
        }
        var filters = f.filters();
        var found = new ArrayList<Ec2Instance>();
        for (var i : region.instances.values()) {
            var a = new HashMap<String, String>();
            a.put("instance-id", i.id);
            a.put("instance-state-name", i.state);
            a.put("instance-type", i.spec.instanceType());
            a.put("instance-lifecycle", i.requestId == null ? null : "spot");
            a.put("spot-instance-request-id", i.requestId);
            a.put("availability-zone", i.zone);
            a.put("image-id", i.spec.image().id());
            a.put("key-name", i.spec.keyName());
            a.put("reservation-id", i.reservationId);
            a.put("subnet-id", i.subnet.id());
            a.put("vpc-id", i.subnet.vpcId());
            a.put("private-ip-address", i.privateIp);
            a.put("client-token", i.spec.clientToken());
            a.put("instance-state-code", String.valueOf(AwsXml.instanceStateCode(i.state)));
            if ((ids.isEmpty() || ids.contains(i.id)) && Ec2Form.matches(filters, a, i.spec.instanceTags())) {
                found.add(i);
            }
        }
        var page = f.page("instances", found);
        var byReservation = new LinkedHashMap<String, List<Ec2Instance>>();
        page.items().forEach(i -> byReservation.computeIfAbsent(i.reservationId, k -> new ArrayList<>()).add(i));
        var out = new StringBuilder("<reservationSet>");
        byReservation.forEach((id, list) -> out.append("<item>").append(Ec2Xml.reservation(id, list, region.region))
                .append("</item>"));
        return out.append("</reservationSet>").append(page.tokenXml()).toString();
    }

    /** The answer a ClientToken already got, or null; a token reused with other parameters fails. */
    static String replay(Ec2Form f, Ec2Region region, String action) {
        var token = f.get("ClientToken");
        var known = token == null ? null : region.tokens.get(action + "|" + token);
        if (known != null && !known[0].equals(f.fingerprint())) {
            throw Ec2Faults.fault("IdempotentParameterMismatch", "The client token '" + token
                    + "' has already been used with different parameters.");
        }
        return known == null ? null : known[1];
    }

    static String remember(Ec2Form f, Ec2Region region, String action, String body) {
        var token = f.get("ClientToken");
        if (token != null) {
            region.tokens.put(action + "|" + token, new String[] {f.fingerprint(), body});
        }
        return body;
    }

    private static String runInstances(Ec2Form f, Ec2Region region, Instant now, Set<String> noCapacity) {
        var spec = LaunchSpec.runInstances(f, region.catalog, now);
        var replayed = replay(f, region, "RunInstances");
        if (replayed != null && !f.dryRun()) {
            return replayed;
        }
        var subnet = spec.spot() ? region.affordableNow(spec, now)
                : spec.subnet() != null ? spec.subnet() : region.catalog.subnets.get(0);
        int count = spec.maxCount();
        if (spec.spot()) {
            int free = Ec2Region.SPOT_QUOTA - region.spotInUse();
            if (free < spec.minCount()) {
                region.checkQuota(spec.minCount());
            }
            count = Math.min(count, free);
        }
        if (f.dryRun()) {
            throw Ec2Faults.dryRun();
        }
        if (noCapacity.contains(spec.instanceType())) {
            // A dry run checks permissions only; capacity is found missing when EC2 tries to launch.
            throw Ec2Faults.fault("InsufficientInstanceCapacity", "We currently do not have sufficient "
                    + spec.instanceType() + " capacity in the Availability Zone you requested (" + subnet.zone()
                    + "). Our system will be working on provisioning additional capacity. You can currently get "
                    + spec.instanceType() + " capacity by not specifying an Availability Zone in your request or "
                    + "choosing a different Availability Zone.");
        }
        var reservationId = region.newId("r", 17);
        var launched = new ArrayList<Ec2Instance>();
        for (int k = 0; k < count; k++) {
            SpotRequest request = spec.spot() ? region.newRequest(spec, now) : null;
            var instance = region.launch(spec, subnet, reservationId, k, request == null ? null : request.id, now);
            if (request != null) {
                request.instanceId = instance.id;
                request.launchedZone = subnet.zone();
                request.status("active", "fulfilled", "Your spot request is fulfilled.", now);
            }
            launched.add(instance);
        }
        return remember(f, region, "RunInstances", Ec2Xml.reservation(reservationId, launched, region.region));
    }

    private static String requestSpotInstances(Ec2Form f, Ec2Region region, Instant now, Set<String> noCapacity) {
        var spec = LaunchSpec.requestSpotInstances(f, region.catalog, now);
        var replayed = replay(f, region, "RequestSpotInstances");
        if (replayed != null && !f.dryRun()) {
            return replayed;
        }
        region.checkQuota(spec.maxCount());
        if (f.dryRun()) {
            throw Ec2Faults.dryRun();
        }
        var out = new StringBuilder("<spotInstanceRequestSet>");
        for (int k = 0; k < spec.maxCount(); k++) {
            var request = region.newRequest(spec, now);
            if (noCapacity.contains(spec.instanceType())) {
                // Stays open, as EC2's does, until capacity comes back or the user cancels it.
                request.noCapacity = true;
                request.status("open", "capacity-not-available", "There is no Spot capacity available that matches "
                        + "your request.", now);
            }
            out.append(Ec2Xml.request(request));
        }
        return remember(f, region, "RequestSpotInstances", out.append("</spotInstanceRequestSet>").toString());
    }

    private static String cancel(Ec2Form f, Ec2Region region, Instant now) {
        var ids = Ec2Faults.IdKind.REQUEST.existing(f, region.requests.keySet(), true);
        if (f.dryRun()) {
            throw Ec2Faults.dryRun();
        }
        var out = new StringBuilder("<spotInstanceRequestSet>");
        for (var r : region.cancel(ids, now)) {
            out.append(AwsXml.cancelledRequest(r.id, r.state));
        }
        return out.append("</spotInstanceRequestSet>").toString();
    }

    private static String terminate(Ec2Form f, Ec2Region region, Instant now) {
        // All or nothing, like EC2: one unknown id fails the call and none is terminated.
        var ids = Ec2Faults.IdKind.INSTANCE.existing(f, region.instances.keySet(), true);
        if (f.dryRun()) {
            throw Ec2Faults.dryRun();
        }
        var out = new StringBuilder("<instancesSet>");
        for (var change : region.terminate(ids, now)) {
            out.append(AwsXml.stateChange(change.instance().id, change.instance().state, change.previous()));
        }
        return out.append("</instancesSet>").toString();
    }
}
