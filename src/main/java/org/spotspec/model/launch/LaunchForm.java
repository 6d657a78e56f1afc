package org.spotspec.model.launch;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.spotspec.aws.launch.LaunchSpec.Interruption;
import org.spotspec.aws.launch.LaunchSpec.Method;
import org.spotspec.aws.launch.LaunchSpec.RequestType;
import org.spotspec.aws.launch.LaunchSpec;
import org.spotspec.aws.launch.LaunchValidation;

/**
 * What the user entered in the Launch tab, with a message per field. Messages show for a field
 * once it holds something, and for every field after a launch or dry run was attempted, so an
 * empty form does not greet the user in red. The model owns this state, so it outlives the view,
 * a failed launch and a session renewal.
 */
public final class LaunchForm {
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Method.RUN_INSTANCES);
    private final StringProperty imageId = new SimpleStringProperty("");
    private final StringProperty instanceType = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("1");
    private final StringProperty maxPrice = new SimpleStringProperty("");
    private final StringProperty keyName = new SimpleStringProperty("");
    private final StringProperty securityGroups = new SimpleStringProperty("");
    private final StringProperty subnet = new SimpleStringProperty("");
    private final StringProperty zoneName = new SimpleStringProperty("");
    private final StringProperty userData = new SimpleStringProperty("");
    private final StringProperty instanceProfile = new SimpleStringProperty("");
    private final ObjectProperty<RequestType> requestType = new SimpleObjectProperty<>(RequestType.ONE_TIME);
    private final ObjectProperty<Interruption> interruption = new SimpleObjectProperty<>(Interruption.TERMINATE);
    private final StringProperty validUntil = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final BooleanProperty revealAll = new SimpleBooleanProperty(false);

    private final StringBinding imageIdError = shown(imageId, () -> LaunchValidation.imageId(imageId.get()));
    private final StringBinding instanceTypeError =
            shown(instanceType, () -> LaunchValidation.instanceType(instanceType.get()));
    private final StringBinding countError = shown(count, () -> LaunchValidation.count(count.get()));
    private final StringBinding maxPriceError = shown(maxPrice, () -> LaunchValidation.maxPrice(maxPrice.get()));
    private final StringBinding keyNameError = shown(keyName, () -> LaunchValidation.keyName(keyName.get()));
    private final StringBinding securityGroupsError =
            shown(securityGroups, () -> LaunchValidation.securityGroups(securityGroups.get()));
    private final StringBinding subnetError = shown(subnet, () -> LaunchValidation.subnet(subnet.get()));
    private final StringBinding zoneError =
            shown(zoneName, () -> LaunchValidation.zone(zoneName.get(), subnet.get()), subnet);
    private final StringBinding userDataError = Bindings.createStringBinding(
            () -> LaunchValidation.userData(userData.get()), userData);
    private final StringBinding userDataSize = Bindings.createStringBinding(() -> String.format(Locale.ROOT,
            "%,d of %,d bytes", LaunchValidation.bytes(userData.get()), LaunchValidation.MAX_USER_DATA_BYTES), userData);
    private final StringBinding instanceProfileError =
            shown(instanceProfile, () -> LaunchValidation.instanceProfile(instanceProfile.get()));
    private final StringBinding interruptionError = Bindings.createStringBinding(
            () -> LaunchValidation.interruption(method.get(), requestType.get(), interruption.get()),
            method, requestType, interruption);
    private final StringBinding validUntilError = shown(validUntil, this::validUntilProblem, method, requestType);
    private final StringBinding tagsError = shown(tags, () -> LaunchValidation.tags(tags.get()));

    public LaunchForm(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    private StringBinding shown(StringProperty field, Callable<String> check, Observable... more) {
        var dependencies = new Observable[more.length + 2];
        dependencies[0] = field;
        dependencies[1] = revealAll;
        System.arraycopy(more, 0, dependencies, 2, more.length);
        return Bindings.createStringBinding(() -> field.get().isEmpty() && !revealAll.get() ? "" : check.call(),
                dependencies);
    }

    private String validUntilProblem() {
        return LaunchValidation.validUntil(validUntil.get(), method.get(), requestType.get(), zone, clock.instant());
    }

    /** Every field's problem now (the clock included), by field name; empty when the form is sound. */
    public Map<String, String> problems() {
        var all = new LinkedHashMap<String, String>();
        put(all, "AMI", LaunchValidation.imageId(imageId.get()));
        put(all, "instance type", LaunchValidation.instanceType(instanceType.get()));
        put(all, "count", LaunchValidation.count(count.get()));
        put(all, "max price", LaunchValidation.maxPrice(maxPrice.get()));
        put(all, "key pair", LaunchValidation.keyName(keyName.get()));
        put(all, "security groups", LaunchValidation.securityGroups(securityGroups.get()));
        put(all, "subnet", LaunchValidation.subnet(subnet.get()));
        put(all, "zone", LaunchValidation.zone(zoneName.get(), subnet.get()));
        put(all, "user data", LaunchValidation.userData(userData.get()));
        put(all, "instance profile", LaunchValidation.instanceProfile(instanceProfile.get()));
        put(all, "interruption", LaunchValidation.interruption(method.get(), requestType.get(), interruption.get()));
        put(all, "valid until", validUntilProblem());
        put(all, "tags", LaunchValidation.tags(tags.get()));
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
    }

    /** The launch this form describes; call only when {@link #problems()} is empty. */
    public LaunchSpec toSpec() {
        return new LaunchSpec(method.get(), imageId.get().trim(), instanceType.get().trim(),
                LaunchValidation.parseCount(count.get()), LaunchValidation.normalizePrice(maxPrice.get()), keyName.get().trim(),
                LaunchValidation.splitIds(securityGroups.get()), subnet.get().trim(), zoneName.get().trim(),
                userData.get(), instanceProfile.get().trim(), requestType.get(), interruption.get(),
                LaunchValidation.parseValidUntil(validUntil.get(), zone), LaunchValidation.parseTags(tags.get()));
    }

    /** Adds a security group id to the list, once. */
    public void addSecurityGroup(String id) {
        var ids = LaunchValidation.splitIds(securityGroups.get());
        if (!ids.contains(id)) {
            ids.add(id);
            securityGroups.set(String.join(", ", ids));
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public ObjectProperty<Method> methodProperty() {
        return method;
    }

    public StringProperty imageIdProperty() {
        return imageId;
    }

    public StringProperty instanceTypeProperty() {
        return instanceType;
    }

    public StringProperty countProperty() {
        return count;
    }

    public StringProperty maxPriceProperty() {
        return maxPrice;
    }

    public StringProperty keyNameProperty() {
        return keyName;
    }

    public StringProperty securityGroupsProperty() {
        return securityGroups;
    }

    public StringProperty subnetProperty() {
        return subnet;
    }

    public StringProperty zoneProperty() {
        return zoneName;
    }

    public StringProperty userDataProperty() {
        return userData;
    }

    public StringProperty instanceProfileProperty() {
        return instanceProfile;
    }

    public ObjectProperty<RequestType> requestTypeProperty() {
        return requestType;
    }

    public ObjectProperty<Interruption> interruptionProperty() {
        return interruption;
    }

    public StringProperty validUntilProperty() {
        return validUntil;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringBinding imageIdErrorProperty() {
        return imageIdError;
    }

    public StringBinding instanceTypeErrorProperty() {
        return instanceTypeError;
    }

    public StringBinding countErrorProperty() {
        return countError;
    }

    public StringBinding maxPriceErrorProperty() {
        return maxPriceError;
    }

    public StringBinding keyNameErrorProperty() {
        return keyNameError;
    }

    public StringBinding securityGroupsErrorProperty() {
        return securityGroupsError;
    }

    public StringBinding subnetErrorProperty() {
        return subnetError;
    }

    public StringBinding zoneErrorProperty() {
        return zoneError;
    }

    public StringBinding userDataErrorProperty() {
        return userDataError;
    }

    public StringBinding instanceProfileErrorProperty() {
        return instanceProfileError;
    }

    public StringBinding interruptionErrorProperty() {
        return interruptionError;
    }

    public StringBinding validUntilErrorProperty() {
        return validUntilError;
    }

    public StringBinding tagsErrorProperty() {
        return tagsError;
    }

    /** "1,234 of 16,384 bytes", live as the user types. */
    public StringBinding userDataSizeProperty() {
        return userDataSize;
    }
}
