package org.spotspec.model.prices;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.SetChangeListener;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.model.session.AwsCalls;

/**
 * The zone list of the Prices tab: the zones of every chosen region, grouped by region in the
 * order of the region list, each read from its own region (DescribeAvailabilityZones signed for
 * it; zone names differ per account, so a new session reads them again).
 */
final class ZoneChoices {
    private final AwsCalls calls;
    private final SpotPriceService service;
    private final SelectionList regions;
    private final SelectionList zones;
    /** Zone labels per region read so far; an empty list when reading failed (retried once unticked). */
    private final Map<String, List<String>> byRegion = new HashMap<>();
    private final Set<String> loading = new HashSet<>();
    private boolean active;
    private int generation;

    ZoneChoices(AwsCalls calls, SpotPriceService service, SelectionList regions, SelectionList zones) {
        this.calls = calls;
        this.service = service;
        this.regions = regions;
        this.zones = zones;
        regions.selected().addListener((SetChangeListener<String>) change -> refresh());
    }

    /** For a new session: forgets the zones read so far and reads those of the chosen regions. */
    void reset() {
        generation++;
        active = true;
        byRegion.clear();
        loading.clear();
        refresh();
    }

    /** Offline: no zones to read, so none to list (a fetch covers all zones); a sign-in resets. */
    void offline() {
        generation++;
        active = false;
        byRegion.clear();
        loading.clear();
        refresh();
    }

    /** "eu-west-1a (euw1-az3)" → "eu-west-1"; null when no chosen region holds the zone. */
    String regionOf(String zoneLabel) {
        return byRegion.entrySet().stream().filter(e -> e.getValue().contains(zoneLabel))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private void refresh() {
        var chosen = regions.chosen();
        byRegion.entrySet().removeIf(e -> e.getValue().isEmpty() && !chosen.contains(e.getKey()));
        if (active) {
            chosen.stream().filter(r -> !byRegion.containsKey(r) && !loading.contains(r)).forEach(this::load);
        }
        zones.setItems(chosen.stream().flatMap(r -> byRegion.getOrDefault(r, List.of()).stream()).toList());
    }

    private void load(String region) {
        loading.add(region);
        int started = generation;
        calls.run("Load availability zones of " + region, s -> service.availabilityZones(s, region),
                found -> loaded(started, region, found.stream().map(z -> z.name() + " (" + z.id() + ")").toList()),
                problem -> loaded(started, region, List.of()));
    }

    private void loaded(int started, String region, List<String> labels) {
        if (started != generation) {
            return; // read for an earlier session
        }
        loading.remove(region);
        byRegion.put(region, labels);
        refresh();
    }
}
