package org.spotspec.model.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.spotspec.aws.launch.FleetSpec;
import org.spotspec.aws.launch.FleetSpec.Strategy;
import org.spotspec.aws.launch.FleetValidation;
import org.spotspec.aws.launch.LaunchValidation;

/**
 * The EC2 Fleet part of the Launch form: the way chosen, several types, subnets or zones, the
 * allocation strategy, the on-demand base and an optional existing launch template. What a fleet
 * shares with a single-type launch (AMI, count as target capacity, max price, key pair, groups,
 * profile, user data, tags) stays in {@link LaunchForm}, so switching ways loses nothing typed.
 */
public final class FleetForm {
    private final LaunchForm base;
    private final ObjectProperty<LaunchWay> way;
    private final StringProperty types = new SimpleStringProperty("");
    private final StringProperty subnets = new SimpleStringProperty("");
    private final StringProperty zones = new SimpleStringProperty("");
    private final ObjectProperty<Strategy> strategy = new SimpleObjectProperty<>(Strategy.PRICE_CAPACITY_OPTIMIZED);
    private final StringProperty onDemandBase = new SimpleStringProperty("0");
    private final StringProperty launchTemplate = new SimpleStringProperty("");
    private final StringProperty templateVersion = new SimpleStringProperty("$Default");
    private final FleetRequirements requirements = new FleetRequirements();
    private final BooleanProperty revealAll = new SimpleBooleanProperty(false);

    private final StringBinding typesError;
    private final StringBinding subnetsError;
    private final StringBinding zonesError;
    private final StringBinding onDemandBaseError;
    private final StringBinding launchTemplateError;
    private final StringBinding imageIdError;
    private final BooleanBinding usesTemplate = Bindings.createBooleanBinding(
            () -> !launchTemplate.get().trim().isEmpty(), launchTemplate);
    private final StringBinding poolsSummary = Bindings.createStringBinding(this::describePools, types, subnets,
            zones);

    public FleetForm(LaunchForm base) {
        this.base = base;
        this.way = new SimpleObjectProperty<>(LaunchWay.of(base.methodProperty().get()));
        typesError = shown(types, () -> FleetValidation.instanceTypes(types.get()), false);
        subnetsError = shown(subnets, this::subnetsProblem, false, types, zones);
        zonesError = shown(zones, () -> FleetValidation.zones(zones.get(), subnets.get()), false, subnets);
        onDemandBaseError = shown(onDemandBase, () -> FleetValidation.onDemandBase(onDemandBase.get(), countText()),
                true);
        launchTemplateError = shown(launchTemplate, this::templateProblem, true);
        imageIdError = Bindings.createStringBinding(() -> isFleet() && usesTemplateNow() ? ""
                : base.imageIdErrorProperty().get(), base.imageIdErrorProperty(), way, launchTemplate);
        // The single-type ways are the base form's method; a restored method shows in the chooser
        // unless the user is on the Fleet way.
        way.addListener((obs, old, now) -> {
            if (!now.isFleet()) {
                base.methodProperty().set(now.method());
            }
        });
        base.methodProperty().addListener((obs, old, now) -> {
            if (now != null && !way.get().isFleet()) {
                way.set(LaunchWay.of(now));
            }
        });
    }

    /** @param readsBase whether {@code check} reads the base form's fields (then it follows them too) */
    private StringBinding shown(StringProperty field, Callable<String> check, boolean readsBase, Observable... more) {
        var deps = new java.util.ArrayList<Observable>(List.of(field, revealAll));
        deps.addAll(List.of(more));
        if (readsBase) {
            // Rules that read the base form's fields depend on them too.
            deps.addAll(List.of(base.countProperty(), base.imageIdProperty(), base.keyNameProperty(),
                    base.securityGroupsProperty(), base.userDataProperty(), base.instanceProfileProperty(),
                    templateVersion));
        }
        return Bindings.createStringBinding(() -> field.get().isEmpty() && !revealAll.get() ? "" : check.call(),
                deps.toArray(Observable[]::new));
    }

    private String countText() {
        return base.countProperty().get();
    }

    private String subnetsProblem() {
        var problem = FleetValidation.subnets(subnets.get());
        return !problem.isEmpty() ? problem : FleetValidation.pools(types.get(), subnets.get(), zones.get());
    }

    private String templateProblem() {
        var problem = FleetValidation.launchTemplate(launchTemplate.get());
        if (problem.isEmpty() && usesTemplateNow()) {
            problem = FleetValidation.templateVersion(templateVersion.get());
        }
        return !problem.isEmpty() ? problem : FleetValidation.templateFields(launchTemplate.get(), givenLaunchField());
    }

    private boolean usesTemplateNow() {
        return !launchTemplate.get().trim().isEmpty();
    }

    /** The first launch field a template would fix, or "". */
    private String givenLaunchField() {
        if (!base.imageIdProperty().get().isBlank()) {
            return "the AMI";
        }
        if (!base.keyNameProperty().get().isBlank()) {
            return "the key pair";
        }
        if (!base.securityGroupsProperty().get().isBlank()) {
            return "the security groups";
        }
        if (!base.userDataProperty().get().isEmpty()) {
            return "the user data";
        }
        return base.instanceProfileProperty().get().isBlank() ? "" : "the instance profile";
    }

