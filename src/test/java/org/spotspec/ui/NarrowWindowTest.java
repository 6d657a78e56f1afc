package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.describeInstances;
import static org.spotspec.testing.Ec2Fixtures.describeSpotRequests;
import static org.spotspec.testing.Ec2Fixtures.instance;
import static org.spotspec.testing.Ec2Fixtures.spotRequest;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.settings.Settings;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The whole app in its smallest window, 1024 × 700 (also its minimum size), every tab visited
 * with data in it: no button's text, no table column's title and no id (request, instance, AMI,
 * group, subnet) is cut to
 * "…" (JavaFX elides a labeled's text in its {@code .text} node; that node must say all of it),
 * no button lies past the window's right edge, and no list's row runs past the list's side.
 */
@ExtendWith(QuickApplicationExtension.class)
class NarrowWindowTest {
    private static final double WIDTH = 1024;
    private static final double HEIGHT = 700;
    private static final Pattern ID = Pattern.compile("(sir|i|ami|sg|subnet)-[0-9a-z]{8,17}");
    /** Ids as long as EC2 makes them (17 characters after the prefix), which a narrow column cut. */
    private static final String REQUEST_1 = "sir-8d50b4c2a1f3e9d7b";
    private static final String REQUEST_2 = "sir-2b3c4d5e";
    private static final String INSTANCE_1 = "i-0aaa1111bbbb22223";
    private static final String INSTANCE_2 = "i-0ccc3333dddd44445";

    @RegisterExtension
    final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) {
        app.start(stage);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
    }

    @Test
    void atTheSmallestWindowNoButtonAndNoIdIsCut(FxRobot robot) {
        stubAnswers();
        app.signInWithTypedKeys(robot);
        // After the sign-in's EC2 probe, a dry run of this same call: the latest stub answers.
        stubPrices();
        var tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        var cut = new ArrayList<String>();
        for (var tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            awaitContent(robot, tab);
            robot.interact(() -> cut.addAll(elided(tab.getText(), app.stage().getScene().getRoot())));
        }
        assertThat(app.stage().getWidth()).isEqualTo(WIDTH);
        assertThat(app.stage().getHeight()).isEqualTo(HEIGHT);
        assertThat(cut).as("buttons and ids shown cut").isEmpty();
        assertThat(app.stage().getMinWidth()).as("the smallest window is the window's minimum").isEqualTo(WIDTH);
        assertThat(app.stage().getMinHeight()).isEqualTo(HEIGHT);
        assertThat(Settings.WindowBounds.MIN_WIDTH).isEqualTo(WIDTH);
        assertThat(Settings.WindowBounds.MIN_HEIGHT).isEqualTo(HEIGHT);
    }

    /** Opened offline: the tabs that read the archive, the offline Account tab and status bar, nothing cut. */
    @Test
    void offlineTheSmallestWindowCutsNothing(FxRobot robot) {
        robot.clickOn("#offlineLink");
        FxWait.until(() -> robot.lookup("#tabs").tryQuery().isPresent());
        var tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        var cut = new ArrayList<String>();
        for (var tab : tabs.getTabs().stream().filter(t -> !t.isDisable()).toList()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> cut.addAll(elided(tab.getText() + " (offline)", app.stage().getScene().getRoot())));
        }
        assertThat(cut).as("buttons and links shown cut").isEmpty();
        assertThat(app.aws.server().getAllServeEvents()).as("nothing asked AWS").isEmpty();
    }

    /** A sign-in error makes the card taller than the window: it scrolls Sign in back into sight. */
    @Test
    void aSignInErrorLeavesSignInInSight(FxRobot robot) {
        app.aws.stsError("GetSessionToken", 403, "AccessDenied",
                "MultiFactorAuthentication failed with invalid MFA one time pass code.");
        robot.clickOn("#mfaCode").write("123456");
        robot.clickOn("#signInButton");
        FxWait.until(() -> robot.lookup("#problemBox").query().isVisible());
        var button = robot.lookup("#signInButton").query();
        FxWait.until(() -> button.localToScene(button.getLayoutBounds()).getMaxY() <= app.stage().getScene().getHeight());
        robot.clickOn(button); // reachable: a second try, the code spent, says so next to the field
        FxWait.until(() -> !FxWait.text(robot, "#mfaCodeError").isEmpty());
    }

    private void stubAnswers() {
        LaunchSteps.stubLookups(app.aws);
        app.aws.ec2Page("DescribeSpotInstanceRequests", null, null, describeSpotRequests(null,
                spotRequest(REQUEST_1, "active", "fulfilled", INSTANCE_1),
                spotRequest(REQUEST_2, "open", "capacity-not-available", ""),
                spotRequest("sir-3c4d5e6f", "closed", "instance-terminated-by-price", "persistent", INSTANCE_2)));
        app.aws.ec2Page("DescribeInstances", null, null, describeInstances(null,
                instance(INSTANCE_1, "running", REQUEST_1), instance(INSTANCE_2, "terminated", "sir-3c4d5e6f")));
    }

    /** Two days of prices of three types in three zones: nine series, three legend rows and more. */
    private void stubPrices() {
        var now = app.clock.instant().truncatedTo(ChronoUnit.HOURS);
        var items = new ArrayList<String>();
        for (var zone : List.of("a", "b", "c")) {
            for (var type : List.of("m5.large", "c5.large", "m6i.32xlarge")) {
                for (int h = 0; h < 48; h += 6) {
                    items.add(AwsStub.spotPriceItem("eu-west-1" + zone, type, "Linux/UNIX", "0.03" + (h % 9) + "100",
                            now.minus(Duration.ofHours(h))));
                }
            }
        }
        app.aws.ec2Page("DescribeSpotPriceHistory", null, null, AwsStub.spotPricePage("", items));
    }

    /** What each tab shows once its data is in: tables filled, the Prices query fetched. */
    private void awaitContent(FxRobot robot, Tab tab) {
        switch (tab.getId()) {
            case "requestsTab" -> FxWait.until(() -> rows(robot, "#requestTable") == 3);
            case "instancesTab" -> FxWait.until(() -> rows(robot, "#instanceTable") == 2);
            case "launchTab" -> LaunchSteps.awaitLookups(app.services.launch());
            case "pricesTab" -> {
                var prices = app.services.prices();
                FxWait.until(() -> !prices.instanceTypes().items().isEmpty());
                robot.interact(() -> prices.instanceTypes().select(List.of("m5.large", "c5.large", "m6i.32xlarge")));
                robot.clickOn("#fetchButton");
                FxWait.until(() -> rows(robot, "#statsTable") == 9 && !prices.fetchingProperty().get());
            }
            case "archiveTab" -> {
                // The Prices fetch above stored its nine series; three types are tracked, as a user would.
                robot.interact(() -> app.services.sync().restore(new org.spotspec.pricedata.TrackedSeries(
                        List.of("m5.large", "c5.large", "m6i.32xlarge"), List.of("eu-west-1"), List.of("Linux/UNIX")), 15));
                FxWait.until(() -> rows(robot, "#seriesTable") == 9 && !app.services.archiveModel().busyProperty().get());
            }
            default -> { }
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static int rows(FxRobot robot, String table) {
        return robot.lookup(table).queryAs(TableView.class).getItems().size();
    }

    /** Every shown button, heading and labeled whose text is an id, whose text node is not all of its text. */
    static List<String> elided(String where, Node node) {
        return elided(where, node, false);
    }

    private static List<String> elided(String where, Node node, boolean inHeader) {
        var found = new ArrayList<String>();
        if (!node.isVisible()) {
            return found;
        }
        var header = inHeader || node.getStyleClass().contains("column-header");
        if (node instanceof Labeled labeled && (header || isChecked(labeled))) {
            var shown = shownText(labeled);
            // A mnemonic's underscore is not drawn: the text as shown lacks it without being cut.
            var full = labeled.getText() == null ? null : labeled.isMnemonicParsing()
                    ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText();
            if (shown != null && full != null && !shown.equals(full)) {
                found.add(where + ": " + kind(labeled) + " '" + labeled.getText() + "' shown as '" + shown + "'");
            }
            // Not cut, but past the window's right edge (where a too-long tool bar put Terminate).
            var bounds = labeled.localToScene(labeled.getLayoutBounds());
            if (labeled instanceof ButtonBase && bounds.getMaxX() > labeled.getScene().getWidth() + 0.5) {
                found.add(where + ": " + kind(labeled) + " '" + labeled.getText() + "' reaches past the window's edge to "
                        + bounds.getMaxX());
            }
            // Or past the side of its split pane's part, which clips it (where the Events tab's bar put its buttons).
            var part = splitPart(labeled);
            if (labeled instanceof ButtonBase && part != null
                    && bounds.getMaxX() > part.localToScene(part.getLayoutBounds()).getMaxX() + 0.5) {
                found.add(where + ": " + kind(labeled) + " '" + labeled.getText() + "' reaches past its split pane's part");
            }
        }
        if (node instanceof javafx.scene.control.ListCell<?> cell && inItsList(cell)
                && cell.getText() != null && !cell.getText().isEmpty()) {
            // A row wider than its list is cut at the list's side (where "Linux/UNIX (Amazon VPC)" was).
            var list = cell.getListView();
            if (cell.localToScene(cell.getLayoutBounds()).getMaxX()
                    > list.localToScene(list.getLayoutBounds()).getMaxX() + 0.5) {
                found.add(where + ": list row '" + cell.getText() + "' runs past its list's side");
            }
        }
        if (node instanceof Parent parent) {
            for (var child : parent.getChildrenUnmodifiable()) {
                found.addAll(elided(where, child, header));
            }
        }
        return found;
    }

    /** A row of a list shown in the window (a combo box's button cell belongs to its pop-up's list). */
    private static boolean inItsList(javafx.scene.control.ListCell<?> cell) {
        for (Node n = cell; n != null; n = n.getParent()) {
            if (n == cell.getListView()) {
                return true;
            }
        }
        return false;
    }

    /** The part of a split pane {@code node} is in (the skin's region that clips it), or null. */
    private static Node splitPart(Node node) {
        for (var n = node; n.getParent() != null; n = n.getParent()) {
            if (n.getParent() instanceof javafx.scene.control.SplitPane) {
                return n;
            }
        }
        return null;
    }

    private static String kind(Node node) {
        var type = node.getClass();
        return type.isAnonymousClass() ? type.getSuperclass().getSimpleName() : type.getSimpleName();
    }

    private static boolean isChecked(Labeled labeled) {
        var text = labeled.getText();
        return text != null && !text.isEmpty() && (labeled instanceof ButtonBase || ID.matcher(text).matches()
                || labeled.getStyleClass().contains("section-title")); // a heading cut mid-word says less than it should
    }

    /** The text the labeled's skin draws: its {@code .text} child. */
    private static String shownText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n.getStyleClass().contains("text"))
                .map(n -> ((Text) n).getText()).findFirst().orElse(null);
    }
}
