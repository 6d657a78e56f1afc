package org.spotspec.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Small bindings every form uses: show/hide with layout, and messages next to fields. */
public final class FieldBindings {
    /** AtlantaFX styles inputs in this state with the theme's danger colour. */
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private FieldBindings() {
    }

    /** Shows {@code node} only when {@code condition} holds, and frees its space otherwise. */
    public static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** A label that shows {@code message}, and takes no space while it is empty. */
    public static void message(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        var shown = javafx.beans.binding.Bindings.isNotEmpty(message);
        showWhen(label, shown);
    }

    /** {@link #message} for a field's error, and marks the field while there is one. */
    public static void error(Label label, ObservableStringValue message, Node field) {
        message(label, message);
        field.pseudoClassStateChanged(DANGER, !message.get().isEmpty());
        message.addListener((obs, old, text) -> field.pseudoClassStateChanged(DANGER, !text.isEmpty()));
    }
}
