package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.archive.PriceArchive;
import org.spotspec.archive.SeriesStatus;
import org.spotspec.archive.Span;
import org.spotspec.model.archive.ArchiveSettingsAdapter;
import org.spotspec.pricedata.TrackedSeries;
import org.spotspec.prices.SeriesKey;
import org.spotspec.settings.ArchiveSettings;
import org.spotspec.testing.ArchiveFill;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.TestSessions;
import org.spotspec.testing.ViewHarness;
import org.spotspec.ui.common.FxmlView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Archive tab, mounted signed in over the local EC2 stub, its archive a SQLite file in a temp home. */
@ExtendWith(QuickApplicationExtension.class)
class ArchiveViewTest {
    private static final String HISTORY = "DescribeSpotPriceHistory";
    private static final SeriesKey A = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", "Linux/UNIX");
    private static final SeriesKey B = new SeriesKey("eu-west-1", "eu-west-1b", "m5.large", "Linux/UNIX");
    private static final SeriesKey C = new SeriesKey("us-east-1", "us-east-1a", "c5.large", "Linux/UNIX");
    private static final TrackedSeries M5_IN_IRELAND =
            new TrackedSeries(List.of("m5.large"), List.of("eu-west-1"), List.of("Linux/UNIX"));

    @RegisterExtension
    final ViewHarness view = new ViewHarness();

    @Start
    void start(Stage stage) {
        view.start(stage);
    }

    @Test
    void aUrlThatCannotBeUsedIsExplainedAndApplyTakesTheCursorBackToIt(FxRobot robot) {
        view.show(FxmlView.ARCHIVE);
        var before = view.services.archive().get().orElseThrow();
        robot.clickOn("#urlField").write("mysql://db.example.com/prices");
        FxWait.until(() -> !FxWait.text(robot, "#urlError").isEmpty());

        robot.clickOn("#applyButton");

        FxWait.until(() -> robot.lookup("#urlField").query().isFocused());
        assertThat(view.services.archive().get()).as("nothing opened").containsSame(before);
    }

