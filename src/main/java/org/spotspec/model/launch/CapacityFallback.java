package org.spotspec.model.launch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.spotspec.aws.capacity.PlacementScore;
import org.spotspec.aws.launch.FleetSpec;
import org.spotspec.aws.launch.LaunchChoices;
import org.spotspec.aws.launch.LaunchSpec;

/**
 * The one-click next step after a launch failed for want of capacity: the same launch as an EC2
 * Fleet across more types (the Prices tab's, or the failed type's siblings) and every zone of the
 * region (best placement scores first), with price-capacity-optimized. {@link #apply()} only fills
 * the Fleet way; the usual confirmation still guards the launch.
 */
public final class CapacityFallback {
    /** What the Prices tab knows that helps choose: the types ticked there, its latest scores. */
    public interface Sources {
        List<String> chosenTypes();

        List<PlacementScore> scores();

        /** Read when a fallback is offered, so it uses the Prices tab's state of that moment. */
        static Sources of(java.util.function.Supplier<List<String>> types,
                          java.util.function.Supplier<List<PlacementScore>> scores) {
            return new Sources() {
                @Override
                public List<String> chosenTypes() {
                    return types.get();
                }

                @Override
                public List<PlacementScore> scores() {
                    return scores.get();
                }
            };
        }
    }

    /**
     * @param from the failed single-type launch, whose fields are filled back; null after a fleet
     */
    public record Offer(List<String> types, List<String> subnets, List<String> zones, int zoneCount,
                        LaunchSpec from) {
        /** The button's text. */
        public String label() {
            return "Launch as a Fleet across " + types.size() + " type" + (types.size() == 1 ? "" : "s") + " and "
                    + (zoneCount == 0 ? "any zone" : zoneCount + " zone" + (zoneCount == 1 ? "" : "s"));
        }
    }

    private final LaunchLookups lookups;
    private final FleetForm form;
    private final Sources sources;
    private final ReadOnlyObjectWrapper<Offer> offer = new ReadOnlyObjectWrapper<>();

    public CapacityFallback(LaunchModel launch, FleetLaunch fleet, Sources sources) {
        this.lookups = launch.lookups();
        this.form = fleet.form();
        this.sources = sources;
        launch.addCapacityFailureListener((spec, code) -> offer.set(forLaunch(spec)));
        fleet.addCapacityFailureListener(spec -> offer.set(forFleet(spec)));
        // The offer answers one failure: new work, or clearing the results, withdraws it.
        launch.outcomeProperty().addListener((obs, old, now) -> {
            if (now == null || now.kind() == LaunchOutcome.Kind.WORKING) {
                offer.set(null);
            }
        });
    }

    Offer forLaunch(LaunchSpec spec) {
        var types = TypeAlternatives.alternatives(spec.instanceType(), sources.chosenTypes(), lookups.instanceTypes());
        return places(types, spec.subnetId(), spec.availabilityZone(), spec);
    }

    Offer forFleet(FleetSpec spec) {
        var types = new LinkedHashSet<>(spec.instanceTypes());
        if (sources.chosenTypes().isEmpty()) {
            spec.instanceTypes().forEach(t -> types.addAll(TypeAlternatives.siblings(t, lookups.instanceTypes())));
        } else {
            types.addAll(sources.chosenTypes());
        }
        var firstSubnet = spec.subnetIds().isEmpty() ? "" : spec.subnetIds().get(0);
        var firstZone = spec.zones().isEmpty() ? "" : spec.zones().get(0);
        return places(List.copyOf(types).subList(0, Math.min(types.size(), 2 * TypeAlternatives.MAX_TYPES)),
                firstSubnet, firstZone, null);
    }

    /**
     * With a subnet: every listed subnet of its VPC (its security groups belong there); without:
     * every zone of the region (EC2 uses each zone's default subnet). Best-scored zones first.
     */
    private Offer places(List<String> types, String subnet, String zone, LaunchSpec from) {
        var scores = zoneScores(sources.scores());
        if (!subnet.isEmpty()) {
            var vpc = lookups.subnets().stream().filter(s -> s.id().equals(subnet)).map(LaunchChoices.Subnet::vpcId)
                    .findFirst().orElse("");
            var subnets = new ArrayList<>(lookups.subnets().stream().filter(s -> s.vpcId().equals(vpc))
                    .map(LaunchChoices.Subnet::id).toList());
            if (subnets.isEmpty()) {
                subnets.add(subnet);
            }
            subnets.sort(byScore(scores, lookups::zoneOf));
            var zoneCount = (int) subnets.stream().map(lookups::zoneOf).distinct().count();
            return new Offer(types, subnets, List.of(), zoneCount, from);
        }
        var zones = orderByScore(lookups.zones().isEmpty() && !zone.isEmpty() ? List.of(zone) : lookups.zones(),
                sources.scores());
        return new Offer(types, List.of(), zones, zones.size(), from);
    }

    /** {@code zones} with the best latest per-zone placement score first; unscored ones after, in order. */
    public static List<String> orderByScore(List<String> zones, List<PlacementScore> scores) {
        var sorted = new ArrayList<>(zones);
        sorted.sort(byScore(zoneScores(scores), z -> z));
        return sorted;
    }

    private static Map<String, Integer> zoneScores(List<PlacementScore> scores) {
        var byZone = new HashMap<String, Integer>();
        scores.stream().filter(s -> s.perZone() && !s.zoneName().isEmpty())
                .forEach(s -> byZone.merge(s.zoneName(), s.score(), Math::max));
        return byZone;
    }

    private static Comparator<String> byScore(Map<String, Integer> scores, java.util.function.UnaryOperator<String> zone) {
        return Comparator.comparingInt(id -> -scores.getOrDefault(zone.apply(id), 0));
    }

    /** Fills the Fleet way with the offer (one click); the caller then opens the usual confirmation. */
    public void apply() {
        var now = offer.get();
        if (now == null) {
            return;
        }
        var from = now.from();
        var base = form.base();
        if (from != null) {
            base.imageIdProperty().set(from.imageId());
            base.countProperty().set(String.valueOf(from.count()));
            base.maxPriceProperty().set(from.maxPrice());
            base.keyNameProperty().set(from.keyName());
            base.securityGroupsProperty().set(String.join(", ", from.securityGroupIds()));
            base.instanceProfileProperty().set(from.instanceProfile());
            form.launchTemplateProperty().set("");
        }
        form.wayProperty().set(LaunchWay.FLEET);
        form.typesProperty().set(String.join(", ", now.types()));
        form.subnetsProperty().set(String.join(", ", now.subnets()));
        form.zonesProperty().set(String.join(", ", now.zones()));
        form.strategyProperty().set(FleetSpec.Strategy.PRICE_CAPACITY_OPTIMIZED);
        form.onDemandBaseProperty().set("0");
    }

    /** Withdraws the offer: it named another session's (or region's) types and zones. */
    public void withdraw() {
        offer.set(null);
    }

    /** The offer after a capacity failure; null when there is none to make. */
    public ReadOnlyObjectProperty<Offer> offerProperty() {
        return offer.getReadOnlyProperty();
    }
}
