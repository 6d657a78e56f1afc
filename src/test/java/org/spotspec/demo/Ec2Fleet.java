package org.spotspec.demo;

import static org.spotspec.testing.AwsXml.escape;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LocalAws's CreateFleet, type {@code instant} only: the on-demand base goes to the cheapest
 * pool with capacity; the spot rest to the cheapest (lowest-price) or is spread one by one over
 * the pools with capacity, cheapest first (capacity-optimized, price-capacity-optimized: real EC2
 * weighs pool depth, which a simulator does not have). A pool whose type is in {@code noCapacity}
 * answers {@code InsufficientInstanceCapacity}, so a trial can force a partial launch.
 */
final class Ec2Fleet {
    private static final String CONFIG = "LaunchTemplateConfigs.1.";

    /** One override: where instances may go, and the override's text to echo in the answer. */
    private record Pool(String type, Ec2Catalog.Subnet subnet, String maxPrice, String overridesXml) {
    }

    private record Result(Pool pool, String lifecycle, List<String> ids, String code, String message) {
    }

    private final Ec2Form f;
    private final Ec2Region region;
    private final Instant now;
    private final Set<String> noCapacity;
    private final List<Result> results = new ArrayList<>();

    private Ec2Fleet(Ec2Form f, Ec2Region region, Instant now, Set<String> noCapacity) {
        this.f = f;
        this.region = region;
        this.now = now;
        this.noCapacity = noCapacity;
    }

    static String create(Ec2Form f, Ec2Region region, Instant now, Set<String> noCapacity) {
        var replayed = LocalEc2.replay(f, region, "CreateFleet");
        if (replayed != null && !f.dryRun()) {
            return replayed;
        }
        return LocalEc2.remember(f, region, "CreateFleet", new Ec2Fleet(f, region, now, noCapacity).launch());
    }

    private String launch() {
        if (!"instant".equals(f.get("Type"))) {
            throw Ec2Faults.fault("InvalidParameterValue", "LocalAws simulates only fleets of Type instant.");
        }
        var lt = CONFIG + "LaunchTemplateSpecification.";
        var template = Ec2Templates.find(region, f.get(lt + "LaunchTemplateId"), f.get(lt + "LaunchTemplateName"));
        var version = f.get(lt + "Version", "$Default");
        var total = f.integer("TargetCapacitySpecification.TotalTargetCapacity");
        if (total == null) {
            throw Ec2Faults.missing("TargetCapacitySpecification.TotalTargetCapacity");
        }
        int onDemand = f.integer("TargetCapacitySpecification.OnDemandTargetCapacity") == null ? 0
                : f.integer("TargetCapacitySpecification.OnDemandTargetCapacity");
        if (total < 1 || onDemand < 0 || onDemand > total) {
            throw Ec2Faults.fault("InvalidTargetCapacitySpecification", "The on-demand target capacity must be "
                    + "between 0 and the total target capacity, which must be at least 1.");
        }
        var pools = pools(template, templateXml(template, version));
        var strategy = f.get("SpotOptions.AllocationStrategy", "lowest-price");
        if (!strategy.matches("lowest-price|diversified|capacity-optimized|capacity-optimized-prioritized"
                + "|price-capacity-optimized")) {
            throw Ec2Faults.invalidValue(strategy, "SpotOptions.AllocationStrategy");
        }
        var image = region.catalog.image(template.imageId());
        if (f.dryRun()) {
            throw Ec2Faults.dryRun();
        }
        var reservationId = region.newId("r", 17);
        var usable = usable(pools, onDemand > 0, total > onDemand);
        place(usable, onDemand, false, false, template, image, reservationId);
        int spot = Math.min(total - onDemand, Math.max(0, Ec2Region.SPOT_QUOTA - region.spotInUse()));
        if (spot < total - onDemand && !usable.isEmpty()) {
            results.add(new Result(usable.get(0), "spot", List.of(), "MaxSpotInstanceCountExceeded",
                    "Max spot instance count exceeded"));
        }
        place(usable, spot, true, !strategy.equals("lowest-price"), template, image, reservationId);
        return answer();
    }

    /** Every override, checked; a bad type fails only its pool, an unknown subnet the whole call. */
    private List<Pool> pools(Ec2Templates.Template template, String templateXml) {
        var pools = new ArrayList<Pool>();
        for (int n = 1; f.has(CONFIG + "Overrides." + n + ".InstanceType") || f.has(CONFIG + "Overrides." + n
                + ".SubnetId"); n++) {
            var o = CONFIG + "Overrides." + n + ".";
            var type = f.get(o + "InstanceType", template.instanceType());
            var subnetId = f.get(o + "SubnetId");
            var zone = f.get(o + "AvailabilityZone");
            var subnet = subnetId != null ? region.catalog.subnet(subnetId)
                    : zone != null ? region.catalog.subnetInZone(zone) : null;
            var xml = new StringBuilder("<launchTemplateAndOverrides>").append(templateXml).append("<overrides>");
            xml.append("<instanceType>").append(escape(type)).append("</instanceType>");
            if (subnetId != null) {
                xml.append("<subnetId>").append(subnetId).append("</subnetId>");
            }
            if (zone != null) {
                xml.append("<availabilityZone>").append(escape(zone)).append("</availabilityZone>");
            }
            if (f.has(o + "MaxPrice")) {
                xml.append("<maxPrice>").append(escape(f.get(o + "MaxPrice"))).append("</maxPrice>");
            }
            pools.add(new Pool(type, subnet, f.get(o + "MaxPrice"), xml.append("</overrides>")
                    .append("</launchTemplateAndOverrides>").toString()));
        }
        if (pools.isEmpty() || pools.stream().anyMatch(p -> p.type() == null)) {
            throw Ec2Faults.fault("InvalidFleetConfig", "Each override, or the launch template, must specify an "
                    + "instance type.");
        }
        return pools;
    }

