package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.ViewHarness;
import org.spotspec.ui.common.FxmlView;
import org.spotspec.ui.prices.PriceExports;
import org.spotspec.ui.prices.chart.PriceChart;
import org.testfx.api.FxRobot;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Prices tab, mounted signed in, against a local EC2 over HTTP: query, chart, table, cancel, a failing region. */
@ExtendWith(QuickApplicationExtension.class)
class PricesViewTest {
    private static final String HISTORY = "DescribeSpotPriceHistory";

    @RegisterExtension
    final ViewHarness view = new ViewHarness();

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Start
    void start(Stage stage) {
        view.start(stage);
    }

    private void openPrices() {
        PricesSteps.open(view);
    }

    private String weekOfPrices(String region) {
        return PricesSteps.weekOfPrices(view, region);
    }

    private void choose(FxRobot robot, String filterId, String listId, String item) {
        PricesSteps.choose(robot, filterId, listId, item);
    }

    @Test
    void aQueryShowsSeriesInTheChartAndRowsInTheTable(FxRobot robot) {
        openPrices();
        view.aws.ec2Page(HISTORY, "eu-west-1", null, weekOfPrices("eu-west-1"));
        choose(robot, "#typeFilter", "#typeList", "m5.large");
        choose(robot, "#typeFilter", "#typeList", "c5.large");
        robot.clickOn("#fetchButton");

        var table = robot.lookup("#statsTable").<TableView<?>>query();
        FxWait.until(() -> table.getItems().size() == 4);
        PriceChart chart = robot.lookup("#priceChart").query();
        assertThat(chart.historyProperty().get().series()).hasSize(4);
        assertThat(FxWait.text(robot, "#progressLabel")).contains("4 series");
        var request = view.aws.requests(HISTORY).get(view.aws.count(HISTORY) - 1).getBodyAsString();
        assertThat(request).contains("InstanceType.1=c5.large", "InstanceType.2=m5.large",
                "ProductDescription.1=Linux%2FUNIX", "MaxResults=1000");

        robot.moveTo(chart);
        FxWait.until(() -> chart.getAccessibleText().contains("per hour")); // the hover read-out
        assertThat(chart.getAccessibleText()).containsAnyOf("m5.large", "c5.large");

        var before = chart.getAccessibleText().lines().findFirst().orElseThrow(); // the time span shown
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        FxWait.until(() -> !chart.getAccessibleText().startsWith(before));

        robot.interact(() -> view.services.prices().maxPriceTextProperty().set("0.05"));
        FxWait.until(() -> view.services.prices().statistics().stream()
                .allMatch(st -> st.shareAtOrBelow() > 0.99)); // every price of the week is below $0.05

        robot.interact(() -> view.signOut(true));
        assertThat(view.services.prices().statistics()).as("another account's prices are gone").isEmpty();
        assertThat(chart.historyProperty().get()).isNull();
    }

