package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.archive.Span;
import org.spotspec.prices.PriceRange;
import org.spotspec.prices.PriceStatistics;
import org.spotspec.prices.SeriesKey;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.ArchiveFill;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.TestAws;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The whole app opened offline from the sign-in view over a pre-filled archive: the Prices tab
 * answers from it and says so, nothing reaches AWS (the stub is left unstubbed), the tabs that
 * would ask AWS are disabled, and Sign in… leads back to the form as it was.
 */
@ExtendWith(QuickApplicationExtension.class)
class OfflineModeTest {
    private static final SeriesKey DUBLIN = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", "Linux/UNIX");
    private static final SeriesKey VIRGINIA = new SeriesKey("us-east-1", "us-east-1a", "m5.large", "Linux/UNIX");

    @RegisterExtension
    final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @Test
    void offlineThePricesTabShowsTheArchiveAndSignInStillWorks(FxRobot robot) {
        var archive = app.services.archive().get().orElseThrow();
        var now = app.clock.instant();
        var year = new Span(now.minus(Duration.ofDays(300)), now);
        ArchiveFill.write(archive, year, Duration.ofHours(6), List.of(DUBLIN), 0.030);
        ArchiveFill.write(archive, year, Duration.ofHours(6), List.of(VIRGINIA), 0.050);
        robot.clickOn("#mfaCode").write(TestAws.MFA_CODE); // typed, then left for the archive

        robot.clickOn("#offlineLink");
        FxWait.until(() -> robot.lookup("#tabs").tryQuery().isPresent());
        assertThat(app.stage().getTitle()).contains("Offline");
        assertThat(FxWait.text(robot, "#accountLabel")).isEqualTo("Offline — not signed in");
        assertThat(robot.lookup("#signInLink").query().isVisible()).isTrue();
        var tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("pricesTab");
        assertThat(tabs.getTabs()).filteredOn(t -> List.of("requestsTab", "instancesTab", "launchTab").contains(t.getId()))
                .hasSize(3).allMatch(t -> t.isDisable());

        var prices = app.services.prices();
        assertThat(prices.instanceTypes().items()).as("the built-in list").contains("m5.large", "c5.large");
        assertThat(prices.regions().chosen()).as("the form's region").containsExactly("eu-west-1");
        robot.interact(() -> {
            prices.instanceTypes().select(List.of("m5.large"));
            prices.regions().select(List.of("us-east-1"));
            robot.lookup("#rangeBox").<ComboBox<PriceRange>>query().setValue(PriceRange.LAST_YEAR);
        });
        robot.clickOn("#fetchButton");
        FxWait.until(() -> prices.historyProperty().get() != null && !prices.fetchingProperty().get());

        assertThat(FxWait.text(robot, "#archiveNote")).startsWith("Offline: showing what the price archive holds");
        TableView<PriceStatistics> table = robot.lookup("#statsTable").query();
        FxWait.until(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(PriceStatistics::latest)
                .allMatch(p -> (p > 0.027 && p < 0.033) || (p > 0.047 && p < 0.053));
        assertThat(robot.lookup("#priceChart").query().getAccessibleText()).startsWith("Spot prices from");
        assertThat(app.aws.server().getAllServeEvents()).as("nothing asked AWS").isEmpty();

        robot.clickOn("Account").clickOn(menuItem(robot, "Sign in…"));
        FxWait.until(() -> robot.lookup("#signInButton").tryQuery().isPresent());
        assertThat(FxWait.text(robot, "#mfaCode")).as("the form as it was").isEqualTo(TestAws.MFA_CODE);
        app.stubMfaSignIn(Duration.ofHours(8));
        robot.clickOn("#signInButton");
        FxWait.until(() -> FxWait.text(robot, "#accountLabel").contains("alice") && !app.services.tasks().isBusy());
        assertThat(app.stage().getTitle()).doesNotContain("Offline");
        assertThat(robot.lookup("#signInLink").query().isVisible()).isFalse();
        assertThat(tabs.getTabs()).noneMatch(t -> t.isDisable());
    }

    @Test
    void aRefusedConnectionPointsToTheOfflineArchive(FxRobot robot) {
        app.aws.server().stop(); // nothing listens: the connection is refused
        robot.clickOn("#mfaCode").write(TestAws.MFA_CODE);
        robot.clickOn("#signInButton");
        FxWait.until(() -> robot.lookup("#problemBox").query().isVisible());
        assertThat(FxWait.text(robot, "#problemHeadline")).isEqualTo("Sign in failed: ConnectionRefused");
        assertThat(FxWait.text(robot, "#problemDetails")).contains("open the price archive offline");

        robot.clickOn("#offlineLink");
        FxWait.until(() -> FxWait.text(robot, "#accountLabel").equals("Offline — not signed in"));
        assertThat(app.stage().getTitle()).contains("Offline");

        // Back to sign in: the old failure is gone, what was typed is not.
        robot.clickOn("Account").clickOn(menuItem(robot, "Sign in…"));
        FxWait.until(() -> robot.lookup("#signInButton").tryQuery().isPresent());
        assertThat(robot.lookup("#problemBox").query().isVisible()).isFalse();
        assertThat(robot.lookup("#mfaSerial").queryAs(javafx.scene.control.TextField.class).getText()).isNotEmpty();
    }

    /** An item of the open menu (the Account tab has a button of the same name). */
    private static Node menuItem(FxRobot robot, String text) {
        return robot.lookup(".context-menu .label").match((Node n) -> n instanceof Labeled l && text.equals(l.getText()))
                .query();
    }
}