    /** The pools that can launch now, cheapest first; an error entry for each that cannot. */
    private List<Pool> usable(List<Pool> pools, boolean onDemand, boolean spot) {
        var usable = new ArrayList<Pool>();
        for (var p : pools) {
            var where = p.subnet() == null ? region.region : p.subnet().zone();
            if (!LocalAws.INSTANCE_TYPES.contains(p.type())) {
                results.add(new Result(p, "spot", List.of(), "InvalidParameterValue", "Invalid value '" + p.type()
                        + "' for InstanceType."));
            } else if (noCapacity.contains(p.type())) {
                var message = "We currently do not have sufficient " + p.type() + " capacity in the Availability "
                        + "Zone you requested (" + where + "). Our system will be working on provisioning additional "
                        + "capacity. You can currently get " + p.type() + " capacity by not specifying an "
                        + "Availability Zone in your request or choosing a different Availability Zone.";
                if (spot) {
                    results.add(new Result(p, "spot", List.of(), "InsufficientInstanceCapacity", message));
                }
                if (onDemand) {
                    results.add(new Result(p, "on-demand", List.of(), "InsufficientInstanceCapacity", message));
                }
            } else if (spot && p.maxPrice() != null && new BigDecimal(p.maxPrice()).compareTo(price(p)) < 0) {
                results.add(new Result(p, "spot", List.of(), "SpotMaxPriceTooLow", "Your Spot request price of "
                        + p.maxPrice() + " is lower than the minimum required Spot request fulfillment price of "
                        + price(p).toPlainString() + "."));
            } else {
                usable.add(p);
            }
        }
        usable.sort(Comparator.comparing(this::price));
        return usable;
    }

    private BigDecimal price(Pool p) {
        var subnet = p.subnet() != null ? p.subnet() : region.catalog.subnets.get(0);
        return new BigDecimal(region.price(subnet.zone(), p.type(), now));
    }

    /** Launches {@code count} instances: all in the first usable pool, or one per pool in turn. */
    private void place(List<Pool> usable, int count, boolean spot, boolean spread, Ec2Templates.Template template,
                       Ec2Catalog.Image image, String reservationId) {
        if (usable.isEmpty() || count == 0) {
            return;
        }
        var ids = new ArrayList<List<String>>();
        usable.forEach(p -> ids.add(new ArrayList<>()));
        for (int k = 0; k < count; k++) {
            int at = spread ? k % usable.size() : 0;
            var pool = usable.get(at);
            var subnet = pool.subnet() != null ? pool.subnet() : region.catalog.subnets.get(0);
            var spec = new LaunchSpec(image, pool.type(), template.keyName(), groups(template), subnet,
                    template.userData(), template.instanceProfile(), spot, pool.maxPrice(), false, "terminate",
                    spot ? now.plus(LaunchSpec.DEFAULT_VALIDITY) : null, Map.of(), Map.copyOf(f.tags("instance")),
                    null, 1, 1);
            SpotRequest request = spot ? region.newRequest(spec, now) : null;
            var instance = region.launch(spec, subnet, reservationId, k, request == null ? null : request.id, now);
            if (request != null) {
                request.instanceId = instance.id;
                request.launchedZone = subnet.zone();
                request.status("active", "fulfilled", "Your spot request is fulfilled.", now);
            }
            ids.get(at).add(instance.id);
        }
        for (int i = 0; i < usable.size(); i++) {
            if (!ids.get(i).isEmpty()) {
                results.add(new Result(usable.get(i), spot ? "spot" : "on-demand", ids.get(i), null, null));
            }
        }
    }

    private List<Ec2Catalog.Group> groups(Ec2Templates.Template template) {
        var groups = template.groupIds().stream().map(region.catalog::groupById).toList();
        return groups.isEmpty() ? List.of(region.catalog.groups.get(0)) : groups;
    }

    private static String templateXml(Ec2Templates.Template t, String version) {
        return "<launchTemplateSpecification><launchTemplateId>" + t.id() + "</launchTemplateId><version>"
                + escape(version) + "</version></launchTemplateSpecification>";
    }

    private String answer() {
        var errors = new StringBuilder("<errorSet>");
        var instances = new StringBuilder("<fleetInstanceSet>");
        for (var r : results) {
            if (r.code() != null) {
                errors.append("<item>").append(r.pool().overridesXml()).append("<lifecycle>").append(r.lifecycle())
                        .append("</lifecycle><errorCode>").append(r.code()).append("</errorCode><errorMessage>")
                        .append(escape(r.message())).append("</errorMessage></item>");
            } else {
                instances.append("<item>").append(r.pool().overridesXml()).append("<lifecycle>")
                        .append(r.lifecycle()).append("</lifecycle><instanceIds>");
                r.ids().forEach(id -> instances.append("<item>").append(id).append("</item>"));
                instances.append("</instanceIds><instanceType>").append(r.pool().type()).append("</instanceType></item>");
            }
        }
        return "<fleetId>" + region.newId("fleet", 32).replaceFirst("^(fleet-.{8})(.{4})(.{4})(.{4})(.{12})$",
                "$1-$2-$3-$4-$5") + "</fleetId>" + errors.append("</errorSet>") + instances.append("</fleetInstanceSet>");
    }
}
