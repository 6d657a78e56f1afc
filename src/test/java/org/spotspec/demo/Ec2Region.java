package org.spotspec.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spot requests and instances of one region, and how they change with time. Not thread-safe:
 * {@link LocalEc2} holds its lock around every use. Transitions are computed from the stored
 * times, so a call at time T sees the same state whenever and however often it is made.
 */
final class Ec2Region {
    static final Duration EVALUATION = Duration.ofSeconds(2);
    static final Duration FULFILMENT = Duration.ofSeconds(3);
    static final Duration BOOT = Duration.ofSeconds(5);
    static final Duration SHUTDOWN = Duration.ofSeconds(5);
    static final int SPOT_QUOTA = 20;
    static final String PRODUCT = "Linux/UNIX";
    static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'")
            .withZone(ZoneOffset.UTC);

    final String region;
    final Ec2Catalog catalog;
    final Map<String, SpotRequest> requests = new LinkedHashMap<>();
    final Map<String, Ec2Instance> instances = new LinkedHashMap<>();
    /** ClientToken → the parameters it came with and the answer it got. */
    final Map<String, String[]> tokens = new LinkedHashMap<>();
    /** CreateLaunchTemplate's templates by id. */
    final Map<String, Ec2Templates.Template> templates = new LinkedHashMap<>();
    private long serial;
    private int addresses;

    Ec2Region(String region) {
        this.region = region;
        this.catalog = new Ec2Catalog(region);
    }

    String newId(String prefix, int digits) {
        return prefix + "-" + LocalEc2.hex(region + "|" + prefix + "|" + serial++, digits);
    }

    String price(String zone, String type, Instant at) {
        return SpotPriceGenerator.priceAt(region, zone, type, PRODUCT, at);
    }

    /** The subnet a launch goes to at {@code at}: its own, else the zone where the type is cheapest. */
    Ec2Catalog.Subnet placement(LaunchSpec spec, Instant at) {
        return spec.subnet() != null ? spec.subnet() : catalog.subnets.stream()
                .min(Comparator.comparing(s -> new BigDecimal(price(s.zone(), spec.instanceType(), at)))).orElseThrow();
    }

    /** Spot instances that count against the quota: alive ones, and open requests waiting for one. */
    int spotInUse() {
        return (int) (instances.values().stream().filter(i -> i.alive() && i.requestId != null).count()
                + requests.values().stream().filter(SpotRequest::isOpen).count());
    }

    void checkQuota(int more) {
        if (spotInUse() + more > SPOT_QUOTA) {
            throw Ec2Faults.fault("MaxSpotInstanceCountExceeded", "Max spot instance count exceeded");
        }
    }

    Ec2Instance launch(LaunchSpec spec, Ec2Catalog.Subnet subnet, String reservationId, int index, String requestId,
                       Instant at) {
        int n = addresses++;
        var id = newId("i", 17);
        long h = SpotPriceGenerator.mix(SpotPriceGenerator.hash(id));
        var instance = new Ec2Instance(id, reservationId, spec, subnet, at, index, requestId,
                "172.31." + (subnet.third() + n / 250 % 16) + "." + (n % 250 + 4),
                (3 + Math.floorMod(h, 2) * 49) + "." + Math.floorMod(h >> 8, 200) + "." + Math.floorMod(h >> 16, 256)
                        + "." + (Math.floorMod(h >> 24, 254) + 1));
        instances.put(id, instance);
        return instance;
    }

    SpotRequest newRequest(LaunchSpec spec, Instant at) {
        var request = new SpotRequest(newId("sir", 8), spec, at);
        requests.put(request.id, request);
        return request;
    }

    /** Brings everything up to {@code now}: evaluations, fulfilments, boots, shutdowns, relaunches. */
    void advance(Instant now) {
        for (int round = 0; round < 10 && step(now); round++) {
            // a change may enable another (terminated → persistent request reopens → relaunch)
        }
    }

