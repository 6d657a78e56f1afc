package org.spotspec.ui;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import javafx.scene.Node;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.ViewHarness;
import org.spotspec.ui.common.FxmlView;
import org.testfx.api.FxRobot;

/** Steps the Prices tab's view tests share: open the tab, a week of prices, tick a type or region. */
final class PricesSteps {
    private PricesSteps() {
    }

    static void open(ViewHarness view) {
        view.aws.ec2Page("DescribeInstanceTypeOfferings", null, null, AwsStub.read("ec2-instance-type-offerings-page1.xml"));
        view.aws.ec2Page("DescribeInstanceTypeOfferings", null, "AAEAAW9mZmVyaW5ncy0y",
                AwsStub.read("ec2-instance-type-offerings-page2.xml"));
        view.aws.ec2Page("DescribeAvailabilityZones", null, null, AwsStub.read("ec2-describe-availability-zones.xml"));
        view.show(FxmlView.PRICES);
        FxWait.until(() -> view.services.prices().instanceTypes().items().size() == 12);
    }

    /** A week of prices for two types in two zones of {@code region}: four series. */
    static String weekOfPrices(ViewHarness view, String region) {
        var now = view.clock.instant().truncatedTo(ChronoUnit.HOURS);
        var items = new ArrayList<String>();
        String[][] series = {{"a", "m5.large", "0.0380"}, {"b", "m5.large", "0.0410"},
            {"a", "c5.large", "0.0330"}, {"b", "c5.large", "0.0360"}};
        for (int h = 0; h < 7 * 24; h += 6) {
            for (var s : series) {
                double price = Double.parseDouble(s[2]) + (h % 24) * 0.0001;
                items.add(AwsStub.spotPriceItem(region + s[0], s[1], "Linux/UNIX",
                        String.format(java.util.Locale.ROOT, "%.6f", price), now.minus(Duration.ofHours(h))));
            }
        }
        return AwsStub.spotPricePage("", items);
    }

    static void choose(FxRobot robot, String filterId, String listId, String item) {
        robot.clickOn(filterId).eraseText(30).write(item);
        FxWait.until(() -> robot.lookup(listId + " .check-box").tryQuery().isPresent());
        robot.clickOn(robot.lookup(listId + " .check-box").<Node>query());
    }
}
