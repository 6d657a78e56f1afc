package org.spotspec.demo;

import java.time.Duration;
import java.time.Instant;

/**
 * Spot interruptions, which only EC2 decides: {@value #ACTION} (not an AWS action; for tests and
 * demos, e.g. {@code curl -d 'Action=LocalInterruptSpotInstances&InstanceId.1=i-…&Region=us-east-1'
 * http://127.0.0.1:4566/}) gives running spot instances EC2's two-minute notice at once: their
 * request's status becomes {@code marked-for-termination} (or {@code -stop}, {@code -hibernation},
 * from the request's interruption behaviour). When the notice runs out, a terminating instance goes
 * shutting-down (then terminated) with StateReason {@code Server.SpotInstanceTermination} and its
 * request to {@code instance-terminated-by-price} (closed; a persistent one reopens and relaunches);
 * a stopping or hibernating one goes stopping, then stopped with {@code Server.SpotInstanceShutdown},
 * its request disabled with {@code instance-stopped-by-price}.
 */
final class Ec2Interruptions {
    static final String ACTION = "LocalInterruptSpotInstances";
    static final Duration NOTICE = Duration.ofMinutes(2);

    private Ec2Interruptions() {
    }

    /** The action: every id must be a live spot instance of the region; answers each id with its request's new code. */
    static String interrupt(Ec2Form f, Ec2Region region, Instant now) {
        var ids = Ec2Faults.IdKind.INSTANCE.existing(f, region.instances.keySet(), true);
        for (var id : ids) {
            var i = region.instances.get(id);
            if (i.requestId == null || !i.state.equals("running")) {
                throw Ec2Faults.fault("IncorrectInstanceState", "The instance '" + id + "' is not a running spot "
                        + "instance.");
            }
        }
        var out = new StringBuilder("<instancesSet>");
        for (var id : ids) {
            var i = region.instances.get(id);
            var r = region.requests.get(i.requestId);
            var code = switch (r.spec.interruption()) {
                case "stop" -> "marked-for-stop";
                case "hibernate" -> "marked-for-hibernation";
                default -> "marked-for-termination";
            };
            r.status(r.state, code, "Your Spot Instance is marked to be " + (code.endsWith("stop") ? "stopped"
                    : code.endsWith("hibernation") ? "hibernated" : "terminated") + " in two minutes.", now);
            i.interruptAt = now.plus(NOTICE);
            out.append("<item><instanceId>").append(id).append("</instanceId><spotInstanceRequestId>").append(r.id)
                    .append("</spotInstanceRequestId><statusCode>").append(code).append("</statusCode></item>");
        }
        return out.append("</instancesSet>").toString();
    }

    /** Carries out the notices that ran out by {@code now}, and finishes stops; true if anything changed. */
    static boolean due(Ec2Region region, Instant now) {
        boolean changed = false;
        for (var i : region.instances.values()) {
            if (i.interruptAt != null && !now.isBefore(i.interruptAt)) {
                var at = i.interruptAt;
                i.interruptAt = null;
                if (i.alive() && !i.state.equals("stopped")) {
                    interrupt(region, i, at);
                    changed = true;
                }
            } else if (i.state.equals("stopping") && !now.isBefore(i.stateTime.plus(Ec2Region.SHUTDOWN))) {
                i.state = "stopped";
                i.stateTime = i.stateTime.plus(Ec2Region.SHUTDOWN);
                changed = true;
            }
        }
        return changed;
    }

    private static void interrupt(Ec2Region region, Ec2Instance i, Instant at) {
        var r = region.requests.get(i.requestId);
        boolean terminate = r.statusCode.equals("marked-for-termination");
        i.state = terminate ? "shutting-down" : "stopping";
        i.stateTime = at;
        i.reason = "Service initiated (" + Ec2Region.GMT.format(at) + ")";
        i.stateReasonCode = terminate ? "Server.SpotInstanceTermination" : "Server.SpotInstanceShutdown";
        i.stateReasonMessage = i.stateReasonCode + ": " + (terminate ? "Spot instance termination"
                : "Spot instance shutdown");
        if (!i.id.equals(r.instanceId)) {
            return;
        }
        if (!terminate) {
            r.status("disabled", "instance-stopped-by-price", "Your Spot Instance was stopped because the Spot price "
                    + "exceeded your maximum price.", at);
        } else if (r.state.equals("active") && r.persistent) {
            r.status("open", "instance-terminated-by-price", "Your Spot Instance was terminated because the Spot "
                    + "price exceeded your maximum price.", at);
            r.evaluateAt = at.plus(Ec2Region.SHUTDOWN); // relaunches once this one is gone
        } else {
            r.status(r.state.equals("active") ? "closed" : r.state, "instance-terminated-by-price", "Your Spot Instance "
                    + "was terminated because the Spot price exceeded your maximum price.", at);
        }
    }
}
