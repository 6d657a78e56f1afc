package org.spotspec.ui.launch;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * A text field stays the source of truth (so ids can always be typed, lists or not); a picker
 * beside it offers what EC2 listed and writes the chosen id into the field.
 */
final class Pickers {
    private Pickers() {
    }

    /**
     * @param items what to offer; the picker is disabled while it is empty
     * @param id    the text a choice puts into the field
     * @param label how a choice reads in the list
     * @param apply what choosing does with the id (set the field, or add to it)
     */
    static <T> void attach(ComboBox<T> picker, ObservableList<T> items, Function<T, String> id,
                           Function<T, String> label, Consumer<String> apply) {
        picker.setItems(items);
        picker.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(items));
        picker.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        // The button shows the prompt again after each choice: the field shows what was chosen.
        picker.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(picker.getPromptText());
            }
        });
        picker.setOnAction(e -> {
            var chosen = picker.getValue();
            if (chosen != null) {
                apply.accept(id.apply(chosen));
                javafx.application.Platform.runLater(() -> picker.getSelectionModel().clearSelection());
            }
        });
    }

    /** A choice box over an enum's values, each shown by {@code label}, bound both ways to {@code value}. */
    static <E extends Enum<E>> void choice(ChoiceBox<E> box, E[] values, Function<E, String> label,
                                           javafx.beans.property.ObjectProperty<E> value) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : label.apply(e);
            }

            @Override
            public E fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        box.valueProperty().bindBidirectional(value);
    }
}
