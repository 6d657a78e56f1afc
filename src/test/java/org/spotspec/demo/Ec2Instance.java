package org.spotspec.demo;

import java.time.Instant;

/** One instance of {@link LocalEc2}; fields guarded by the owning region's lock. */
final class Ec2Instance {
    final String id;
    final String reservationId;
    final LaunchSpec spec;
    final String zone;
    final Ec2Catalog.Subnet subnet;
    final Instant launchTime;
    final int launchIndex;
    final String requestId;
    final String privateIp;
    final String publicIp;
    String state = "pending";
    Instant stateTime;
    String reason = "";
    String stateReasonCode;
    String stateReasonMessage;
    /** When an interruption notice given to it runs out (see {@link Ec2Interruptions}); null without one. */
    Instant interruptAt;

    Ec2Instance(String id, String reservationId, LaunchSpec spec, Ec2Catalog.Subnet subnet, Instant launchTime,
                int launchIndex, String requestId, String privateIp, String publicIp) {
        this.id = id;
        this.reservationId = reservationId;
        this.spec = spec;
        this.subnet = subnet;
        this.zone = subnet.zone();
        this.launchTime = launchTime;
        this.launchIndex = launchIndex;
        this.requestId = requestId;
        this.privateIp = privateIp;
        this.publicIp = publicIp;
        this.stateTime = launchTime;
    }

    boolean alive() {
        return !state.equals("terminated") && !state.equals("shutting-down");
    }
}
