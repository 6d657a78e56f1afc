package org.spotspec.demo;

import java.time.Instant;
import java.util.Map;

/** One spot instance request of {@link LocalEc2}; fields guarded by the owning region's lock. */
final class SpotRequest {
    final String id;
    final LaunchSpec spec;
    final Instant createTime;
    final boolean persistent;
    /** When its evaluation is due: pending-evaluation until then, then fulfilled if it can be. */
    Instant evaluateAt;
    String state = "open";
    String statusCode = "pending-evaluation";
    String statusMessage = "Your Spot request has been submitted for review, and is pending evaluation.";
    Instant statusTime;
    String instanceId;
    String launchedZone;
    /** Seeded: never finds capacity. */
    boolean noCapacity;

    SpotRequest(String id, LaunchSpec spec, Instant createTime) {
        this.id = id;
        this.spec = spec;
        this.createTime = createTime;
        this.persistent = spec.persistent();
        this.evaluateAt = createTime;
        this.statusTime = createTime;
    }

    void status(String newState, String code, String message, Instant at) {
        state = newState;
        statusCode = code;
        statusMessage = message;
        statusTime = at;
    }

    Map<String, String> tags() {
        return spec.requestTags();
    }

    boolean isOpen() {
        return state.equals("open");
    }
}
