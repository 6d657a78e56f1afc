package org.spotspec.watch;

import java.time.Instant;
import java.util.List;
import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.aws.requests.SpotRequest;

/** Fixed spot requests and instances for the watcher's unit tests. */
final class Rows {
    static final String ACCOUNT = "123456789012";
    static final String REGION = "eu-west-1";
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private Rows() {
    }

    static SpotRequest request(String id, String state, String code, String instanceId) {
        return new SpotRequest(id, state, code, "EC2 says " + code + ".", NOW.minusSeconds(30), "one-time", "m5.large",
                "0.05", "eu-west-1a", instanceId, NOW.minusSeconds(3600), null, "terminate", "", "", REGION);
    }

    static SpotInstance instance(String id, String state, String reason) {
        return new SpotInstance(id, state, "m5.large", "eu-west-1a", "", "", "", "", NOW.minusSeconds(3600),
                "sir-1", "", "", reason, REGION);
    }

    static RegionRead read(List<SpotRequest> requests, List<SpotInstance> instances) {
        return new RegionRead(REGION, requests, instances);
    }
}
