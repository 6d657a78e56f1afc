package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.cancelled;
import static org.spotspec.testing.Ec2Fixtures.describeSpotRequests;
import static org.spotspec.testing.Ec2Fixtures.spotRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.IdOutcome;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.model.tables.RefreshInterval;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.ViewHarness;
import org.spotspec.ui.common.FxmlView;
import org.spotspec.ui.common.OpenDialogs;
import org.testfx.api.FxRobot;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Requests tab, mounted signed in, against a local EC2 over HTTP: guarded cancel, dry run,
 * auto-refresh. Its interval saved across a restart is a whole-app scenario: {@link TabScenarioTest}.
 */
@ExtendWith(QuickApplicationExtension.class)
class RequestsViewTest {
    private static final String DESCRIBE = "DescribeSpotInstanceRequests";
    private static final String CANCEL = "CancelSpotInstanceRequests";
    private static final String SIR_1 = "sir-1a2b3c4d";
    private static final String SIR_2 = "sir-2b3c4d5e";
    private static final String SIR_3 = "sir-3c4d5e6f";

    @RegisterExtension
    final ViewHarness view = new ViewHarness();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view.start(stage);
    }

    private TableView<SpotRequest> openRequests(FxRobot robot) {
        view.aws.ec2Page(DESCRIBE, null, null, describeSpotRequests(null,
                spotRequest(SIR_1, "active", "fulfilled", "i-0aaa1111bbbb22223"),
                spotRequest(SIR_2, "open", "price-too-low", ""),
                spotRequest(SIR_3, "active", "fulfilled", "persistent", "i-0ccc3333dddd44445")));
        view.mount(FxmlView.REQUESTS);
        assertThat(view.aws.count(DESCRIBE)).as("nothing read before the tab is shown").isZero();
        // What choosing the tab does: the window binds the flag to the tab's selection.
        robot.interact(() -> view.services.requests().table().shownProperty().set(true));
        TableView<SpotRequest> table = robot.lookup("#requestTable").query();
        FxWait.until(() -> table.getItems().size() == 3);
        return table;
    }

    @Test
    void aFailedFirstLoadSaysTheTableCouldNotBeLoadedAndWhyNotThatItIsEmpty(FxRobot robot) {
        view.aws.ec2Error(DESCRIBE, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");
        view.show(FxmlView.REQUESTS);

        FxWait.until(() -> FxWait.text(robot, "#requestProblemLabel").contains("UnauthorizedOperation"));
        assertThat(FxWait.text(robot, "#requestProblemLabel")).contains("Nothing has been read yet")
                .doesNotContain("last rows read");
        var notLoaded = robot.lookup("#requestNotLoadedLabel").queryAs(javafx.scene.control.Label.class);
        var empty = robot.lookup("#requestEmptyLabel").queryAs(javafx.scene.control.Label.class);
        assertThat(notLoaded.isVisible()).isTrue();
        assertThat(notLoaded.getText()).contains("could not be loaded", "UnauthorizedOperation", "What to do");
        assertThat(empty.isVisible()).as("not \"No spot … in this region\"").isFalse();

        view.aws.ec2Page(DESCRIBE, null, null, describeSpotRequests(null));
        robot.clickOn("#requestRefreshButton");

        FxWait.until(empty::isVisible);
        assertThat(notLoaded.isVisible()).isFalse();
        assertThat(empty.getText()).startsWith("No spot");
    }

    @Test
    void aFilterThatHidesEveryRowSaysSoNotThatTheRegionHasNone(FxRobot robot) {
        var table = openRequests(robot);
        var empty = robot.lookup("#requestEmptyLabel").queryAs(javafx.scene.control.Label.class);

        robot.clickOn("#requestFilterText").write("no-such-request");

        FxWait.until(() -> table.getItems().isEmpty());
        assertThat(empty.getText()).isEqualTo("None of the 3 read match the filters. Clear the filter text or choose All states.");
        robot.interact(() -> view.services.requests().table().filterTextProperty().set(""));
        FxWait.until(() -> empty.getText().startsWith("No spot"));
    }

    @Test
    void cancelListsExactlyTheSelectedIdsAndCallsAwsOnlyAfterConfirming(FxRobot robot) {
        var table = openRequests(robot);
        LiveTables.clickRow(robot, SIR_1, false);
        LiveTables.clickRow(robot, SIR_3, true);
        assertThat(LiveTables.selected(table)).extracting(SpotRequest::id).containsExactlyInAnyOrder(SIR_1, SIR_3);

        robot.clickOn("#cancelRequestsButton");
        assertThat(LiveTables.confirmedIds(robot)).containsExactlyInAnyOrder(SIR_1, SIR_3);
        var session = view.services.session().current().orElseThrow();
        assertThat(FxWait.text(robot, "#confirmTarget")).contains(session.region().id(), AwsStub.ACCOUNT);
        assertThat(FxWait.text(robot, "#confirmWarning")).contains("does NOT terminate");
        assertThat(view.aws.count(CANCEL)).as("nothing sent while the confirmation is open").isZero();
        robot.clickOn("#confirmExtraStep");
        assertThat(FxWait.text(robot, "#confirmAction")).as("the button says it terminates too")
                .isEqualTo("Cancel 2 requests, then terminate");
        robot.clickOn("#confirmExtraStep");
        assertThat(FxWait.text(robot, "#confirmAction")).isEqualTo("Cancel 2 requests");
        robot.clickOn(FxWait.dialogButton(robot, "Don't cancel"));
        FxWait.until(() -> robot.lookup("#confirmIds").tryQuery().isEmpty());
        assertThat(view.aws.count(CANCEL)).as("nothing sent after declining").isZero();

        view.aws.ec2Page(CANCEL, null, null, cancelled(SIR_1, SIR_3));
        robot.clickOn("#cancelRequestsButton");
        robot.clickOn(FxWait.dialogButton(robot, "Cancel 2 requests"));

        FxWait.until(() -> robot.lookup("#outcomeTable").tryQuery().isPresent());
        assertThat(view.aws.count(CANCEL)).isEqualTo(1);
        var body = view.aws.requests(CANCEL).get(0).getBodyAsString();
        assertThat(body).contains(SIR_1, SIR_3).doesNotContain(SIR_2).doesNotContain("DryRun");
        TableView<IdOutcome> outcomes = robot.lookup("#outcomeTable").query();
        assertThat(outcomes.getItems()).extracting(IdOutcome::id).containsExactlyInAnyOrder(SIR_1, SIR_3);
        assertThat(outcomes.getItems()).allMatch(o -> o.status() == IdOutcome.Status.DONE);
        assertThat(view.aws.count("TerminateInstances")).as("cancel alone terminates nothing").isZero();
        robot.clickOn(FxWait.dialogButton(robot, "Close"));
    }

    @Test
    void aDryRunSaysWouldSucceedAndChangesNothing(FxRobot robot) {
        openRequests(robot);
        LiveTables.clickRow(robot, SIR_2, false);
        view.aws.ec2Error(CANCEL, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");

        robot.clickOn("#cancelRequestsButton");
        robot.clickOn("#confirmDryRun");
        robot.clickOn(FxWait.dialogButton(robot, "Validate (dry run)"));

        FxWait.until(() -> robot.lookup("#outcomeTable").tryQuery().isPresent());
        TableView<IdOutcome> outcomes = robot.lookup("#outcomeTable").query();
        assertThat(outcomes.getItems()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(SIR_2);
            assertThat(o.status()).isEqualTo(IdOutcome.Status.WOULD_SUCCEED);
        });
        assertThat(view.aws.requests(CANCEL)).hasSize(1).allMatch(r -> r.getBodyAsString().contains("DryRun=true"));
        robot.clickOn(FxWait.dialogButton(robot, "Close"));
    }

    @Test
    void autoRefreshUpdatesTheTableAndKeepsTheSelection(FxRobot robot) {
        var table = openRequests(robot);
        LiveTables.clickRow(robot, SIR_2, false);
        assertThat(FxWait.text(robot, "#detailsExplanation")).contains("max price");
        robot.interact(() -> view.services.requests().table().intervalProperty().set(RefreshInterval.SECONDS_15));
        int reads = view.aws.count(DESCRIBE);

        // AWS now says sir-2 was fulfilled, and a new request appeared.
        view.aws.ec2Page(DESCRIBE, null, null, describeSpotRequests(null,
                spotRequest(SIR_1, "active", "fulfilled", "i-0aaa1111bbbb22223"),
                spotRequest(SIR_2, "active", "fulfilled", "i-0eee5555ffff66667"),
                spotRequest(SIR_3, "active", "fulfilled", "persistent", "i-0ccc3333dddd44445"),
                spotRequest("sir-4d5e6f70", "open", "capacity-not-available", "")));
        view.clock.advance(Duration.ofSeconds(16));

        FxWait.until(() -> table.getItems().size() == 4);
        assertThat(view.aws.count(DESCRIBE)).isEqualTo(reads + 1);
        assertThat(LiveTables.selected(table)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(SIR_2);
            assertThat(r.state()).isEqualTo("active");
        });
        assertThat(robot.lookup("#detailsHeadline").queryAs(Label.class).getText()).contains(SIR_2, "fulfilled");
    }

    /** {@code count} requests, created a minute apart, the last {@code newest} minutes after 05:00. */
    private static String[] manyRequests(int count, int newest) {
        var items = new String[count];
        for (int i = 0; i < count; i++) {
            int minute = newest - i;
            items[i] = spotRequest(String.format("sir-%08x", 0xa000 + minute), "open", "capacity-not-available",
                    "one-time", "", String.format("2026-11-27T%02d:%02d:00.000Z", 5 + minute / 60, minute % 60));
        }
        return items;
    }

    @Test
    void aRefreshKeepsTheRowsInViewWhenNewerRequestsArrive(FxRobot robot) {
        var table = openRequests(robot);
        view.aws.ec2Page(DESCRIBE, null, null, describeSpotRequests(null, manyRequests(80, 80)));
        robot.clickOn("#requestRefreshButton");
        FxWait.until(() -> table.getItems().size() == 80);
        robot.interact(() -> table.scrollTo(50));
        var top = new java.util.concurrent.atomic.AtomicReference<String>();
        robot.interact(() -> top.set(firstVisibleId(table)));
        assertThat(top.get()).isEqualTo(table.getItems().get(50).id());

        // Five newer requests sort in above the rows in view.
        view.aws.ec2Page(DESCRIBE, null, null, describeSpotRequests(null, manyRequests(85, 85)));
        robot.clickOn("#requestRefreshButton");
        FxWait.until(() -> table.getItems().size() == 85);

        robot.interact(() -> assertThat(firstVisibleId(table)).isEqualTo(top.get()));
    }

    private static String firstVisibleId(TableView<SpotRequest> table) {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        return table.getItems().get(flow.getFirstVisibleCell().getIndex()).id();
    }

    @Test
    void autoRefreshWaitsWhileADialogIsOpen(FxRobot robot) {
        openRequests(robot);
        LiveTables.clickRow(robot, SIR_1, false);
        robot.interact(() -> view.services.requests().table().intervalProperty().set(RefreshInterval.SECONDS_15));
        robot.clickOn("#cancelRequestsButton");
        LiveTables.confirmedIds(robot);
        int reads = view.aws.count(DESCRIBE);

        robot.interact(() -> {
            assertThat(OpenDialogs.anyOpen(stage)).isTrue();
            view.clock.advance(Duration.ofSeconds(60));
            view.services.requests().table().tick(OpenDialogs.anyOpen(stage));
        });
        assertThat(view.aws.count(DESCRIBE)).as("no refresh under an open dialog").isEqualTo(reads);

        robot.clickOn(FxWait.dialogButton(robot, "Don't cancel"));
        FxWait.until(() -> view.aws.count(DESCRIBE) == reads + 1);
        assertThat(view.aws.count(CANCEL)).isZero();
    }

    @Test
    void aFailedRefreshExplainsItselfAndKeepsTheRows(FxRobot robot) {
        var table = openRequests(robot);
        view.aws.ec2Error(DESCRIBE, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        robot.clickOn("#requestRefreshButton");

        FxWait.until(() -> FxWait.text(robot, "#requestProblemLabel").contains("UnauthorizedOperation"));
        assertThat(FxWait.text(robot, "#requestProblemLabel")).contains("What to do", "request id ea966190");
        assertThat(table.getItems()).hasSize(3);

        robot.interact(() -> view.signOut(true));
        assertThat(table.getItems()).as("another account's requests are gone").isEmpty();
    }

    @Test
    void aLongerRegionNameWidensItsColumnInEveryRowInANarrowWindow(FxRobot robot) {
        robot.interact(() -> stage.setWidth(1024));
        var table = openRequests(robot);
        robot.interact(() -> view.services.regionSwitch().switchTo("ap-southeast-3"));
        FxWait.until(() -> table.getItems().stream().allMatch(r -> r.region().equals("ap-southeast-3")));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        var column = table.getColumns().stream().filter(c -> "Region".equals(c.getText())).findFirst().orElseThrow();
        var cells = new ArrayList<String>();
        robot.interact(() -> table.lookupAll(".table-cell").stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == column && c.getText() != null && !c.getText().isEmpty())
                .forEach(c -> cells.add(c.getText() + " " + c.getWidth() + " shown as "
                        + ((javafx.scene.text.Text) c.lookup(".text")).getText())));
        var width = column.getWidth();
        assertThat(cells).hasSize(3).allSatisfy(cell -> assertThat(cell)
                .isEqualTo("ap-southeast-3 " + width + " shown as ap-southeast-3"));
        // The longer name on the regions button: the tool bar wraps, Cancel stays inside its margin.
        javafx.scene.control.Button cancel = robot.lookup("#cancelRequestsButton").query();
        assertThat(cancel.localToScene(cancel.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(1024 - 12);
    }
}
