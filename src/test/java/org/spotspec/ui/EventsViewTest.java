package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.Ec2Fixtures;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.ViewHarness;
import org.spotspec.ui.common.FxmlView;
import org.spotspec.ui.events.EventNotifications;
import org.spotspec.ui.events.EventsTabBadge;
import org.spotspec.watch.StoredEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Events tab, mounted signed in over the local EC2 stub, its history in the archive of a temp
 * home: an interruption notice seen by the watcher becomes a row, a notification that stays and
 * opens the event when clicked, and a badge count that acknowledging clears; price alert rules
 * are checked as they are typed.
 */
@ExtendWith(QuickApplicationExtension.class)
class EventsViewTest {
    @RegisterExtension
    final ViewHarness view = new ViewHarness();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view.start(stage);
    }

    private void requests(String code) {
        view.aws.ec2Page("DescribeSpotInstanceRequests", null, null, Ec2Fixtures.describeSpotRequests(null,
                Ec2Fixtures.spotRequest("sir-11111111", "active", code, "i-0aaa1111bbbb22223")));
        view.aws.ec2Page("DescribeInstances", null, null, Ec2Fixtures.describeInstances(null,
                Ec2Fixtures.instance("i-0aaa1111bbbb22223", "running", "sir-11111111")));
    }

    private void tick() {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> view.services.watch().watch().tick());
        FxWait.until(() -> !view.services.tasks().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anInterruptionNoticeIsARowANotificationAndABadgeUntilAcknowledged(FxRobot robot) {
        requests("fulfilled");
        view.show(FxmlView.EVENTS);
        var tab = new Tab("Events");
        var opened = new java.util.concurrent.atomic.AtomicReference<StoredEvent>();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            EventsTabBadge.bind(tab, view.services.watch().events().unacknowledgedProperty());
            view.services.watch().watch().addAnnouncer(new EventNotifications(() -> stage, event -> {
                opened.set(event);
                view.services.watch().events().reveal(event);
            }));
        });
        view.clock.advance(org.spotspec.model.watch.WatchModel.FIRST_POLL_DELAY); // after sign-in, a moment first
        tick(); // the baseline
        requests("marked-for-termination");
        view.clock.advance(Duration.ofSeconds(60));
        tick();

        TableView<StoredEvent> table = robot.lookup("#eventTable").query();
        FxWait.until(() -> table.getItems().size() == 1);
        var badge = (Label) tab.getGraphic();
        assertThat(badge).isNotNull();
        assertThat(badge.getText()).isEqualTo("1");
        assertThat(badge.getAccessibleText()).isEqualTo("1 events not acknowledged");
        FxWait.until(() -> robot.lookup(".notification-bar .title").tryQuery().isPresent());
        var notice = robot.lookup(".notification-bar .title").queryAs(Label.class).getText();
        assertThat(notice).isEqualTo("Interruption notice — eu-west-1");
        var text = robot.lookup(".notification-bar .label").match(n -> n != robot.lookup(".notification-bar .title")
                .query()).queryAs(Label.class);
        assertThat(text.getText()).contains("i-0aaa1111bbbb22223").contains("two-minute notice");

        robot.clickOn(text);
        FxWait.until(() -> opened.get() != null);
        FxWait.until(() -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(FxWait.text(robot, "#eventMessage")).contains("i-0aaa1111bbbb22223");

        robot.clickOn("#eventTable").push(KeyCode.CONTROL, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        var copied = new java.util.concurrent.atomic.AtomicReference<String>();
        robot.interact(() -> copied.set(javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).startsWith("time\tregion\tkind").contains("sir-11111111\tfulfilled\tmarked-for-termination");

        robot.clickOn("#acknowledgeButton");
        FxWait.until(() -> tab.getGraphic() == null);
        assertThat(view.services.watch().events().all()).allMatch(StoredEvent::acknowledged);
        assertThat(robot.lookup("#acknowledgeAllButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aPriceAlertRuleWithAMistakeIsRefusedWithTheReasonAndKeptToBeFixed(FxRobot robot) {
        view.show(FxmlView.EVENTS);
        ListView<?> rules = robot.lookup("#alertRuleList").query();

        robot.clickOn("#alertRuleField").write("m5.large,us-east-1,>abc").type(KeyCode.ENTER);
        FxWait.until(() -> !FxWait.text(robot, "#alertRuleError").isEmpty());
        assertThat(rules.getItems()).isEmpty();
        assertThat(robot.lookup("#alertRuleField").queryTextInputControl().getText())
                .isEqualTo("m5.large,us-east-1,>abc");
        robot.clickOn("#addRuleButton");
        FxWait.until(() -> robot.lookup("#alertRuleField").query().isFocused()); // the text to correct, again

        robot.clickOn("#alertRuleField").push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE)
                .write("m5.large,us-east-1,>0.05").type(KeyCode.ENTER);
        FxWait.until(() -> rules.getItems().size() == 1);
        assertThat(FxWait.text(robot, "#alertRuleError")).isEmpty();
        assertThat(robot.lookup("#alertRuleField").queryTextInputControl().getText()).isEmpty();
    }

    /** A rule too long for one line wraps at the list's width, and its row grows to show every word. */
    @Test
    void aLongRuleWrapsAndShowsEveryWord(FxRobot robot) {
        view.show(FxmlView.EVENTS);
        ListView<?> rules = robot.lookup("#alertRuleList").query();
        robot.interact(() -> rules.setMaxWidth(260));
        robot.clickOn("#alertRuleField").write("m5.large,us-east-1+us-west-2+eu-west-1+eu-central-1+ap-south-1,>0.05")
                .type(KeyCode.ENTER);
        FxWait.until(() -> rules.getItems().size() == 1);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        var cell = robot.lookup("#alertRuleList .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() != null).findFirst().orElseThrow();
        var text = robot.from(cell).lookup(".text").queryAs(javafx.scene.text.Text.class);
        assertThat(cell.getWidth()).as("no wider than the list").isLessThanOrEqualTo(rules.getWidth());
        assertThat(text.getText()).as("every word shown").isEqualTo(cell.getText());
        assertThat(text.getLayoutBounds().getHeight()).as("on several lines").isGreaterThan(2 * text.getFont().getSize());
    }
}