    private String describePools() {
        int t = LaunchValidation.splitIds(types.get()).size();
        int s = LaunchValidation.splitIds(subnets.get()).size();
        int z = LaunchValidation.splitIds(zones.get()).size();
        var where = s > 0 ? s + " subnet" + (s == 1 ? "" : "s") : z > 0 ? z + " zone" + (z == 1 ? "" : "s")
                : "any zone EC2 picks";
        int pools = t * Math.max(1, Math.max(s, z));
        return t + " type" + (t == 1 ? "" : "s") + " × " + where + " = " + pools + " pool" + (pools == 1 ? "" : "s");
    }

    /** Every problem of a Fleet launch now, base fields included, by field name; empty when sound. */
    public Map<String, String> problems() {
        var all = new LinkedHashMap<String, String>();
        if (!usesTemplateNow()) {
            put(all, "AMI", LaunchValidation.imageId(base.imageIdProperty().get()));
        }
        put(all, "instance types", FleetValidation.instanceTypes(types.get()));
        put(all, "subnets", subnetsProblem());
        put(all, "zones", FleetValidation.zones(zones.get(), subnets.get()));
        put(all, "count", LaunchValidation.count(countText()));
        put(all, "on-demand base", FleetValidation.onDemandBase(onDemandBase.get(), countText()));
        put(all, "max price", LaunchValidation.maxPrice(base.maxPriceProperty().get()));
        put(all, "key pair", LaunchValidation.keyName(base.keyNameProperty().get()));
        put(all, "security groups", LaunchValidation.securityGroups(base.securityGroupsProperty().get()));
        put(all, "user data", LaunchValidation.userData(base.userDataProperty().get()));
        put(all, "instance profile", LaunchValidation.instanceProfile(base.instanceProfileProperty().get()));
        put(all, "launch template", templateProblem());
        put(all, "tags", LaunchValidation.tags(base.tagsProperty().get()));
        return all;
    }

    private static void put(Map<String, String> all, String field, String problem) {
        if (!problem.isEmpty()) {
            all.put(field, problem);
        }
    }

    /** Shows every field's message, including those of required fields left empty. */
    public void revealAllErrors() {
        revealAll.set(true);
        base.revealAllErrors();
    }

    /** The fleet this form describes; call only when {@link #problems()} is empty. */
    public FleetSpec toSpec() {
        var template = launchTemplate.get().trim();
        return new FleetSpec(base.imageIdProperty().get().trim(), LaunchValidation.splitIds(types.get()),
                LaunchValidation.splitIds(subnets.get()), LaunchValidation.splitIds(zones.get()),
                LaunchValidation.parseCount(countText()), LaunchValidation.parseCount(onDemandBase.get()),
                strategy.get(), LaunchValidation.normalizePrice(base.maxPriceProperty().get()),
                base.keyNameProperty().get().trim(), LaunchValidation.splitIds(base.securityGroupsProperty().get()),
                base.userDataProperty().get(), base.instanceProfileProperty().get().trim(),
                LaunchValidation.parseTags(base.tagsProperty().get()), template,
                template.isEmpty() ? "" : templateVersion.get().trim());
    }

    public void addType(String type) {
        add(types, type);
    }

    /** Adds each of {@code more} not already listed, keeping the order (the user's first). */
    public void addTypes(List<String> more) {
        more.forEach(this::addType);
    }

    public void addSubnet(String id) {
        add(subnets, id);
    }

    public void addZone(String zone) {
        add(zones, zone);
    }

    private static void add(StringProperty list, String id) {
        var ids = LaunchValidation.splitIds(list.get());
        if (!ids.contains(id)) {
            ids.add(id);
            list.set(String.join(", ", ids));
        }
    }

    public LaunchForm base() {
        return base;
    }

    public FleetRequirements requirements() {
        return requirements;
    }

    public ObjectProperty<LaunchWay> wayProperty() {
        return way;
    }

    public boolean isFleet() {
        return way.get().isFleet();
    }

    public StringProperty typesProperty() {
        return types;
    }

    public StringProperty subnetsProperty() {
        return subnets;
    }

    public StringProperty zonesProperty() {
        return zones;
    }

    public ObjectProperty<Strategy> strategyProperty() {
        return strategy;
    }

    public StringProperty onDemandBaseProperty() {
        return onDemandBase;
    }

    public StringProperty launchTemplateProperty() {
        return launchTemplate;
    }

    public StringProperty templateVersionProperty() {
        return templateVersion;
    }

    public StringBinding typesErrorProperty() {
        return typesError;
    }

    public StringBinding subnetsErrorProperty() {
        return subnetsError;
    }

    public StringBinding zonesErrorProperty() {
        return zonesError;
    }

    public StringBinding onDemandBaseErrorProperty() {
        return onDemandBaseError;
    }

    public StringBinding launchTemplateErrorProperty() {
        return launchTemplateError;
    }

    /** An existing template is named: the AMI and other launch fields come from it. */
    public BooleanBinding usesTemplateProperty() {
        return usesTemplate;
    }

    /** The AMI's message: none on the Fleet way with an existing template, which fixes the AMI. */
    public StringBinding imageIdErrorProperty() {
        return imageIdError;
    }

    /** "2 types × 2 subnets = 4 pools", live. */
    public StringBinding poolsSummaryProperty() {
        return poolsSummary;
    }
}
