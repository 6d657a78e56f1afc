package org.spotspec.aws.capacity;

import java.time.Instant;

/**
 * One score EC2 gave: how likely a spot request for the query's capacity is to succeed now in a
 * region, or in one zone of it, from 1 (unlikely) to 10 (highly likely).
 *
 * @param zoneId   the zone's id (e.g. euw1-az2) when scored per zone, else empty; ids name the same
 *                 place in every account, unlike zone names
 * @param zoneName the zone's name in this account (e.g. eu-west-1b) when it could be looked up, else empty
 * @param asOf     when SpotSpec got the answer: a score is a snapshot, to act on at once
 */
public record PlacementScore(String region, String zoneId, String zoneName, int score, Instant asOf) {

    public boolean perZone() {
        return !zoneId.isEmpty();
    }

    public PlacementScore withZoneName(String name) {
        return new PlacementScore(region, zoneId, name, score, asOf);
    }
}
