package org.spotspec.model.launch;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.StringProperty;
import org.spotspec.aws.launch.FleetSpec.Strategy;
import org.spotspec.aws.launch.FleetValidation;
import org.spotspec.aws.launch.LaunchSpec.Interruption;
import org.spotspec.aws.launch.LaunchSpec.Method;
import org.spotspec.aws.launch.LaunchSpec.RequestType;
import org.spotspec.aws.launch.LaunchValidation;
import org.spotspec.settings.EnumNames;
import org.spotspec.settings.LaunchSettings;
import org.spotspec.settings.LaunchSettings.FleetChoices;
import org.spotspec.settings.LaunchSettings.RegionChoices;

/**
 * Moves the Launch form's choices between the form and the saved settings: what means the same
 * everywhere at start, a region's AMI, type, price, key pair, groups and subnet or zone when the
 * user signs in to that region. Values are restored only where the form's own rules accept them,
 * so a hand-edited file cannot greet the user with red fields; the key pair, groups and subnet are
 * plain text, as if typed, whether or not the region's lists hold them. User data and tags are
 * never remembered.
 */
public final class LaunchSettingsAdapter {
    private final LaunchForm form;
    private final FleetForm fleet;
    /** The region whose choices the form holds; "" before the first sign-in. */
    private String region = "";

    /** @param fleet the EC2 Fleet part of the same form (its way, types, strategy, on-demand base) */
    public LaunchSettingsAdapter(LaunchForm form, FleetForm fleet) {
        this.form = form;
        this.fleet = fleet;
    }

    /** At start: API (or the Fleet way), count, request type, interruption, instance profile, Fleet's choices. */
    public void restoreGlobal(LaunchSettings saved) {
        var method = EnumNames.find(Method.values(), saved.method()).orElse(form.methodProperty().get());
        var type = EnumNames.find(RequestType.values(), saved.requestType())
                .orElse(form.requestTypeProperty().get());
        var behaviour = EnumNames.find(Interruption.values(), saved.interruption())
                .orElse(form.interruptionProperty().get());
        form.methodProperty().set(method);
        // The three are only valid together; a mismatched set (a hand edit) leaves the defaults.
        if (LaunchValidation.interruption(method, type, behaviour).isEmpty()) {
            form.requestTypeProperty().set(type);
            form.interruptionProperty().set(behaviour);
        }
        setIfValid(form.countProperty(), saved.count(), LaunchValidation::count);
        setIfValid(form.instanceProfileProperty(), saved.instanceProfile(), LaunchValidation::instanceProfile);
        restoreFleet(saved.fleet());
    }

    private void restoreFleet(FleetChoices saved) {
        setIfValid(fleet.typesProperty(), saved.types(), FleetValidation::instanceTypes);
        EnumNames.find(Strategy.values(), saved.strategy()).ifPresent(fleet.strategyProperty()::set);
        setIfValid(fleet.onDemandBaseProperty(), saved.onDemandBase(),
                value -> FleetValidation.onDemandBase(value, form.countProperty().get()));
        if (saved.chosen()) {
            fleet.wayProperty().set(LaunchWay.FLEET);
        }
    }

    /**
     * At sign-in: the region's remembered choices. Signing in again to the region the form already
     * holds (switching profile, say) keeps what the user typed since; a region with nothing
     * remembered keeps the form as it is.
     */
    public void signedIn(String signedInRegion, LaunchSettings saved) {
        if (signedInRegion.equals(region)) {
            return;
        }
        region = signedInRegion;
        saved.forRegion(signedInRegion).ifPresent(this::restoreRegion);
    }

    private void restoreRegion(RegionChoices r) {
        // Every field is set, empty when the saved value is unfit: another region's ids are no use here.
        form.imageIdProperty().set(valid(r.imageId(), LaunchValidation::imageId));
        form.instanceTypeProperty().set(valid(r.instanceType(), LaunchValidation::instanceType));
        form.maxPriceProperty().set(valid(r.maxPrice(), LaunchValidation::maxPrice));
        form.keyNameProperty().set(valid(r.pairName(), LaunchValidation::keyName));
        form.securityGroupsProperty().set(valid(String.join(", ", r.securityGroups()),
                LaunchValidation::securityGroups));
        var subnet = valid(r.subnet(), LaunchValidation::subnet);
        form.subnetProperty().set(subnet);
        form.zoneProperty().set(valid(r.zone(), z -> LaunchValidation.zone(z, subnet)));
    }

    /** When a launch or dry run is sent in {@code launchRegion}: the form's choices, that region first. */
    public LaunchSettings remember(String launchRegion, LaunchSettings before) {
        region = launchRegion;
        var global = new LaunchSettings(form.methodProperty().get().name(), form.countProperty().get().trim(),
                form.requestTypeProperty().get().name(), form.interruptionProperty().get().name(),
                form.instanceProfileProperty().get().trim(), before.regions(), new FleetChoices(fleet.isFleet(),
                fleet.typesProperty().get().trim(), fleet.strategyProperty().get().name(),
                fleet.onDemandBaseProperty().get().trim()));
        return global.withRegionChoices(new RegionChoices(launchRegion, form.imageIdProperty().get().trim(),
                form.instanceTypeProperty().get().trim(), form.maxPriceProperty().get().trim(),
                form.keyNameProperty().get().trim(), LaunchValidation.splitIds(form.securityGroupsProperty().get()),
                form.subnetProperty().get().trim(), form.zoneProperty().get().trim()));
    }

    private static void setIfValid(StringProperty field, String value, Function<String, String> problem) {
        if (!value.isBlank() && problem.apply(value).isEmpty()) {
            field.set(value);
        }
    }

    private static String valid(String value, UnaryOperator<String> problem) {
        return problem.apply(value).isEmpty() ? value : "";
    }
}
