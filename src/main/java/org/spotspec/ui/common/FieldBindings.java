package org.spotspec.ui.common;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/** Small bindings every form uses: show/hide with layout, and messages next to fields (on reserved lines or not). */
public final class FieldBindings {
    /** AtlantaFX styles inputs in this state with the theme's danger colour; a field with a message has it. */
    static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final String RESERVED = "reserved-line";

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

    /**
     * A message line whose space is kept while it is empty (style class {@code reserved-line}), so
     * the fields below never move when it appears: a click aimed at them lands on them.
     */
    public static void reserved(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.setManaged(true);
        if (!label.getStyleClass().contains(RESERVED)) {
            label.getStyleClass().add(RESERVED);
        }
    }

    /** {@link #reserved} for a field's error, and marks the field while there is one. */
    public static void reservedError(Label label, ObservableStringValue message, Node field) {
        reserved(label, message);
        markWhile(message, field);
    }

    /**
     * {@link #reserved} for a read-out that shares its line with {@code error} (both in one
     * StackPane): the read-out steps aside while there is an error.
     */
    public static void reservedInfo(Label label, ObservableStringValue message, ObservableStringValue error) {
        reserved(label, message);
        label.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(error));
    }

    /** A text field bound both ways to {@code value}, with its error on a reserved line. */
    public static void field(TextInputControl input, StringProperty value, Label error, ObservableStringValue message) {
        input.textProperty().bindBidirectional(value);
        reservedError(error, message, input);
    }

    private static void markWhile(ObservableStringValue message, Node field) {
        field.pseudoClassStateChanged(DANGER, !message.get().isEmpty());
        message.addListener((obs, old, text) -> field.pseudoClassStateChanged(DANGER, !text.isEmpty()));
    }

    /** {@link #message} for a field's error, and marks the field while there is one. */
    public static void error(Label label, ObservableStringValue message, Node field) {
        message(label, message);
        markWhile(message, field);
    }
}
