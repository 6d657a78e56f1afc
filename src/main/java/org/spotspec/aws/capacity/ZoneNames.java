package org.spotspec.aws.capacity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.aws.AwsSession;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;

/**
 * Zone ids → this account's zone names (DescribeAvailabilityZones per region), because EC2 scores
 * zones by id while prices and launches name zones. A region that cannot be read keeps its ids
 * alone: the scores are still worth showing.
 */
public class ZoneNames {
    private static final Logger LOG = LoggerFactory.getLogger(ZoneNames.class);

    /** {@code scores} with each zone's name filled in where it could be looked up. */
    public List<PlacementScore> name(AwsSession session, List<PlacementScore> scores) {
        var names = new HashMap<String, String>();
        scores.stream().filter(PlacementScore::perZone).map(PlacementScore::region).distinct()
                .forEach(region -> names.putAll(lookUp(session, region)));
        return scores.stream().map(s -> s.withZoneName(names.getOrDefault(s.zoneId(), s.zoneName()))).toList();
    }

    private static Map<String, String> lookUp(AwsSession session, String region) {
        try {
            var zones = session.ec2(Region.of(region)).describeAvailabilityZones()
                    .availabilityZones();
            var names = new HashMap<String, String>();
            zones.stream().filter(z -> z.zoneId() != null && z.zoneName() != null)
                    .forEach(z -> names.put(z.zoneId(), z.zoneName()));
            return names;
        } catch (SdkException e) {
            LOG.debug("No zone names for {}: {}", region, e.getClass().getSimpleName());
            return Map.of();
        }
    }

    /** A lookup that names nothing, for callers that show zone ids only. */
    public static ZoneNames none() {
        return new ZoneNames() {
            @Override
            public List<PlacementScore> name(AwsSession session, List<PlacementScore> scores) {
                return scores;
            }
        };
    }
}
