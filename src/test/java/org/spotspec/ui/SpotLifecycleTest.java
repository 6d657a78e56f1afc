package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.IdOutcome;
import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.demo.LocalAws;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.FxWait;
import org.testfx.api.FxRobot;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole spot lifecycle, end to end: the app against the stateful local EC2 on the app's own
 * clock. Validate, launch two, see them in both tables, cancel one request with its instance,
 * terminate the other, and see both terminated — in the tables and in EC2 itself. Before each
 * confirmation is answered, EC2 must not have changed.
 */
@ExtendWith(QuickApplicationExtension.class)
class SpotLifecycleTest {
    private static final Pattern INSTANCE_LINE = Pattern.compile("(?m)^Instance: (i-[0-9a-f]+)$");
    /** Longer than any of LocalAws's transitions (fulfilment 3 s, boot 5 s, shutdown 5 s). */
    private static final Duration A_WHILE = Duration.ofSeconds(10);

    @RegisterExtension
    final AppHarness app = new AppHarness();
    private LocalAws ec2;
    private String region;

    @Start
    void start(Stage stage) throws IOException {
        ec2 = new LocalAws(app.clock);
        int port = ec2.start(0);
        app.start(stage, Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:" + port));
    }

    @AfterEach
    void tearDown() {
        app.close();  // before the endpoint goes: tasks still running land first
        ec2.stop();
    }

    @Test
    void launchSeeCancelWithInstanceTerminateAndSeeBothTerminated(FxRobot robot) {
        app.signInWithTypedKeys(robot);
        region = app.services.session().current().orElseThrow().region().id();
        fillLaunchForm(robot);

        var before = Ec2State.of(ec2, region);
        robot.clickOn("#dryRunButton");
        FxWait.until(() -> outcome(robot).contains("would succeed"));
        assertThat(Ec2State.of(ec2, region)).as("a dry run launches nothing").isEqualTo(before);

        var launched = launchTwo(robot, before);
        var first = launched.get(0);
        var second = launched.get(1);

        app.clock.advance(A_WHILE);
        var requests = showRequests(robot);
        FxWait.until(() -> requests.getItems().stream().filter(r -> launched.contains(r.instanceId())).count() == 2);
        var instances = showInstances(robot);
        FxWait.until(() -> stateOf(instances, first).equals("running") && stateOf(instances, second).equals("running"));

        cancelWithInstance(robot, requestOf(requests, first), first);
        terminate(robot, second);

        app.clock.advance(A_WHILE);
        robot.clickOn("#instanceRefreshButton");
        FxWait.until(() -> stateOf(instances, first).equals("terminated")
                && stateOf(instances, second).equals("terminated"));
        assertThat(ec2.instanceStates(region)).containsEntry(first, "terminated").containsEntry(second, "terminated");
        showRequests(robot);
        FxWait.until(() -> requests.getItems().stream()
                .anyMatch(r -> r.instanceId().equals(first) && r.state().equals("cancelled")));
    }

    /** The Launch tab filled soundly: an AMI LocalAws lists, m5.large × 2, a key pair and a group picked. */
    private void fillLaunchForm(FxRobot robot) {
        selectTab(robot, "launchTab");
        var lookups = app.services.launch().lookups();
        FxWait.until(() -> !lookups.keyPairs().isEmpty() && !lookups.securityGroups().isEmpty());
        robot.clickOn("#imageId").write(ec2.imageIds(region).get(0));
        // The AMI's description appears under the field and moves the fields below: let it settle
        // before clicking them, as a user would.
        FxWait.until(() -> FxWait.text(robot, "#imageInfo").contains("al2023"));
        robot.clickOn("#instanceType").write("m5.large");
        robot.clickOn("#count").eraseText(1).write("2");
        pick(robot, "#keyPairPicker", "alice-laptop");
        pick(robot, "#groupPicker", " — batch-workers");
        var form = app.services.launch().form();
        FxWait.until(() -> "alice-laptop".equals(form.keyNameProperty().get())
                && form.securityGroupsProperty().get().startsWith("sg-"));
    }

    /** Launch → (nothing sent while the confirmation is open) → Launch: the ids the outcome shows. */
    private List<String> launchTwo(FxRobot robot, Ec2State before) {
        robot.clickOn("#launchButton");
        FxWait.until(() -> robot.lookup("#launchSummary").tryQuery().isPresent());
        assertThat(FxWait.text(robot, "#launchSummary")).contains("2 × m5.large", region);
        confirmIfUnchanged(robot, before, "Launch");

        FxWait.until(() -> outcome(robot).startsWith("Launched 2 spot instances"));
        var ids = INSTANCE_LINE.matcher(FxWait.text(robot, "#outcomeDetails")).results().map(m -> m.group(1)).toList();
        assertThat(ids).hasSize(2).doesNotContainAnyElementsOf(before.instances().keySet());
        assertThat(ec2.instanceStates(region).keySet()).containsAll(ids).hasSize(before.instances().size() + 2);
        return ids;
    }

    /** Requests: select the request of {@code instance} → Cancel, ticking "Also terminate" → confirm. */
    private void cancelWithInstance(FxRobot robot, String requestId, String instance) {
        showRequests(robot);
        clickRow(robot, "#requestTable", requestId);
        var before = Ec2State.of(ec2, region);
        robot.clickOn("#cancelRequestsButton");
        assertThat(LiveTables.confirmedIds(robot)).containsExactly(requestId);
        robot.clickOn("#confirmExtraStep");
        confirmIfUnchanged(robot, before, "Cancel 1 request, then terminate");

        var outcomes = outcomes(robot);
        assertThat(outcomes.getItems()).extracting(IdOutcome::step, IdOutcome::id, IdOutcome::status)
                .containsExactly(tuple(IdOutcome.Step.CANCEL, requestId, IdOutcome.Status.DONE),
                        tuple(IdOutcome.Step.TERMINATE, instance, IdOutcome.Status.DONE));
        assertThat(cellTexts(robot, outcomes)).contains("Cancel request", "Terminate instance", requestId, instance);
        closeOutcome(robot);
        assertThat(ec2.requestStates(region)).containsEntry(requestId, "cancelled");
        assertThat(ec2.instanceStates(region).get(instance)).isIn("shutting-down", "terminated");
    }

    /** Instances: select {@code instance} → Terminate → confirm. */
    private void terminate(FxRobot robot, String instance) {
        var table = showInstances(robot);
        FxWait.until(() -> stateOf(table, instance).equals("running"));
        clickRow(robot, "#instanceTable", instance);
        var before = Ec2State.of(ec2, region);
        robot.clickOn("#terminateButton");
        assertThat(LiveTables.confirmedIds(robot)).containsExactly(instance);
        confirmIfUnchanged(robot, before, "Terminate 1 instance");

        assertThat(outcomes(robot).getItems()).extracting(IdOutcome::step, IdOutcome::id, IdOutcome::status)
                .containsExactly(tuple(IdOutcome.Step.TERMINATE, instance, IdOutcome.Status.DONE));
        closeOutcome(robot);
        assertThat(ec2.instanceStates(region)).containsEntry(instance, "shutting-down");
    }

    /** With the confirmation open, EC2 still holds what it held before it opened; then the action is confirmed. */
    private void confirmIfUnchanged(FxRobot robot, Ec2State before, String actionLabel) {
        WaitForAsyncUtils.waitForFxEvents(); // whatever opening the dialog set off would have reached EC2 by now
        assertThat(Ec2State.of(ec2, region)).as("nothing changed in EC2 before confirming").isEqualTo(before);
        robot.clickOn(FxWait.dialogButton(robot, actionLabel));
    }

    /** What LocalAws holds: each instance's and each spot request's state. */
    private record Ec2State(Map<String, String> instances, Map<String, String> requests) {
        static Ec2State of(LocalAws ec2, String region) {
            return new Ec2State(ec2.instanceStates(region), ec2.requestStates(region));
        }
    }

    private static TableView<IdOutcome> outcomes(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#outcomeTable").tryQuery().isPresent());
        return robot.lookup("#outcomeTable").query();
    }

    private static void closeOutcome(FxRobot robot) {
        robot.clickOn(FxWait.dialogButton(robot, "Close"));
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    private TableView<SpotRequest> showRequests(FxRobot robot) {
        selectTab(robot, "requestsTab");
        robot.clickOn("#requestRefreshButton");
        FxWait.until(() -> !app.services.tasks().isBusy());
        return robot.lookup("#requestTable").query();
    }

    private TableView<SpotInstance> showInstances(FxRobot robot) {
        selectTab(robot, "instancesTab");
        robot.clickOn("#instanceRefreshButton");
        FxWait.until(() -> !app.services.tasks().isBusy());
        return robot.lookup("#instanceTable").query();
    }

    private static void selectTab(FxRobot robot, String tabId) {
        robot.interact(() -> {
            var tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow());
        });
    }

    /** Opens {@code picker} and clicks the entry whose text contains {@code text}. */
    private static void pick(FxRobot robot, String picker, String text) {
        robot.clickOn(picker);
        FxWait.until(() -> robot.lookup((Node n) -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().contains(text)).tryQuery().isPresent());
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().contains(text)).<Node>query());
    }

    /** Clicks the cell showing {@code id} in {@code table} (hidden tabs hold cells with the same ids). */
    private static void clickRow(FxRobot robot, String table, String id) {
        robot.clickOn(robot.from(robot.lookup(table).<Node>query())
                .lookup((Node n) -> n instanceof TableCell<?, ?> c && id.equals(c.getText())).<Node>query());
    }

    private static List<String> cellTexts(FxRobot robot, TableView<?> table) {
        return robot.from(table).lookup((Node n) -> n instanceof TableCell<?, ?>).<TableCell<?, ?>>queryAll()
                .stream().map(TableCell::getText).filter(t -> t != null).toList();
    }

    private static String stateOf(TableView<SpotInstance> table, String id) {
        return table.getItems().stream().filter(i -> i.id().equals(id)).map(SpotInstance::state).findFirst()
                .orElse("");
    }

    private static String requestOf(TableView<SpotRequest> table, String instanceId) {
        return table.getItems().stream().filter(r -> r.instanceId().equals(instanceId)).map(SpotRequest::id)
                .findFirst().orElseThrow();
    }

    private static String outcome(FxRobot robot) {
        return FxWait.text(robot, "#outcomeHeadline");
    }
}
