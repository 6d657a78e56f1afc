package org.spotspec.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.describeInstances;
import static org.spotspec.testing.Ec2Fixtures.instance;
import static org.spotspec.testing.Ec2Fixtures.terminating;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.IdOutcome;
import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.ViewHarness;
import org.spotspec.ui.common.FxmlView;
import org.testfx.api.FxRobot;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Instances tab, mounted signed in, against a local EC2 over HTTP: guarded terminate, partial failure, SSH command. */
@ExtendWith(QuickApplicationExtension.class)
class InstancesViewTest {
    private static final String DESCRIBE = "DescribeInstances";
    private static final String TERMINATE = "TerminateInstances";
    private static final String I_1 = "i-0aaa1111bbbb22223";
    private static final String I_2 = "i-0ccc3333dddd44445";
    private static final String I_3 = "i-0eee5555ffff66667";

    @RegisterExtension
    final ViewHarness view = new ViewHarness();

    @Start
    void start(Stage stage) {
        view.start(stage);
    }

    private TableView<SpotInstance> openInstances(FxRobot robot) {
        view.aws.ec2Page(DESCRIBE, null, null, describeInstances(null, instance(I_1, "running", "sir-1a2b3c4d"),
                instance(I_2, "running", "sir-2b3c4d5e"), instance(I_3, "stopped", "sir-3c4d5e6f")));
        view.show(FxmlView.INSTANCES);
        TableView<SpotInstance> table = robot.lookup("#instanceTable").query();
        FxWait.until(() -> table.getItems().size() == 3);
        return table;
    }

