package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.describeInstances;
import static org.spotspec.testing.Ec2Fixtures.describeSpotRequests;
import static org.spotspec.testing.Ec2Fixtures.instance;
import static org.spotspec.testing.Ec2Fixtures.spotRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.ui.common.PngEncoder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The whole app in its smallest window (1024 × 700) showing two regions in the Requests and
 * Instances tabs: nothing cut (as {@link NarrowWindowTest} checks with one), and the regions
 * chosen come back at the next start. With {@code -Dspotspec.screenshots=DIR} it also saves
 * both tabs as PNG there, to look at.
 */
@ExtendWith(QuickApplicationExtension.class)
class MultiRegionAppTest {
    private static final String EU = "eu-west-1";
    private static final String US = "us-east-1";
    /** Ids as long as EC2 makes them. */
    private static final String SIR_EU = "sir-8d50b4c2a1f3e9d7b";
    private static final String SIR_US = "sir-1a2b3c4d5e6f7a8b9";
    private static final String I_EU = "i-0aaa1111bbbb22223";
    private static final String I_US = "i-0ccc3333dddd44445";

    @RegisterExtension
    final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) {
        app.start(stage);
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    private void stubBothRegions() {
        app.aws.ec2Page("DescribeSpotInstanceRequests", EU, null, describeSpotRequests(null,
                spotRequest(SIR_EU, "active", "fulfilled", I_EU)));
        app.aws.ec2Page("DescribeSpotInstanceRequests", US, null, describeSpotRequests(null,
                spotRequest(SIR_US, "open", "capacity-not-available", "")));
        app.aws.ec2Page("DescribeInstances", EU, null, describeInstances(null, instance(I_EU, "running", SIR_EU)));
        app.aws.ec2Page("DescribeInstances", US, null, describeInstances(null, instance(I_US, "running", SIR_US)));
    }

    @Test
    void twoRegionsFitTheSmallestWindowAndAreChosenAgainAtTheNextStart(FxRobot robot) {
        stubBothRegions();
        app.signInWithTypedKeys(robot);
        robot.interact(() -> app.services.tableRegions().choose(List.of(EU, US)));
        var tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        var cut = new ArrayList<String>();
        for (var tab : List.of("requestsTab", "instancesTab")) {
            robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> tab.equals(t.getId())).findFirst().orElseThrow()));
            var table = robot.lookup(tab.equals("requestsTab") ? "#requestTable" : "#instanceTable")
                    .queryAs(TableView.class);
            FxWait.until(() -> table.getItems().size() == 2);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> cut.addAll(NarrowWindowTest.elided(tab, app.stage().getScene().getRoot())));
            screenshot(robot, tab);
        }
        assertThat(cut).as("buttons and ids shown cut with two regions").isEmpty();
        assertThat(robot.lookup("#instanceRegionsButton").queryAs(MenuButton.class).getText()).isEqualTo("2 regions");

        FxWait.until(() -> settingsText().contains("refresh.regions=" + EU + "," + US));
        var next = new AppHarness(app.home); // the same home: the same settings file
        try {
            next.startInNewWindow(robot);
            FxWait.until(() -> next.services.tableRegions().chosen().equals(List.of(EU, US)));
        } finally {
            next.close();
        }
    }

    private String settingsText() {
        try {
            return Files.exists(app.settingsFile()) ? Files.readString(app.settingsFile()) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void screenshot(FxRobot robot, String name) {
        var dir = System.getProperty("spotspec.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        robot.interact(() -> {
            var image = app.stage().getScene().snapshot(null);
            try (var out = Files.newOutputStream(Files.createDirectories(Path.of(dir)).resolve(name + ".png"))) {
                PngEncoder.write(image, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
