package org.spotspec.watch;

import java.util.List;
import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.aws.requests.SpotRequest;

/** What one poll of one region saw: every spot request (all states) and every spot instance. */
public record RegionRead(String region, List<SpotRequest> requests, List<SpotInstance> instances) {
    public RegionRead {
        requests = List.copyOf(requests);
        instances = List.copyOf(instances);
    }
}