    private boolean step(Instant now) {
        boolean changed = false;
        for (var r : List.copyOf(requests.values())) {
            if (!r.isOpen() || r.noCapacity) {
                continue;
            }
            var evaluated = r.evaluateAt.plus(EVALUATION);
            var fulfilled = r.evaluateAt.plus(FULFILMENT);
            if (r.spec.validUntil() != null && !now.isBefore(r.spec.validUntil())) {
                r.status("cancelled", "schedule-expired", "Your Spot request expired before it could be fulfilled.",
                        r.spec.validUntil());
                changed = true;
            } else if (!now.isBefore(evaluated)) {
                var at = now.isBefore(fulfilled) ? evaluated : r.statusCode.equals("price-too-low") ? now : fulfilled;
                var subnet = affordable(r.spec, at);
                if (subnet == null) {
                    if (!r.statusCode.equals("price-too-low")) {
                        var cheapest = price(placement(r.spec, at).zone(), r.spec.instanceType(), at);
                        r.status("open", "price-too-low", "Your Spot request price of " + r.spec.priceCap()
                                + " is lower than the minimum required Spot request fulfillment price of "
                                + cheapest + ".", evaluated);
                        changed = true;
                    }
                } else if (now.isBefore(fulfilled)) {
                    if (!r.statusCode.equals("pending-fulfillment")) {
                        r.status("open", "pending-fulfillment", "Your Spot request is pending fulfillment.", evaluated);
                        changed = true;
                    }
                } else {
                    var instance = launch(r.spec, subnet, newId("r", 17), 0, r.id, at);
                    r.instanceId = instance.id;
                    r.launchedZone = subnet.zone();
                    r.status("active", "fulfilled", "Your spot request is fulfilled.", at);
                    changed = true;
                }
            }
        }
        changed |= Ec2Interruptions.due(this, now);
        for (var i : List.copyOf(instances.values())) {
            if (i.state.equals("pending") && !now.isBefore(i.stateTime.plus(BOOT))) {
                i.state = "running";
                i.stateTime = i.stateTime.plus(BOOT);
                changed = true;
            } else if (i.state.equals("shutting-down") && !now.isBefore(i.stateTime.plus(SHUTDOWN))) {
                i.state = "terminated";
                i.stateTime = i.stateTime.plus(SHUTDOWN);
                changed = true;
            }
        }
        return changed;
    }

    /** A subnet where the spec's price cap buys the type at {@code at}, null if none. */
    private Ec2Catalog.Subnet affordable(LaunchSpec spec, Instant at) {
        var subnet = placement(spec, at);
        var price = new BigDecimal(price(subnet.zone(), spec.instanceType(), at));
        return spec.priceCap().compareTo(price) >= 0 ? subnet : null;
    }

    /** Checks that a RunInstances spot launch can be fulfilled now, as EC2 does before launching. */
    Ec2Catalog.Subnet affordableNow(LaunchSpec spec, Instant now) {
        var subnet = affordable(spec, now);
        if (subnet == null) {
            throw Ec2Faults.fault("SpotMaxPriceTooLow", "Your Spot request price of " + spec.priceCap() + " is lower "
                    + "than the minimum required Spot request fulfillment price of "
                    + price(placement(spec, now).zone(), spec.instanceType(), now) + ".");
        }
        return subnet;
    }

    /** CancelSpotInstanceRequests on existing ids; returns each request. */
    List<SpotRequest> cancel(List<String> ids, Instant now) {
        var out = new ArrayList<SpotRequest>();
        for (var id : ids) {
            var r = requests.get(id);
            if (r.isOpen()) {
                r.status("cancelled", "canceled-before-fulfillment", "Your Spot request was canceled before it was "
                        + "fulfilled.", now);
            } else if (r.state.equals("active")) {
                var instance = instances.get(r.instanceId);
                if (instance != null && instance.alive()) {
                    r.status("cancelled", "request-canceled-and-instance-running", "Your Spot request is canceled, "
                            + "but your instance " + instance.id + " is still running.", now);
                } else {
                    r.status("cancelled", r.statusCode, r.statusMessage, now);
                }
            }
            out.add(r);
        }
        return out;
    }

