package org.spotspec.ui.launch;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.spotspec.model.launch.CapacityFallback;
import org.spotspec.model.launch.LaunchWay;
import org.spotspec.ui.common.FieldBindings;

/**
 * What the chosen way does to the Launch form's rows, kept out of {@link LaunchController} so it
 * stays thin: the Fleet way has its own types and places (fleet.fxml) and no request type,
 * interruption or valid-until, which stay in sight, disabled, with the reason beside them.
 */
final class WayLayout {
    private WayLayout() {
    }

    /**
     * Marked in launch.fxml by style class: {@code single-way-only} (shown for a single-type launch:
     * its type, subnet and zone rows), {@code not-for-fleet} (disabled on the Fleet way) and
     * {@code fleet-only} (the reason, the "target capacity" label).
     */
    static void bind(ObservableValue<LaunchWay> way, Node form) {
        BooleanBinding single = Bindings.createBooleanBinding(() -> !way.getValue().isFleet(), way);
        form.lookupAll(".single-way-only").forEach(n -> FieldBindings.showWhen(n, single));
        form.lookupAll(".not-for-fleet").forEach(n -> n.disableProperty().bind(single.not()));
        form.lookupAll(".fleet-only").forEach(n -> FieldBindings.showWhen(n, single.not()));
    }

    /** The capacity fallback's button: there only while an offer stands, saying what it will launch. */
    static void fallback(Button button, ReadOnlyObjectProperty<CapacityFallback.Offer> offer) {
        FieldBindings.showWhen(button, offer.isNotNull());
        button.textProperty().bind(Bindings.createStringBinding(() -> offer.get() == null ? ""
                : offer.get().label() + "…", offer));
    }
}