    /** Three series: two zones of m5.large with a gap between two covered spans, one c5.large. */
    private PriceArchive filled() {
        var archive = view.services.archive().get().orElseThrow();
        var now = view.clock.instant();
        var step = Duration.ofHours(6);
        ArchiveFill.write(archive, new Span(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(10))), step,
                List.of(A, B), 0.04);
        ArchiveFill.write(archive, new Span(now.minus(Duration.ofDays(5)), now), step, List.of(A, B), 0.04);
        ArchiveFill.write(archive, new Span(now.minus(Duration.ofDays(20)), now), step, List.of(C), 0.03);
        return archive;
    }

    private void stubOfferings() {
        view.aws.ec2Page("DescribeInstanceTypeOfferings", null, null, AwsStub.read("ec2-instance-type-offerings-page1.xml"));
        view.aws.ec2Page("DescribeInstanceTypeOfferings", null, "AAEAAW9mZmVyaW5ncy0y",
                AwsStub.read("ec2-instance-type-offerings-page2.xml"));
        view.aws.ec2Page("DescribeAvailabilityZones", null, null, AwsStub.read("ec2-describe-availability-zones.xml"));
    }

    private TableView<SeriesStatus> table(FxRobot robot, int rows) {
        TableView<SeriesStatus> table = robot.lookup("#seriesTable").query();
        FxWait.until(() -> table.getItems().size() == rows && !view.services.archiveModel().busyProperty().get());
        return table;
    }

    @Test
    void theTableShowsOneRowPerStoredSeriesWithWhereAndHowLarge(FxRobot robot) {
        filled();
        view.show(FxmlView.ARCHIVE);
        var table = table(robot, 3);
        assertThat(FxWait.text(robot, "#locationLabel")).endsWith("archive.db");
        assertThat(FxWait.text(robot, "#sizeLabel")).matches("[0-9.]+ (bytes|KB|MB)");
        var a = table.getItems().stream().filter(s -> s.key().equals(A)).findFirst().orElseThrow();
        assertThat(a.gaps()).isEqualTo(1);
        assertThat(a.rows()).isGreaterThan(90);
        var cells = robot.lookup("#seriesTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(javafx.scene.control.TableCell::getText).toList();
        assertThat(cells).contains("eu-west-1a", "eu-west-1b", "us-east-1a", "m5.large", "c5.large", "Linux/UNIX");
    }

    @Test
    void removeAsksFirstThenRemovesTheChosenSeries(FxRobot robot) {
        var archive = filled();
        view.show(FxmlView.ARCHIVE);
        var table = table(robot, 3);
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(s -> s.key().equals(C)).findFirst().orElseThrow()));

        robot.clickOn("#removeButton");
        FxWait.until(() -> robot.lookup("#removeSeriesList").tryQuery().isPresent());
        assertThat(robot.lookup("#removeSeriesList").<ListView<String>>query().getItems())
                .singleElement().asString().contains("us-east-1a", "c5.large");
        robot.clickOn("#confirmKeep");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(archive.status()).hasSize(3);

        robot.clickOn("#removeButton");
        FxWait.until(() -> robot.lookup("#confirmAction").tryQuery().isPresent());
        robot.clickOn("#confirmAction");
        table(robot, 2);
        assertThat(archive.status()).extracting(SeriesStatus::key).containsExactlyInAnyOrder(A, B);
        assertThat(FxWait.text(robot, "#archiveMessage")).isEqualTo("Removed 1 series.");
    }

    @Test
    void compactAsksFirstThenSaysTheSizeBeforeAndAfter(FxRobot robot) {
        var archive = filled();
        archive.remove(List.of(A, B));
        view.show(FxmlView.ARCHIVE);
        table(robot, 1);
        robot.clickOn("#compactButton");
        FxWait.until(() -> robot.lookup("#confirmAction").tryQuery().isPresent());
        robot.clickOn("#confirmAction");
        FxWait.until(() -> FxWait.text(robot, "#archiveMessage").startsWith("Compacted:"));
        assertThat(FxWait.text(robot, "#archiveMessage")).contains(" before, ", " after.");
        assertThat(archive.status()).extracting(SeriesStatus::key).containsExactly(C);
    }

    @Test
    void trackedSeriesAndTheIntervalAreRestoredAndSavedAsChosen(FxRobot robot) {
        stubOfferings();
        view.show(FxmlView.ARCHIVE);
        FxWait.until(() -> view.services.prices().instanceTypes().items().size() == 12);
        var saved = new AtomicReference<ArchiveSettings>();
        var restored = new ArchiveSettings("", List.of("c5.large"), List.of("us-east-1"), List.of("Linux/UNIX"), 30);
        robot.interact(() -> ArchiveSettingsAdapter.restoreAndRemember(view.services.archiveModel(),
                view.services.sync(), restored, saved::set));
        assertThat(view.services.sync().tracked())
                .isEqualTo(new TrackedSeries(List.of("c5.large"), List.of("us-east-1"), List.of("Linux/UNIX")));
        ComboBox<Integer> interval = robot.lookup("#intervalBox").query();
        assertThat(interval.getValue()).isEqualTo(30);

        robot.clickOn("#trackedTypeFilter").write("m5.large");
        FxWait.until(() -> robot.lookup("#trackedTypeList .check-box").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#trackedTypeList .check-box").<Node>query());
        FxWait.until(() -> saved.get() != null && saved.get().types().contains("m5.large"));
        assertThat(saved.get().types()).containsExactlyInAnyOrder("c5.large", "m5.large");
        assertThat(saved.get().regions()).containsExactly("us-east-1");

        robot.interact(interval::requestFocus); // below the lists: out of sight at this height, reached by keyboard
        robot.type(javafx.scene.input.KeyCode.DOWN);
        FxWait.until(() -> saved.get().intervalMinutes() == 60);
        assertThat(interval.getConverter().toString(interval.getValue())).isEqualTo("1 hour");
    }

    @Test
    void syncNowShowsItsProgressInTheStatusBarAndEachRegionsOutcome(FxRobot robot) {
        var now = view.clock.instant();
        view.aws.ec2Page(HISTORY, "eu-west-1", null, AwsStub.spotPricePage("", List.of(
                AwsStub.spotPriceItem("eu-west-1a", "m5.large", "Linux/UNIX", "0.040000", now.minus(Duration.ofHours(2))),
                AwsStub.spotPriceItem("eu-west-1b", "m5.large", "Linux/UNIX", "0.041000", now.minus(Duration.ofHours(3))),
                AwsStub.spotPriceItem("eu-west-1a", "m5.large", "Linux/UNIX", "0.039000", now.minus(Duration.ofDays(2))))));
        view.mountWithStatusBar(FxmlView.ARCHIVE);
        robot.interact(() -> view.services.sync().restore(M5_IN_IRELAND, 15));
        Label segment = robot.lookup("#syncLabel").query();
        List<String> shown = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> segment.textProperty().addListener((obs, old, text) -> shown.add(text)));

        robot.clickOn("#syncButton");
        FxWait.until(() -> FxWait.text(robot, "#syncState").startsWith("Last sync"));
        assertThat(shown).startsWith("Syncing prices 0/1…").contains("Syncing prices 1/1…").endsWith("");
        assertThat(FxWait.text(robot, "#regionOutcomes")).isEqualTo("eu-west-1: 3 records in 1 span(s) fetched (each stored once)");
        assertThat(view.aws.count(HISTORY)).isEqualTo(1);
        assertThat(view.services.archive().get().orElseThrow().status()).hasSize(2);
    }

    @Test
    void theSyncSegmentShowsWhenThereIsRoomAndIsLeftOutFirstWhenNarrow(FxRobot robot) {
        view.mountWithStatusBar(FxmlView.ARCHIVE);
        robot.interact(() -> view.services.status().showSync("Syncing prices 3/8…"));
        Node segment = robot.lookup("#syncSegment").query();
        // Wide enough for every segment (the local endpoint makes the credentials' segment long).
        robot.interact(() -> segment.getScene().getWindow().setWidth(1400));
        FxWait.until(() -> segment.isVisible() && segment.getLayoutBounds().getWidth() > 100);
        Node source = robot.lookup("#sourceSegment").query();
        assertThat(source.isVisible()).isTrue();

        robot.interact(() -> segment.getScene().getWindow().setWidth(1200));
        FxWait.until(() -> !segment.isVisible());
        assertThat(source.isVisible()).as("the credentials' segment stays longer").isTrue();
        robot.interact(() -> view.services.status().showSync(""));
    }

    @Test
    void theSyncPausesWithoutAPromptWhileTheMfaSessionNeedsACodeAndStopsAtSignOut(FxRobot robot) {
        view.show(FxmlView.ARCHIVE);
        robot.interact(() -> view.services.sync().restore(M5_IN_IRELAND, 15));
        assertThat(view.services.sync().timerStarted()).as("the timer runs while signed in").isTrue();
        try (var sessions = new TestSessions()) {
            var expired = sessions.mfaSession(view.clock.instant().minusSeconds(60));
            robot.interact(() -> view.services.session().set(expired));
            FxWait.until(() -> FxWait.text(robot, "#syncState").startsWith("Paused"));
            robot.clickOn("#syncButton");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(FxWait.text(robot, "#syncState")).contains("Renew");
            assertThat(robot.lookup("#mfaPromptCode").tryQuery()).isEmpty();
            assertThat(view.aws.count(HISTORY)).isZero();

            robot.interact(() -> view.signOut(false));
            assertThat(view.services.sync().timerStarted()).isFalse();
            assertThat(FxWait.text(robot, "#syncState")).startsWith("Waiting for sign-in");
        }
    }
}