    @Test
    void typesAreTickedFromTheKeyboardDownFromTheSearchThenSpace(FxRobot robot) {
        openPrices();
        var types = view.services.prices().instanceTypes();
        robot.clickOn("#typeFilter").eraseText(30).write("m5.");

        robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.SPACE);
        FxWait.until(() -> types.chosen().contains("m5.large"));
        robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.SPACE);
        FxWait.until(() -> types.chosen().size() == 2);
        robot.type(javafx.scene.input.KeyCode.SPACE);

        FxWait.until(() -> types.chosen().size() == 1);
        assertThat(types.chosen()).containsExactly("m5.large");
    }

    @Test
    void aPriceOfHundredthsOfACentShowsAllSixDecimalsInTheTable(FxRobot robot) {
        openPrices();
        var now = view.clock.instant();
        view.aws.ec2Page(HISTORY, "eu-west-1", null, AwsStub.spotPricePage("", List.of(
                AwsStub.spotPriceItem("eu-west-1a", "m5.large", "Linux/UNIX", "0.000040", now.minus(Duration.ofHours(3))),
                AwsStub.spotPriceItem("eu-west-1a", "m5.large", "Linux/UNIX", "0.000070", now.minus(Duration.ofHours(5))))));
        choose(robot, "#typeFilter", "#typeList", "m5.large");
        robot.clickOn("#fetchButton");

        var table = robot.lookup("#statsTable").<TableView<?>>query();
        FxWait.until(() -> table.getItems().size() == 1);
        FxWait.until(() -> cellTexts(robot).contains("$0.000040"));
        assertThat(cellTexts(robot)).contains("$0.000070").doesNotContain("$0.0000", "$0.0001");
    }

    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup("#statsTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(javafx.scene.control.TableCell::getText).filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void theZonesOfEveryChosenRegionAreListedAndTickedOnesFilterTheirRegion(FxRobot robot) {
        openPrices();
        view.aws.ec2Page("DescribeAvailabilityZones", "us-east-1", null,
                AwsStub.read("ec2-describe-availability-zones-us-east-1.xml"));
        view.aws.ec2Page(HISTORY, "eu-west-1", null, weekOfPrices("eu-west-1"));
        view.aws.ec2Page(HISTORY, "us-east-1", null, weekOfPrices("us-east-1"));
        choose(robot, "#typeFilter", "#typeList", "m5.large");
        choose(robot, "#regionFilter", "#regionList", "us-east-1");

        var zoneList = robot.lookup("#zoneList").<javafx.scene.control.ListView<String>>query();
        FxWait.until(() -> zoneList.getItems().size() == 6);
        assertThat(zoneList.getItems()).as("grouped by region, as the region list orders them").containsExactly(
                "eu-west-1a (euw1-az3)", "eu-west-1b (euw1-az2)", "eu-west-1c (euw1-az1)",
                "us-east-1a (use1-az1)", "us-east-1b (use1-az2)", "us-east-1c (use1-az6)");
        assertThat(view.aws.requests("DescribeAvailabilityZones")).extracting(AwsStub::signedRegion)
                .contains("eu-west-1", "us-east-1");
        assertThat(robot.lookup("#zoneList .zone-region").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("eu-west-1");
        // A region's first row is taller by its heading: the rows' check boxes stay evenly spaced.
        var checks = robot.lookup("#zoneList .check-box").queryAllAs(javafx.scene.control.CheckBox.class).stream()
                .filter(javafx.scene.Node::isVisible).map(c -> c.localToScene(c.getLayoutBounds()).getMinY()).sorted().toList();
        assertThat(checks).hasSizeGreaterThanOrEqualTo(3);
        assertThat(checks.get(2) - checks.get(1)).as("row to row, as from the first").isCloseTo(checks.get(1) - checks.get(0),
                org.assertj.core.data.Offset.offset(1.0));
        robot.interact(() -> zoneList.scrollTo(3));
        assertThat(robot.lookup("#zoneList .zone-region").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("us-east-1");
        robot.interact(() -> view.services.prices().zones().checkedProperty("us-east-1b (use1-az2)").set(true));
        int before = view.aws.count(HISTORY);
        robot.clickOn("#fetchButton");

        FxWait.until(() -> view.aws.count(HISTORY) >= before + 2 && !view.services.prices().fetchingProperty().get());
        var all = view.aws.requests(HISTORY);
        var asked = all.subList(before, all.size());
        var east = asked.stream().filter(r -> AwsStub.signedRegion(r).equals("us-east-1")).findFirst().orElseThrow();
        var west = asked.stream().filter(r -> AwsStub.signedRegion(r).equals("eu-west-1")).findFirst().orElseThrow();
        assertThat(east.getBodyAsString()).contains("Filter.1.Name=availability-zone", "Filter.1.Value.1=us-east-1b")
                .doesNotContain("Filter.1.Value.2");
        assertThat(west.getBodyAsString()).as("no zone ticked in eu-west-1: all its zones").doesNotContain("Filter.1");

        choose(robot, "#regionFilter", "#regionList", "us-east-1"); // unticked: its zones leave the list
        FxWait.until(() -> zoneList.getItems().size() == 3);
        assertThat(view.services.prices().zones().chosen()).isEmpty();
    }

    @Test
    void savePngWritesTheChartWithItsTitleAndLegendAndSaysWhere(FxRobot robot) throws java.io.IOException {
        openPrices();
        view.aws.ec2Page(HISTORY, "eu-west-1", null, weekOfPrices("eu-west-1"));
        choose(robot, "#typeFilter", "#typeList", "m5.large");
        choose(robot, "#typeFilter", "#typeList", "c5.large"); // the answer is the query's series, as stored
        robot.clickOn("#fetchButton");
        FxWait.until(() -> view.services.prices().statistics().size() == 4);
        PriceChart chart = robot.lookup("#priceChart").query();
        var exports = new PriceExports(view.services.tasks(), view.services.status(), view.services.activityLog());
        var file = dir.resolve("prices.png").toFile();

        robot.interact(() -> exports.savePng(chart, file));

        FxWait.until(() -> exports.savedProperty().get().contains(file.toString()));
        assertThat(view.services.activityLog().entries()).anyMatch(e -> e.summary().contains(file.toString()));
        var png = javax.imageio.ImageIO.read(file);
        int plotTop = 50; // the title's two lines
        assertThat(png.getWidth()).isGreaterThanOrEqualTo((int) chart.getWidth());
        assertThat(png.getHeight()).as("title above and legend below the plot").isGreaterThan((int) chart.getHeight() + 60);
        assertThat(darkPixels(png, 0, plotTop)).as("the title's text").isGreaterThan(100);
        int legendTop = plotTop + (int) chart.getHeight();
        int colour = argb(chart.colorOf(chart.historyProperty().get().series().get(0).key()));
        assertThat(pixels(png, legendTop, png.getHeight(), p -> p == colour)).as("the first series' swatch").isPositive();
        assertThat(darkPixels(png, legendTop, png.getHeight())).as("the series' names").isGreaterThan(50);
    }

    private static long darkPixels(java.awt.image.BufferedImage png, int fromY, int toY) {
        return pixels(png, fromY, toY, p -> ((p >> 16 & 0xFF) + (p >> 8 & 0xFF) + (p & 0xFF)) < 300);
    }

    private static long pixels(java.awt.image.BufferedImage png, int fromY, int toY,
                               java.util.function.IntPredicate match) {
        long n = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                n += match.test(png.getRGB(x, y) | 0xFF000000) ? 1 : 0;
            }
        }
        return n;
    }

    private static int argb(javafx.scene.paint.Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    @Test
    void anIncompleteQueryIsExplainedAndSendsNothing(FxRobot robot) {
        openPrices();
        int probes = view.aws.count(HISTORY);
        robot.clickOn("#fetchButton");
        FxWait.until(() -> FxWait.text(robot, "#queryError").contains("instance type"));
        var typeList = robot.lookup("#typeList").query();
        FxWait.until(typeList::isFocused); // what the query lacks takes the cursor
        var maxPrice = robot.lookup("#maxPrice").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            maxPrice.setText("abc"); // the field is further down the scrolling form
            view.services.prices().instanceTypes().select(java.util.List.of("m5.large"));
        });
        FxWait.until(() -> FxWait.text(robot, "#maxPriceError").contains("price"));
        assertThat(FxWait.text(robot, "#queryError")).as("a type is ticked now: that message is old news").isEmpty();
        robot.interact(() -> robot.lookup("#fetchButton").queryButton().fire());
        FxWait.until(maxPrice::isFocused); // now the field to correct
        assertThat(view.aws.count(HISTORY)).isEqualTo(probes);
    }

    @Test
    void aFailingRegionIsNamedAndTheOthersStillShow(FxRobot robot) {
        openPrices();
        view.aws.ec2Page(HISTORY, "eu-west-1", null, weekOfPrices("eu-west-1"));
        view.aws.ec2Error(HISTORY, "us-east-1", 403, "UnauthorizedOperation",
                "You are not authorized to perform this operation.");
        choose(robot, "#typeFilter", "#typeList", "m5.large");
        choose(robot, "#regionFilter", "#regionList", "us-east-1");
        robot.clickOn("#fetchButton");

        FxWait.until(() -> robot.lookup("#failuresLabel").query().isVisible());
        assertThat(robot.lookup("#failuresLabel").queryAs(Label.class).getText())
                .contains("us-east-1").contains("UnauthorizedOperation");
        var table = robot.lookup("#statsTable").<TableView<?>>query();
        FxWait.until(() -> !table.getItems().isEmpty());
        assertThat(view.services.prices().statistics()).allMatch(s -> s.key().region().equals("eu-west-1"));
    }

    @Test
    void aRunningFetchCanBeCancelled(FxRobot robot) {
        openPrices();
        view.aws.server().stubFor(AwsStub.action(HISTORY).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/xml")
                        .withBody(AwsStub.spotPricePage("NEXT", List.of())).withFixedDelay(400)));
        choose(robot, "#typeFilter", "#typeList", "m5.large");
        int before = view.aws.count(HISTORY);
        robot.clickOn("#fetchButton");
        FxWait.until(() -> view.aws.count(HISTORY) > before); // the fetch has asked for its first page
        robot.clickOn("#cancelButton");
        FxWait.until(() -> FxWait.text(robot, "#progressLabel").startsWith("Cancelled"));
        int asked = view.aws.count(HISTORY);
        assertThat(robot.lookup("#fetchButton").<Node>query().isDisabled()).isFalse();
        FxWait.until(() -> !view.services.tasks().isBusy());
        assertThat(view.aws.count(HISTORY)).as("no page after the cancel").isLessThanOrEqualTo(asked + 1);
    }
}
