package org.spotspec.aws.capacity;

import java.util.List;
import java.util.Optional;

/**
 * What to ask GetSpotPlacementScores: named instance types or {@link Requirements} (one of the
 * two), a target capacity in its unit, the regions to score (empty: every region), and whether to
 * score single availability zones instead of whole regions.
 *
 * @param maxResults the page size EC2 is asked for (10 to 1000)
 */
public record ScoreQuery(List<String> instanceTypes, Optional<Requirements> requirements, int targetCapacity,
                         CapacityUnit unit, List<String> regions, boolean perZone, int maxResults) {
    /** EC2's largest page, so one call usually answers all. */
    public static final int MAX_PAGE = 1000;

    public ScoreQuery {
        instanceTypes = List.copyOf(instanceTypes);
        regions = List.copyOf(regions);
    }

    /** Named types, scored per region or per zone, the largest page. */
    public static ScoreQuery ofTypes(List<String> types, int capacity, CapacityUnit unit, List<String> regions,
                                     boolean perZone) {
        return new ScoreQuery(types, Optional.empty(), capacity, unit, regions, perZone, MAX_PAGE);
    }

    /** Requirements instead of types, scored per region or per zone, the largest page. */
    public static ScoreQuery ofRequirements(Requirements requirements, int capacity, CapacityUnit unit,
                                            List<String> regions, boolean perZone) {
        return new ScoreQuery(List.of(), Optional.of(requirements), capacity, unit, regions, perZone, MAX_PAGE);
    }
}
