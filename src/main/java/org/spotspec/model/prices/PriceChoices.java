package org.spotspec.model.prices;

import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.spotspec.aws.AwsRegions;
import org.spotspec.aws.InstanceTypeOrder;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.model.session.AwsCalls;

/**
 * The Prices tab's lists to choose from: with a session, the types EC2 offers in its region and
 * the zones of the chosen regions; offline, lists SpotSpec holds itself, so nothing asks AWS.
 */
final class PriceChoices {
    private final AwsCalls calls;
    private final SpotPriceService service;
    private final SelectionList regions;
    private final SelectionList instanceTypes;
    private final SelectionList products;
    private final ZoneChoices zones;
    private final ReadOnlyStringWrapper typesNote = new ReadOnlyStringWrapper("");

    PriceChoices(AwsCalls calls, SpotPriceService service, SelectionList regions, SelectionList instanceTypes,
                 SelectionList products, ZoneChoices zones) {
        this.calls = calls;
        this.service = service;
        this.regions = regions;
        this.instanceTypes = instanceTypes;
        this.products = products;
        this.zones = zones;
    }

    /** For a new session: its region preselected, the types it offers, the zones of every chosen region. */
    void online(String sessionRegion) {
        regionsAndProducts(sessionRegion);
        calls.run("Load instance types", s -> service.instanceTypes(s, sessionRegion), offered -> {
            instanceTypes.setItems(offered.types());
            typesNote.set(offered.fromFallback() ? "Common types (this account may not list the region's offerings)"
                    : offered.types().size() + " types offered in " + sessionRegion);
        }, problem -> typesNote.set("Could not list instance types: " + problem.code()));
        zones.reset();
    }

    /**
     * Without a session: the built-in list of common types (as when EC2 will not list them), plus
     * the ones chosen or remembered, so a choice from an earlier run survives; no zone list (all zones).
     */
    void offline(String region) {
        regionsAndProducts(region);
        var types = new TreeSet<>(InstanceTypeOrder.INSTANCE);
        types.addAll(SpotPriceService.fallbackTypes());
        types.addAll(instanceTypes.selected());
        types.addAll(instanceTypes.remembered());
        instanceTypes.setItems(List.copyOf(types));
        typesNote.set("Offline: common types (EC2 is not asked)");
        zones.offline();
    }

    private void regionsAndProducts(String region) {
        // Not at start: the SDK's region list is slow to load the first time, and the app builds
        // the model on its way to the first window.
        regions.setItems(AwsRegions.commercial().stream().map(AwsRegions.Choice::id).toList());
        if (regions.selected().isEmpty() && region != null && !region.isBlank()) {
            regions.select(List.of(region));
        }
        if (products.selected().isEmpty()) {
            products.select(List.of("Linux/UNIX"));
        }
    }

    ReadOnlyStringProperty typesNoteProperty() {
        return typesNote.getReadOnlyProperty();
    }
}
