package org.spotspec.ui.events;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.spotspec.model.watch.EventTexts;
import org.spotspec.model.watch.EventsModel;
import org.spotspec.ui.common.FieldBindings;
import org.spotspec.watch.StoredEvent;

/**
 * The Events tab's history: the table (unacknowledged rows in bold), its filters, Acknowledge,
 * Acknowledge all, Copy, and the selected event's whole message below. The history is read from the
 * store the first time the tab is built.
 */
public final class EventsController {
    private static final PseudoClass UNACKNOWLEDGED = PseudoClass.getPseudoClass("unacknowledged");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final EventsModel model;
    private final ZoneId zone;

    /** Unused here: the id names the view for tests and the layout check. */
    @FXML private javafx.scene.control.SplitPane eventsRoot;
    @FXML private TableView<StoredEvent> eventTable;
    @FXML private TextField eventFilterText;
    @FXML private ComboBox<String> eventKindFilter;
    @FXML private CheckBox unacknowledgedOnly;
    @FXML private Button acknowledgeButton;
    @FXML private Button acknowledgeAllButton;
    @FXML private Button copyEventsButton;
    @FXML private Label eventsProblem;
    @FXML private Label eventsEmpty;
    @FXML private Label eventHeadline;
    @FXML private Label eventMessage;

    public EventsController(EventsModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        eventFilterText.textProperty().bindBidirectional(model.filterTextProperty());
        eventKindFilter.setItems(model.kinds());
        eventKindFilter.valueProperty().bindBidirectional(model.kindFilterProperty());
        unacknowledgedOnly.selectedProperty().bindBidirectional(model.unacknowledgedOnlyProperty());
        EventColumns.setUp(eventTable, zone);
        var sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(eventTable.comparatorProperty());
        eventTable.setItems(sorted);
        eventTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        eventTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StoredEvent item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(UNACKNOWLEDGED, !empty && item != null && !item.acknowledged());
            }
        });
        var selected = eventTable.getSelectionModel().getSelectedItems();
        var none = Bindings.isEmpty(selected);
        acknowledgeButton.disableProperty().bind(none);
        copyEventsButton.disableProperty().bind(none);
        acknowledgeAllButton.disableProperty().bind(model.unacknowledgedProperty().isEqualTo(0));
        FieldBindings.message(eventsProblem, model.problemProperty());
        var focused = eventTable.getSelectionModel().selectedItemProperty();
        eventHeadline.textProperty().bind(Bindings.createStringBinding(() -> headline(focused.get()), focused));
        eventMessage.textProperty().bind(Bindings.createStringBinding(
                () -> focused.get() == null ? "" : focused.get().event().message(), focused));
        // Ctrl+C (Cmd+C) in the table copies the selected events, as the button does.
        eventTable.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.C,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN).match(e)) {
                copySelected();
                e.consume();
            }
        });
        model.revealedProperty().addListener((obs, old, event) -> {
            if (event != null) {
                reveal(event.key());
            }
        });
        model.load();
    }

    private String headline(StoredEvent stored) {
        if (stored == null) {
            return "Select an event to read its whole message.";
        }
        var e = stored.event();
        var change = EventTexts.change(e);
        return EventTexts.title(e) + " · " + e.id() + (change.isEmpty() ? "" : " · " + change) + " · "
                + WHEN.withZone(zone).format(e.time());
    }

    /** Selects the event with {@code key} and scrolls to it (a notification was clicked). */
    private void reveal(long key) {
        eventTable.getItems().stream().filter(e -> e.key() == key).findFirst().ifPresent(e -> {
            eventTable.getSelectionModel().clearSelection();
            eventTable.getSelectionModel().select(e);
            eventTable.scrollTo(e);
            eventTable.requestFocus();
        });
    }

    @FXML
    private void acknowledgeSelected() {
        model.acknowledge(java.util.List.copyOf(eventTable.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void acknowledgeAll() {
        model.acknowledgeAll();
    }

    @FXML
    private void copySelected() {
        var rows = java.util.List.copyOf(eventTable.getSelectionModel().getSelectedItems());
        if (rows.isEmpty()) {
            return;
        }
        var content = new ClipboardContent();
        content.putString(EventTexts.copyText(rows, zone));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
