package org.spotspec.watch;

import java.util.Map;

/**
 * The spot requests and instances of one account and region as last seen, by id: what the next
 * poll is compared with. Stored with the events it produced, so a restart neither repeats an event
 * nor misses one that happened while SpotSpec was closed.
 */
public record RegionSnapshot(String account, String region, Map<String, SeenItem> requests,
                             Map<String, SeenItem> instances) {
    public RegionSnapshot {
        requests = Map.copyOf(requests);
        instances = Map.copyOf(instances);
    }
}
