package org.spotspec.ui.events;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;

/**
 * The Events tab's count of events not acknowledged, as a badge beside its title; gone at zero.
 * Screen readers hear it through the tab's text ("Events, 3 not acknowledged").
 */
public final class EventsTabBadge {
    private EventsTabBadge() {
    }

    public static void bind(Tab tab, ReadOnlyIntegerProperty unacknowledged) {
        var badge = new Label();
        badge.getStyleClass().add("count-badge");
        badge.textProperty().bind(Bindings.createStringBinding(
                () -> unacknowledged.get() > 999 ? "999+" : Integer.toString(unacknowledged.get()), unacknowledged));
        badge.visibleProperty().bind(unacknowledged.greaterThan(0));
        badge.managedProperty().bind(badge.visibleProperty());
        badge.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> unacknowledged.get() + " events not acknowledged", unacknowledged));
        badge.setId("eventsBadge");
        tab.setGraphic(badge);
        tab.getStyleClass().add("badged-tab");
    }
}
