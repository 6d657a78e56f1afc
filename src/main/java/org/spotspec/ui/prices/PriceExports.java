package org.spotspec.ui.prices;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.spotspec.aws.AwsProblem;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.status.StatusState;
import org.spotspec.prices.PriceCsv;
import org.spotspec.prices.PriceStatistics;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.ui.common.PngEncoder;
import org.spotspec.ui.prices.chart.ChartImage;
import org.spotspec.ui.prices.chart.PriceChart;

/**
 * Saves the chart as PNG (with title and legend) and the table as CSV; the writing happens in the
 * background, and each save is confirmed with its path in the view and the activity log.
 */
public final class PriceExports {
    private final TaskRunner tasks;
    private final StatusState status;
    private final ActivityLog log;
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");

    public PriceExports(TaskRunner tasks, StatusState status, ActivityLog log) {
        this.tasks = tasks;
        this.status = status;
        this.log = log;
    }

    /** What the last export saved, and where, for the view to confirm; empty before one. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    void savePng(PriceChart chart) {
        var file = choose(chart.getScene().getWindow(), "spot-prices.png", "PNG image", "*.png");
        if (file != null) {
            savePng(chart, file);
        }
    }

    /** Saves the chart as shown, with its title and legend drawn in, to {@code file}; call on the FX thread. */
    public void savePng(PriceChart chart, File file) {
        writePng(ChartImage.of(chart), file);
    }

    void saveCsv(Window owner, List<PriceStatistics> rows) {
        var file = choose(owner, "spot-prices.csv", "CSV file", "*.csv");
        if (file != null) {
            writeCsv(List.copyOf(rows), file);
        }
    }

    /** Writes an image taken on the FX thread to {@code file}, off the FX thread. */
    public void writePng(Image image, File file) {
        run("Save chart as PNG", "Saved the chart to ", file, () -> {
            try (var out = new BufferedOutputStream(Files.newOutputStream(file.toPath()))) {
                PngEncoder.write(image, out);
            }
        });
    }

    public void writeCsv(List<PriceStatistics> rows, File file) {
        run("Export CSV", "Exported the table to ", file, () -> Files.writeString(file.toPath(), PriceCsv.format(rows), StandardCharsets.UTF_8));
    }

    private interface Write {
        void run() throws IOException;
    }

    private void run(String action, String done, File file, Write write) {
        tasks.task(action, () -> {
            try {
                write.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }).onSuccess(f -> {
            log.info(action + ": " + f);
            saved.set(done + f);
        })
                .onFailure(e -> status.report(AwsProblem.local("WriteFailed", "Could not write " + file + ": "
                        + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()),
                        "Choose another folder or file name.").withAction(action)))
                .start();
    }

    private static File choose(Window owner, String name, String description, String pattern) {
        var chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return chooser.showSaveDialog(owner);
    }
}
