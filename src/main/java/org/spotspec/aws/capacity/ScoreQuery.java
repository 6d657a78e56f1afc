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

    /** What is asked, as the archive keys it: the same question asked again by the app or the CLI is one series. */
    public org.spotspec.scores.ScoreConfiguration configuration() {
        var words = requirements.map(r -> "vcpu " + r.vcpuMin() + "-" + (r.vcpuMax() == null ? "" : r.vcpuMax())
                + ", memory " + r.memoryMibMin() + "-" + (r.memoryMibMax() == null ? "" : r.memoryMibMax()) + " MiB")
                .orElse("");
        return new org.spotspec.scores.ScoreConfiguration(instanceTypes, words, targetCapacity, unit.awsName(), perZone);
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
