package org.spotspec.ui.prices;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.Node;
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

/** Saves the chart as PNG and the table as CSV; the writing happens in the background. */
public final class PriceExports {
    private final TaskRunner tasks;
    private final StatusState status;
    private final ActivityLog log;

    public PriceExports(TaskRunner tasks, StatusState status, ActivityLog log) {
        this.tasks = tasks;
        this.status = status;
        this.log = log;
    }

    void savePng(Node chart) {
        var file = choose(chart.getScene().getWindow(), "spot-prices.png", "PNG image", "*.png");
        if (file != null) {
            writePng(chart.snapshot(null, null), file);
        }
    }

    void saveCsv(Window owner, List<PriceStatistics> rows) {
        var file = choose(owner, "spot-prices.csv", "CSV file", "*.csv");
        if (file != null) {
            writeCsv(List.copyOf(rows), file);
        }
    }

    /** Writes an image taken on the FX thread to {@code file}, off the FX thread. */
    public void writePng(Image image, File file) {
        run("Save chart as PNG", file, () -> {
            try (var out = new BufferedOutputStream(Files.newOutputStream(file.toPath()))) {
                PngEncoder.write(image, out);
            }
        });
    }

    public void writeCsv(List<PriceStatistics> rows, File file) {
        run("Export CSV", file, () -> Files.writeString(file.toPath(), PriceCsv.format(rows), StandardCharsets.UTF_8));
    }

    private interface Write {
        void run() throws IOException;
    }

    private void run(String action, File file, Write write) {
        tasks.task(action, () -> {
            try {
                write.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }).onSuccess(f -> log.info(action + ": " + f))
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