    @Test
    void aFailedFirstLoadSaysTheTableCouldNotBeLoadedAndWhyNotThatItIsEmpty(FxRobot robot) {
        view.aws.ec2Error(DESCRIBE, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");
        view.show(FxmlView.INSTANCES);

        FxWait.until(() -> FxWait.text(robot, "#instanceProblemLabel").contains("UnauthorizedOperation"));
        assertThat(FxWait.text(robot, "#instanceProblemLabel")).contains("Nothing has been read yet")
                .doesNotContain("last rows read");
        var notLoaded = robot.lookup("#instanceNotLoadedLabel").queryAs(javafx.scene.control.Label.class);
        var empty = robot.lookup("#instanceEmptyLabel").queryAs(javafx.scene.control.Label.class);
        assertThat(notLoaded.isVisible()).isTrue();
        assertThat(notLoaded.getText()).contains("could not be loaded", "UnauthorizedOperation", "What to do");
        assertThat(empty.isVisible()).as("not \"No spot … in this region\"").isFalse();

        view.aws.ec2Page(DESCRIBE, null, null, describeInstances(null));
        robot.clickOn("#instanceRefreshButton");

        FxWait.until(empty::isVisible);
        assertThat(notLoaded.isVisible()).isFalse();
        assertThat(empty.getText()).startsWith("No spot");
    }

    @Test
    void terminateIsSentOnlyAfterConfirmingAndABadIdDoesNotStopTheOthers(FxRobot robot) {
        var table = openInstances(robot);
        LiveTables.clickRow(robot, I_1, false);
        LiveTables.clickRow(robot, I_2, true);

        robot.clickOn("#terminateButton");
        assertThat(LiveTables.confirmedIds(robot)).containsExactlyInAnyOrder(I_1, I_2);
        assertThat(FxWait.text(robot, "#confirmTarget")).contains(AwsStub.ACCOUNT);
        assertThat(FxWait.text(robot, "#confirmWarning")).contains("persistent", "sir-1a2b3c4d");
        robot.clickOn(FxWait.dialogButton(robot, "Don't terminate"));
        FxWait.until(() -> robot.lookup("#confirmIds").tryQuery().isEmpty());
        assertThat(view.aws.count(TERMINATE)).as("nothing sent without confirmation").isZero();

        // I_2 vanished meanwhile: EC2 rejects the batch, SpotSpec retries with I_1 alone.
        view.aws.server().stubFor(AwsStub.action(TERMINATE).withRequestBody(containing(I_2)).willReturn(aResponse()
                .withStatus(400).withBody(AwsStub.ec2ErrorBody("InvalidInstanceID.NotFound",
                        "The instance ID '" + I_2 + "' does not exist"))));
        view.aws.server().stubFor(AwsStub.action(TERMINATE).withRequestBody(notContaining(I_2))
                .willReturn(aResponse().withStatus(200).withBody(terminating(I_1))));
        robot.clickOn("#terminateButton");
        robot.clickOn(FxWait.dialogButton(robot, "Terminate 2 instances"));

        FxWait.until(() -> robot.lookup("#outcomeTable").tryQuery().isPresent());
        TableView<IdOutcome> outcomes = robot.lookup("#outcomeTable").query();
        assertThat(outcomes.getItems()).extracting(IdOutcome::id, IdOutcome::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(I_1, IdOutcome.Status.DONE),
                org.assertj.core.groups.Tuple.tuple(I_2, IdOutcome.Status.NOT_FOUND));
        var bodies = view.aws.bodies(TERMINATE);
        assertThat(bodies).hasSize(2);
        assertThat(bodies).allMatch(b -> !b.contains(I_3) && !b.contains("DryRun"));
        robot.clickOn(FxWait.dialogButton(robot, "Close"));
        assertThat(table.getItems()).hasSize(3);
    }

    @Test
    void aRefusedTerminateShowsCodeMeaningNextStepAndRequestIdAndKeepsTheTable(FxRobot robot) {
        var table = openInstances(robot);
        LiveTables.clickRow(robot, I_3, false);
        view.aws.ec2Error(TERMINATE, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        robot.clickOn("#terminateButton");
        robot.clickOn(FxWait.dialogButton(robot, "Terminate 1 instance"));

        FxWait.until(() -> robot.lookup("#problemDetails").tryQuery().isPresent());
        var details = robot.lookup("#problemDetails").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(details).contains("What to do", "Request id: ea966190-f9aa-478e-9ede-example");
        assertThat(view.services.status().lastErrorProperty().get().code()).isEqualTo("UnauthorizedOperation");
        robot.clickOn(FxWait.dialogButton(robot, "Close"));
        assertThat(table.getItems()).hasSize(3);
        assertThat(view.aws.count(TERMINATE)).as("a refusal is not an id problem: no retry").isEqualTo(1);
    }

    @Test
    void terminatedInstancesAreNotOfferedAgainAndAMixedSelectionLeavesThemOut(FxRobot robot) {
        view.aws.ec2Page(DESCRIBE, null, null, describeInstances(null, instance(I_1, "running", "sir-1a2b3c4d"),
                instance(I_2, "terminated", "sir-2b3c4d5e"), instance(I_3, "shutting-down", "sir-3c4d5e6f")));
        view.show(FxmlView.INSTANCES);
        TableView<SpotInstance> table = robot.lookup("#instanceTable").query();
        FxWait.until(() -> table.getItems().size() == 3);
        javafx.scene.control.Button terminate = robot.lookup("#terminateButton").query();

        LiveTables.clickRow(robot, I_2, false);
        LiveTables.clickRow(robot, I_3, true);
        FxWait.until(terminate::isDisabled);
        assertThat(FxWait.text(robot, "#terminateHint")).contains("already terminated or shutting down");
        assertThat(terminate.getAccessibleHelp()).contains("already terminated");

        LiveTables.clickRow(robot, I_1, true);
        FxWait.until(() -> !terminate.isDisabled());
        assertThat(FxWait.text(robot, "#terminateHint")).contains("leaves out", I_2, I_3);
        view.aws.ec2Page(TERMINATE, null, null, terminating(I_1));
        robot.clickOn("#terminateButton");
        assertThat(LiveTables.confirmedIds(robot)).containsExactly(I_1);
        assertThat(FxWait.text(robot, "#confirmWarning")).contains("Left out", I_2, I_3);
        robot.clickOn(FxWait.dialogButton(robot, "Terminate 1 instance"));

        FxWait.until(() -> robot.lookup("#outcomeTable").tryQuery().isPresent());
        assertThat(view.aws.bodies(TERMINATE)).singleElement().satisfies(body -> assertThat(body)
                .contains(I_1).doesNotContain(I_2, I_3));
        robot.clickOn(FxWait.dialogButton(robot, "Close"));
    }

    @Test
    void copiesTheSshCommandOfTheSelectedInstance(FxRobot robot) {
        var table = openInstances(robot);
        LiveTables.clickRow(robot, I_1, false);
        var selected = table.getSelectionModel().getSelectedItem();

        robot.clickOn("#sshButton");

        var expected = "ssh -i ~/.ssh/alice-laptop.pem ec2-user@" + selected.publicDns();
        FxWait.until(() -> FxWait.text(robot, "#sshLabel").contains(expected));
        var copied = new AtomicReference<String>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo(expected);
    }

    @Test
    void filtersByStateAndText(FxRobot robot) {
        var table = openInstances(robot);
        robot.interact(() -> view.services.instances().table().stateFilterProperty().set("stopped"));
        assertThat(table.getItems()).extracting(SpotInstance::id).containsExactly(I_3);
        robot.interact(() -> view.services.instances().table().stateFilterProperty().set("All states"));
        robot.clickOn("#instanceFilterText").write("sir-2b3c");
        FxWait.until(() -> table.getItems().size() == 1);
        assertThat(table.getItems()).extracting(SpotInstance::id).containsExactly(I_2);
    }
}
