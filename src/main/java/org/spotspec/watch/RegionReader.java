package org.spotspec.watch;

import java.util.List;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.requests.SpotRequestService;

/**
 * Reads one region for the watcher: one DescribeSpotInstanceRequests (every state) and one
 * DescribeInstances (spot only), more only when EC2 pages past 1000. Never a call per instance:
 * EC2 throttles per account and region with a bucket the console and every script share.
 */
public final class RegionReader {
    private final SpotRequestService requests;
    private final InstanceService instances;

    public RegionReader(SpotRequestService requests, InstanceService instances) {
        this.requests = requests;
        this.instances = instances;
    }

    /** Blocking; throws what the SDK throws (translate it with {@code ErrorTranslator}). */
    public RegionRead read(AwsSession session, String region) {
        return new RegionRead(region, requests.describeInStates(session, region, List.of()),
                instances.describeInStates(session, region, List.of(), true));
    }
}
