package org.spotspec.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.describeInstances;
import static org.spotspec.testing.Ec2Fixtures.instance;

import com.github.tomakehurst.wiremock.http.Fault;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.ViewHarness;
import org.spotspec.ui.common.FxmlView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A network fault as the user meets it in a tab (the service-level grid is
 * {@code aws.faults.FaultSuiteTest}): the fault is named, the table keeps its rows and the tab
 * stays usable, and only the instance asked for was in the retried request.
 */
@ExtendWith(QuickApplicationExtension.class)
class FaultViewTest {
    private static final String I_1 = "i-0aaa1111bbbb22223";
    private static final String I_2 = "i-0ccc3333dddd44445";

    @RegisterExtension
    final ViewHarness view = new ViewHarness();

    @Start
    void start(Stage stage) {
        view.start(stage);
    }

    @Test
    void aConnectionResetDuringTerminateIsNamedAndTheTabStaysUsable(FxRobot robot) {
        view.aws.ec2Page("DescribeInstances", null, null, describeInstances(null,
                instance(I_1, "running", "sir-1a2b3c4d"), instance(I_2, "running", "sir-2b3c4d5e")));
        view.aws.server().stubFor(AwsStub.action("TerminateInstances")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        view.show(FxmlView.INSTANCES);
        TableView<SpotInstance> table = robot.lookup("#instanceTable").query();
        FxWait.until(() -> table.getItems().size() == 2);

        LiveTables.clickRow(robot, I_1, false);
        robot.clickOn("#terminateButton");
        robot.clickOn(FxWait.dialogButton(robot, "Terminate 1 instance"));

        FxWait.until(() -> robot.lookup("#problemDetails").tryQuery().isPresent());
        var details = robot.lookup("#problemDetails").queryAs(TextArea.class).getText();
        assertThat(details).contains("connection was reset", "2 attempts", "refresh to see");
        assertThat(view.services.status().lastErrorProperty().get().code()).isEqualTo("ConnectionReset");
        robot.clickOn(FxWait.dialogButton(robot, "Close"));
        assertThat(table.getItems()).hasSize(2);
        assertThat(view.aws.bodies("TerminateInstances")).hasSize(2)
                .allSatisfy(b -> assertThat(b).contains("InstanceId.1=" + I_1).doesNotContain(I_2));

        view.aws.ec2Page("DescribeInstances", null, null, describeInstances(null,
                instance(I_1, "shutting-down", "sir-1a2b3c4d"), instance(I_2, "running", "sir-2b3c4d5e")));
        robot.clickOn("#instanceRefreshButton");
        FxWait.until(() -> table.getItems().stream().anyMatch(i -> i.state().equals("shutting-down")));
    }
}
