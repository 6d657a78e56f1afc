package org.spotspec.ui.signin;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import org.spotspec.model.signin.SourceKind;

/** The segmented credential-source control: one toggle per source, always one chosen, two-way with the form. */
final class SourceToggles {
    private SourceToggles() {
    }

    static void bind(ToggleGroup group, Map<Toggle, SourceKind> kinds, ObjectProperty<SourceKind> source) {
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // a segmented control always has one choice
            } else {
                source.set(kinds.get(toggle));
            }
        });
        source.addListener((obs, old, kind) -> select(kinds, kind));
        select(kinds, source.get());
    }

    private static void select(Map<Toggle, SourceKind> kinds, SourceKind kind) {
        kinds.entrySet().stream().filter(e -> e.getValue() == kind).findFirst()
                .ifPresent(e -> e.getKey().setSelected(true));
    }
}
