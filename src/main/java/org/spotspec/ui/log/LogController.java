package org.spotspec.ui.log;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ClipboardContent;
import org.spotspec.model.activity.ActivityEntry;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.ui.common.RowHeights;

/** The Log pane: every AWS call and app event in words, filterable and copyable. */
public final class LogController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final ActivityLog log;
    private FilteredList<ActivityEntry> shown;

    @FXML private TextField filterField;
    @FXML private ToggleButton errorsOnly;
    @FXML private Label countLabel;
    @FXML private TableView<ActivityEntry> table;
    @FXML private TableColumn<ActivityEntry, String> timeColumn;
    @FXML private TableColumn<ActivityEntry, String> sourceColumn;
    @FXML private TableColumn<ActivityEntry, String> summaryColumn;
    @FXML private TextArea detailsArea;

    public LogController(ActivityLog log) {
        this.log = log;
    }

    @FXML
    private void initialize() {
        shown = new FilteredList<>(log.entries());
        shown.predicateProperty().bind(Bindings.createObjectBinding(
                () -> entry -> matches(entry, filterField.getText(), errorsOnly.isSelected()),
                filterField.textProperty(), errorsOnly.selectedProperty()));
        table.setItems(shown);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(TIME.format(c.getValue().at())));
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        // One line per entry (a summary may hold a line break; the details below show it whole), every row of
        // one fixed height: alike, and a log of thousands scrolls without measuring each row.
        summaryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(oneLine(c.getValue().summary())));
        RowHeights.fix(table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ActivityEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                pseudoClassStateChanged(ERROR, !empty && entry.level() == ActivityEntry.Level.ERROR);
                pseudoClassStateChanged(WARNING, !empty && entry.level() == ActivityEntry.Level.WARNING);
            }
        });
        detailsArea.textProperty().bind(Bindings.createStringBinding(() -> describe(
                table.getSelectionModel().getSelectedItem()), table.getSelectionModel().selectedItemProperty()));
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> shown.size() + " of " + log.entries().size(), shown, log.entries()));
        shown.addListener((ListChangeListener<ActivityEntry>) change -> {
            if (!shown.isEmpty() && table.getSelectionModel().isEmpty()) {
                table.scrollTo(shown.size() - 1);
            }
        });
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\R+", " ");
    }

    private static boolean matches(ActivityEntry entry, String filter, boolean onlyErrors) {
        if (onlyErrors && entry.level() != ActivityEntry.Level.ERROR) {
            return false;
        }
        if (filter == null || filter.isBlank()) {
            return true;
        }
        var needle = filter.toLowerCase(java.util.Locale.ROOT);
        return (entry.summary() + " " + entry.source() + " " + entry.details())
                .toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    private static String describe(ActivityEntry entry) {
        if (entry == null) {
            return "";
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.at().atZone(ZoneId.systemDefault()))
                + "  " + entry.level() + "  " + entry.source() + "\n" + entry.summary()
                + (entry.details().isEmpty() ? "" : "\n\n" + entry.details());
    }

    @FXML
    private void copy() {
        var selected = table.getSelectionModel().getSelectedItems();
        var lines = (selected.isEmpty() ? shown : selected).stream()
                .map(e -> TIME.format(e.at()) + "\t" + e.level() + "\t" + e.source() + "\t" + oneLine(e.summary()))
                .collect(Collectors.joining("\n"));
        var content = new ClipboardContent();
        content.putString(lines);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void clear() {
        log.clear();
    }
}
