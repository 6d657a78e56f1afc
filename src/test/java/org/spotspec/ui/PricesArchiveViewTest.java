package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.archive.Span;
import org.spotspec.prices.PriceRange;
import org.spotspec.prices.PriceStatistics;
import org.spotspec.prices.SeriesKey;
import org.spotspec.testing.ArchiveFill;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.ViewHarness;
import org.spotspec.ui.common.FxmlView;
import org.spotspec.ui.prices.chart.PriceChart;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Prices tab over a pre-filled SQLite archive (a temp file): a year drawn from it, with the
 * span it never covered drawn as a gap and named in the note, and offline, what it holds.
 */
@ExtendWith(QuickApplicationExtension.class)
class PricesArchiveViewTest {
    private static final String HISTORY = "DescribeSpotPriceHistory";
    private static final SeriesKey KEY = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", "Linux/UNIX");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @RegisterExtension
    final ViewHarness view = new ViewHarness();

    @Start
    void start(Stage stage) {
        view.start(stage);
    }

    /** A year of points every 6 hours: $0.020 until 200 days ago, nothing for 50 days, then $0.040 up to now. */
    private void fillAYear() {
        var archive = view.services.archive().get().orElseThrow();
        var now = view.clock.instant();
        ArchiveFill.write(archive, new Span(now.minus(Duration.ofDays(365)), now.minus(Duration.ofDays(200))),
                Duration.ofHours(6), List.of(KEY), 0.020);
        ArchiveFill.write(archive, new Span(now.minus(Duration.ofDays(150)), now), Duration.ofHours(6), List.of(KEY), 0.040);
    }

    private void fetchLastYearOfM5(FxRobot robot) {
        view.aws.ec2Page("DescribeInstanceTypeOfferings", null, null, AwsStub.read("ec2-instance-type-offerings-page1.xml"));
        view.aws.ec2Page("DescribeInstanceTypeOfferings", null, "AAEAAW9mZmVyaW5ncy0y",
                AwsStub.read("ec2-instance-type-offerings-page2.xml"));
        view.aws.ec2Page("DescribeAvailabilityZones", null, null, AwsStub.read("ec2-describe-availability-zones.xml"));
        view.show(FxmlView.PRICES);
        FxWait.until(() -> view.services.prices().instanceTypes().items().size() == 12);
        robot.interact(() -> view.services.prices().instanceTypes().select(List.of("m5.large")));
        ComboBox<PriceRange> range = robot.lookup("#rangeBox").query();
        assertThat(range.getItems()).contains(PriceRange.LAST_6_MONTHS, PriceRange.LAST_YEAR, PriceRange.ALL,
                PriceRange.CUSTOM);
        robot.interact(() -> range.setValue(PriceRange.LAST_YEAR));
        robot.clickOn("#fetchButton");
        FxWait.until(() -> view.services.prices().historyProperty().get() != null
                && !view.services.prices().fetchingProperty().get());
    }

    @Test
    void aYearComesFromTheArchiveWithItsGapDrawnAsAGap(FxRobot robot) {
        fillAYear();
        fetchLastYearOfM5(robot);
        var now = view.clock.instant();
        assertThat(view.aws.count(HISTORY)).as("the archive covers the last 90 days: nothing to fetch").isZero();

        PriceChart chart = robot.lookup("#priceChart").query();
        var yearAgo = now.minus(Duration.ofDays(365)).atZone(ZoneId.systemDefault());
        assertThat(chart.getAccessibleText()).startsWith("Spot prices from").contains(DAY.format(yearAgo).substring(2));
        TableView<PriceStatistics> table = robot.lookup("#statsTable").query();
        FxWait.until(() -> table.getItems().size() == 1);
        var stats = table.getItems().get(0);
        assertThat(stats.min()).as("the cheap months of last year count").isCloseTo(0.018, within(0.0005));
        assertThat(stats.latest()).isBetween(0.038, 0.042);

        var note = FxWait.text(robot, "#archiveNote");
        assertThat(note).startsWith("No data from")
                .contains(DAY.format(now.minus(Duration.ofDays(200)).atZone(ZoneId.systemDefault())));
        var history = view.services.prices().historyProperty().get();
        assertThat(coloured(robot, chart, history.start(), history.end(), now.minus(Duration.ofDays(300))))
                .as("drawn a year ago").isPositive();
        assertThat(coloured(robot, chart, history.start(), history.end(), now.minus(Duration.ofDays(175))))
                .as("nothing drawn inside the gap, not the old price held flat").isZero();
        assertThat(coloured(robot, chart, history.start(), history.end(), now.minus(Duration.ofDays(50))))
                .as("drawn after the gap").isPositive();
    }

    @Test
    void offlineTheTabSaysSoAndShowsWhatTheArchiveHolds(FxRobot robot) {
        fillAYear();
        fetchLastYearOfM5(robot);
        robot.interact(() -> view.signOut(false));
        assertThat(view.services.prices().historyProperty().get()).isNull();
        robot.clickOn("#fetchButton");

        Label note = robot.lookup("#archiveNote").query();
        FxWait.until(() -> note.getText().startsWith("Offline"));
        var since = view.clock.instant().minus(Duration.ofDays(365)).atZone(ZoneId.systemDefault());
        assertThat(note.getText()).contains("since " + DAY.format(since)).contains("No data from");
        assertThat(note.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("offline"));
        assertThat(note.isVisible()).isTrue();
        assertThat(view.services.prices().historyProperty().get().find(KEY)).isPresent();
        assertThat(view.aws.count(HISTORY)).isZero();
    }

    /** Pixels of a series colour (saturated, unlike the white plot and its grey grid) in the plot's column at {@code t}. */
    private static int coloured(FxRobot robot, PriceChart chart, Instant start, Instant end, Instant t) {
        var plot = (ImageView) chart.getChildrenUnmodifiable().get(0);
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> count(plot, start, end, t)).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    private static int count(ImageView plot, Instant start, Instant end, Instant t) {
        var image = plot.getImage();
        int width = (int) image.getWidth();
        int x = (int) ((t.toEpochMilli() - start.toEpochMilli()) * (double) width / (end.toEpochMilli() - start.toEpochMilli()));
        int found = 0;
        for (int dx = -2; dx <= 2; dx++) { // a grid line may take one column: look beside it too
            for (int y = 0; y < (int) image.getHeight(); y++) {
                Color c = image.getPixelReader().getColor(Math.max(0, Math.min(width - 1, x + dx)), y);
                if (c.getSaturation() > 0.4 && c.getBrightness() < 0.95) {
                    found++;
                }
            }
        }
        return found;
    }
}
