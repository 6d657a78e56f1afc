package org.spotspec.model.archive;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.spotspec.archive.JdbcUrls;
import org.spotspec.archive.PriceArchive;
import org.spotspec.archive.SeriesStatus;
import org.spotspec.pricedata.ArchiveHandle;
import org.spotspec.pricedata.ArchiveOpener;
import org.spotspec.prices.SeriesKey;
import org.spotspec.tasks.TaskRunner;

/**
 * The Archive view's archive half: where the archive is, its size, one row per stored series,
 * removing series, compacting, and choosing a team archive's URL. Every call that touches the
 * archive runs as a background task: opening it may migrate a file or reach a server.
 */
public final class ArchiveModel {
    /** What a task read from the archive: its place, size and rows. */
    private record Snapshot(String location, long size, List<SeriesStatus> rows) {
    }

    private final ArchiveHandle handle;
    private final ArchiveOpener opener;
    private final TaskRunner tasks;
    private final String environmentUrl;
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<SeriesStatus> rows = FXCollections.observableArrayList();
    private final StringProperty urlText = new SimpleStringProperty("");
    private final StringBinding urlError;
    private final javafx.beans.property.BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty(false);
    private Runnable onUrlApplied = () -> { };
    private boolean pendingApply;
    private String appliedUrl = "";

    /** @param env the environment: SPOTSPEC_ARCHIVE_URL, when set, wins over the URL chosen here */
    public ArchiveModel(ArchiveHandle handle, ArchiveOpener opener, TaskRunner tasks, Map<String, String> env) {
        this.handle = handle;
        this.opener = opener;
        this.tasks = tasks;
        var fromEnv = env.get(ArchiveOpener.URL_VARIABLE);
        this.environmentUrl = fromEnv == null || fromEnv.isBlank() ? "" : fromEnv.trim();
        if (!environmentUrl.isEmpty()) {
            urlText.set(JdbcUrls.withoutPassword(environmentUrl));
        }
        urlError = Bindings.createStringBinding(() -> urlProblem(urlText.get()), urlText);
        // Read each time the tab is shown (a sync may have added rows), never before: opening the
        // archive may migrate a file or reach a server.
        shown.addListener((obs, was, now) -> {
            if (now && !busy.get()) {
                refresh();
            }
        });
    }

    /** Whether the Archive tab is on screen; the window binds it to the tab's selection. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return shown;
    }

    /** Why {@code url} cannot be an archive's location; empty when it can (blank: the file on this computer). */
    public static String urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        var u = url.trim();
        if (!u.startsWith("jdbc:postgresql://")) {
            return "Leave empty for the archive file on this computer, or enter jdbc:postgresql://host:5432/database.";
        }
        var rest = u.substring("jdbc:postgresql://".length());
        return rest.isEmpty() || rest.startsWith("/") || !rest.contains("/")
                ? "Name the server and the database: jdbc:postgresql://host:5432/database." : "";
    }

    /** Reads the location, size and series again. */
    public void refresh() {
        run("Read the price archive", archive -> null, "");
    }

    /** Removes the stored points and coverage of {@code series}; their next fetch starts afresh. */
    public void remove(List<SeriesKey> series) {
        if (series.isEmpty()) {
            return;
        }
        run("Remove archived series", archive -> {
            archive.remove(series);
            return series.size() == 1 ? "Removed 1 series." : "Removed " + series.size() + " series.";
        }, "");
    }

    /** Gives removed rows' space back to the file system; the message gives the size before and after. */
    public void compact() {
        run("Compact the price archive", archive -> {
            long before = archive.sizeOnDisk();
            archive.compact();
            return "Compacted: " + Sizes.bytes(before) + " before, " + Sizes.bytes(archive.sizeOnDisk()) + " after.";
        }, "Compacting…");
    }

    /**
     * Uses the URL in the field from now on (blank: the file on this computer) and opens it in the
     * background; a password is asked through {@code prompt}, used once, never kept.
     */
    public void apply(ArchiveOpener.PasswordPrompt prompt) {
        if (!urlEditable() || !urlError.get().isEmpty()) {
            return;
        }
        var url = urlText.get().trim();
        var withPrompt = opener.withPrompt(prompt);
        rows.clear();
        pendingApply = true;
        // The old archive is closed in the task too: closing (and waiting for an opening under way) is I/O.
        run("Open the price archive", () -> handle.reopenWith(() -> withPrompt.open(withPrompt.url(null, url))),
                archive -> "Archive opened: " + archive.location(), "Opening…");
    }

    /** Sets the URL field (restored from the settings) and uses it at the archive's next opening. */
    public void restoreUrl(String url) {
        if (urlEditable()) {
            urlText.set(url == null ? "" : url);
            appliedUrl = urlText.get();
            handle.reopenWith(() -> opener.open(opener.url(null, urlText.get())));
        }
    }

    /** Called on the FX thread after an applied URL opened: the window saves it in the settings. */
    public void setOnUrlApplied(Runnable callback) {
        onUrlApplied = callback;
    }

    private void run(String description, Function<PriceArchive, String> work, String startMessage) {
        run(description, () -> { }, work, startMessage);
    }

    private void run(String description, Runnable first, Function<PriceArchive, String> work, String startMessage) {
        busy.set(true);
        if (!startMessage.isEmpty()) {
            message.set(startMessage);
        }
        var result = new String[1];
        tasks.task(description, () -> {
            first.run();
            var archive = handle.get();
            if (archive.isEmpty()) {
                return null;
            }
            result[0] = work.apply(archive.get());
            return new Snapshot(archive.get().location(), archive.get().sizeOnDisk(), archive.get().status());
        }).onSuccess(snapshot -> {
            busy.set(false);
            if (snapshot == null) {
                pendingApply = false;
                showProblem(handle.problem());
                return;
            }
            location.set(snapshot.location());
            size.set(Sizes.bytes(snapshot.size()));
            rows.setAll(snapshot.rows());
            message.set(result[0] == null ? "" : result[0]);
            if (pendingApply) {
                pendingApply = false;
                appliedUrl = urlText.get().trim();
                onUrlApplied.run();
            }
        }).onFailure(e -> {
            busy.set(false);
            pendingApply = false;
            message.set(e.getMessage() == null ? e.toString() : e.getMessage());
            handle.retry();
        }).start();
    }

    private void showProblem(String problem) {
        location.set("");
        size.set("");
        rows.clear();
        message.set("No archive: " + problem + " Prices are fetched from AWS as before (90 days at most).");
        handle.retry(); // the next refresh tries again: the server may be back
    }

    /** The URL in use (restored, or applied and opened); blank for the file on this computer. */
    public String appliedUrl() {
        return appliedUrl;
    }

    /** False when SPOTSPEC_ARCHIVE_URL names the archive: the field shows it, read-only. */
    public boolean urlEditable() {
        return environmentUrl.isEmpty();
    }

    public StringProperty urlTextProperty() {
        return urlText;
    }

    public StringBinding urlErrorProperty() {
        return urlError;
    }

    /** The file, or the server's URL without a password. */
    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** The last action's outcome, or why there is no archive. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** One row per stored series, as the archive lists them. */
    public ObservableList<SeriesStatus> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }
}