    /** An instance TerminateInstances moved on, and the state it was in. */
    record Termination(Ec2Instance instance, String previous) {
    }

    /** TerminateInstances on existing ids. */
    List<Termination> terminate(List<String> ids, Instant now) {
        var out = new ArrayList<Termination>();
        for (var id : ids) {
            var i = instances.get(id);
            var previous = i.state;
            if (i.alive()) {
                i.state = "shutting-down";
                i.stateTime = now;
                i.reason = "User initiated (" + GMT.format(now) + ")";
                i.stateReasonCode = "Client.UserInitiatedShutdown";
                i.stateReasonMessage = "Client.UserInitiatedShutdown: User initiated shutdown";
                var r = i.requestId == null ? null : requests.get(i.requestId);
                if (r != null && id.equals(r.instanceId)) {
                    var message = "Spot Instance terminated due to user-initiated termination.";
                    if (r.state.equals("active") && r.persistent) {
                        r.status("open", "instance-terminated-by-user", message, now);
                        r.evaluateAt = now.plus(SHUTDOWN); // relaunches once this one is gone
                    } else if (r.state.equals("active")) {
                        r.status("closed", "instance-terminated-by-user", message, now);
                    } else if (r.state.equals("cancelled")) {
                        r.status("cancelled", "instance-terminated-by-user", message, now);
                    }
                }
            }
            out.add(new Termination(i, previous));
        }
        return out;
    }

    /** A little history so the tables are not empty on first sign-in. */
    void seed(Instant now) {
        var c = catalog;
        var al2023 = c.images.get(0);
        var persistent = new LaunchSpec(al2023, "m5.large", "alice-laptop", List.of(c.groups.get(2)), c.subnets.get(0),
                null, null, true, "0.050000", true, "terminate", now.plus(Duration.ofDays(5)),
                Map.of("Name", "render-farm"), Map.of("Name", "render-farm-1"), null, 1, 1);
        var active = newRequest(persistent, now.minus(Duration.ofHours(2)));
        var started = active.createTime.plus(FULFILMENT);
        var running = launch(persistent, c.subnets.get(0), newId("r", 17), 0, active.id, started);
        running.state = "running";
        running.stateTime = started.plus(BOOT);
        active.instanceId = running.id;
        active.launchedZone = running.zone;
        active.status("active", "fulfilled", "Your spot request is fulfilled.", started);

        var oneTime = new LaunchSpec(c.images.get(2), "c6i.xlarge", "ci-runner", List.of(c.groups.get(1)),
                c.subnets.get(1), null, null, true, "0.080000", false, "terminate", now.plus(Duration.ofDays(4)),
                Map.of("Name", "ci-build"), Map.of(), null, 1, 1);
        var closed = newRequest(oneTime, now.minus(Duration.ofHours(3)));
        var gone = launch(oneTime, c.subnets.get(1), newId("r", 17), 0, closed.id, closed.createTime.plus(FULFILMENT));
        gone.state = "terminated";
        gone.stateTime = now.minus(Duration.ofMinutes(25));
        gone.reason = "Service initiated (" + GMT.format(gone.stateTime) + ")";
        gone.stateReasonCode = "Server.SpotInstanceTermination";
        gone.stateReasonMessage = "Server.SpotInstanceTermination: Spot instance termination";
        closed.instanceId = gone.id;
        closed.launchedZone = gone.zone;
        closed.status("closed", "instance-terminated-by-price", "Your Spot Instance was terminated because the Spot "
                + "price exceeded your maximum price.", gone.stateTime);

        var gpu = new LaunchSpec(al2023, "g4dn.xlarge", "alice-laptop", List.of(c.groups.get(2)), c.subnets.get(2),
                null, null, true, null, false, "terminate", now.plus(Duration.ofDays(6)),
                Map.of("Name", "training"), Map.of(), null, 1, 1);
        var waiting = newRequest(gpu, now.minus(Duration.ofMinutes(40)));
        waiting.noCapacity = true;
        waiting.status("open", "capacity-not-available", "There is no Spot capacity available that matches your "
                + "request.", waiting.createTime.plus(EVALUATION));
    }
}
