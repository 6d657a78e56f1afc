package org.spotspec.model.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.PlacementScoreXml.item;
import static org.spotspec.testing.PlacementScoreXml.scores;
import static org.spotspec.testing.AwsStub.spotPriceItem;
import static org.spotspec.testing.AwsStub.spotPricePage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.archive.PriceArchive;
import org.spotspec.archive.PriceArchives;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.capacity.PlacementScoreService;
import org.spotspec.aws.capacity.WhereNow;
import org.spotspec.aws.capacity.ZoneNames;
import org.spotspec.pricedata.ArchiveHandle;
import org.spotspec.pricedata.ArchivedPrices;
import org.spotspec.pricedata.ArchivedScores;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.InlineCalls;
import org.spotspec.testing.WireSession;

/** Placement scores in the Prices tab's model, over HTTP: asked, kept in the archive, matched to rows, ranked. */
class ScoresModelTest {
    private static final String LINUX = "Linux/UNIX";
    private static final String ACTION = "GetSpotPlacementScores";

    @RegisterExtension
    final WireSession wire = new WireSession();
    @TempDir
    Path dir;
    private PriceArchive archive;
    private InlineCalls calls;
    private PricesModel prices;
    private ScoresModel model;

    @BeforeEach
    void setUp() {
        archive = PriceArchives.openEmbedded(dir.resolve("archive.db"));
        calls = new InlineCalls(wire.session());
        var service = new SpotPriceService(2);
        prices = new PricesModel(calls.calls, TaskRunner.inline(), service,
                new ArchivedPrices(service, ArchiveHandle.of(archive), calls.clock), Runnable::run, calls.clock);
        prices.regions().setItems(List.of("eu-west-1"));
        prices.regions().select(List.of("eu-west-1"));
        prices.instanceTypes().setItems(List.of("m5.large", "m5a.large", "m6i.large"));
        prices.products().select(List.of(LINUX));
        model = new ScoresModel(calls.calls, new PlacementScoreService(calls.clock, new ZoneNames()),
                new ArchivedScores(ArchiveHandle.of(archive)), prices);
    }

    @AfterEach
    void tearDown() {
        archive.close();
    }

    @Test
    void scoresPerZoneAreKeptWithTheirTimeMatchedToRowsAndRankedWithPrices() {
        prices.instanceTypes().select(List.of("m5.large", "m5a.large", "m6i.large"));
        model.perZoneProperty().set(true);
        var at = calls.clock.instant().minus(Duration.ofHours(1));
        wire.aws().ec2Page("DescribeSpotPriceHistory", null, null, spotPricePage("", List.of(
                spotPriceItem("eu-west-1a", "m5.large", LINUX, "0.040000", at),
                spotPriceItem("eu-west-1b", "m5.large", LINUX, "0.030000", at))));
        wire.aws().ec2Page(ACTION, "eu-west-1", null, scores(null, item("eu-west-1", "euw1-az1", 9),
                item("eu-west-1", "euw1-az2", 4)));
        wire.aws().ec2Page("DescribeAvailabilityZones", "eu-west-1", null, zones());
        prices.fetch();

        assertThat(model.askScores()).isTrue();

        assertThat(model.scoreOf("eu-west-1", "eu-west-1a")).contains(9);
        assertThat(model.scoreOf("eu-west-1", "eu-west-1b")).contains(4);
        assertThat(model.ranking()).extracting(WhereNow.Place::zone).containsExactly("eu-west-1a", "eu-west-1b");
        assertThat(model.statusProperty().get()).contains("2 scores", "top 10", "snapshot");
        var form = AwsStub.form(wire.aws().bodies(ACTION).get(0));
        assertThat(form).containsEntry("SingleAvailabilityZone", "true").containsEntry("TargetCapacity", "10")
                .containsEntry("RegionName.1", "eu-west-1");
        assertThat(model.history(model.configurationProperty().get(), calls.clock.instant().minus(Duration.ofDays(1))))
                .as("kept in the archive").extracting(s -> s.zoneId() + "=" + s.score())
                .containsExactlyInAnyOrder("euw1-az1=9", "euw1-az2=4");
        assertThat(model.storedConfigurations()).containsExactly(model.configurationProperty().get());
    }

    @Test
    void badInputSendsNothingAndFewerThanThreeTypesIsAdvisedAgainst() {
        prices.instanceTypes().select(List.of("m5.large"));
        assertThat(model.adviceProperty().get()).contains("at least 3");
        model.capacityTextProperty().set("0");
        assertThat(model.capacityErrorProperty().get()).contains("1 to 1000");

        assertThat(model.askScores()).isFalse();

        model.capacityTextProperty().set("10");
        prices.instanceTypes().clearSelection();
        assertThat(model.askScores()).isFalse();
        assertThat(model.statusProperty().get()).contains("Tick at least one instance type");
        assertThat(wire.aws().count(ACTION)).isZero();
    }

    @Test
    void byVcpusAndMemoryEveryMatchingTypeIsScoredAndKeptUnderItsOwnConfiguration() {
        wire.aws().ec2Page(ACTION, "eu-west-1", null, scores(null, item("eu-west-1", null, 6)));
        model.byRequirementsProperty().set(true);
        model.vcpusProperty().set("8-2");
        assertThat(model.vcpusErrorProperty().get()).isEqualTo("Use 4, 2-8 or 4- (1 to 896).");
        assertThat(model.askScores()).as("nothing sent with a wrong range").isFalse();

        model.vcpusProperty().set("2-8");
        model.memoryGibProperty().set("4-");
        assertThat(model.askScores()).isTrue();

        var form = AwsStub.form(wire.aws().bodies(ACTION).get(0));
        assertThat(form).containsEntry("InstanceRequirementsWithMetadata.InstanceRequirements.VCpuCount.Min", "2")
                .containsEntry("InstanceRequirementsWithMetadata.InstanceRequirements.VCpuCount.Max", "8")
                .containsEntry("InstanceRequirementsWithMetadata.InstanceRequirements.MemoryMiB.Min", "4096")
                .doesNotContainKey("InstanceType.1");
        assertThat(model.configurationProperty().get()).isEqualTo("vcpu 2-8, memory 4096- MiB|10 units|per-region");
        assertThat(model.adviceProperty().get()).as("no types to count").isEmpty();
        assertThat(model.scoreOf("eu-west-1", "eu-west-1a")).contains(6);
    }

    /** As on the command line (spotspec scores --vcpus 4): a number alone is exactly that many. */
    @Test
    void aNumberAloneIsExactlyThatMany() {
        wire.aws().ec2Page(ACTION, "eu-west-1", null, scores(null, item("eu-west-1", null, 6)));
        model.byRequirementsProperty().set(true);
        model.vcpusProperty().set("4");
        model.memoryGibProperty().set("16");
        assertThat(model.askScores()).isTrue();

        assertThat(AwsStub.form(wire.aws().bodies(ACTION).get(0)))
                .containsEntry("InstanceRequirementsWithMetadata.InstanceRequirements.VCpuCount.Min", "4")
                .containsEntry("InstanceRequirementsWithMetadata.InstanceRequirements.VCpuCount.Max", "4")
                .containsEntry("InstanceRequirementsWithMetadata.InstanceRequirements.MemoryMiB.Min", "16384")
                .containsEntry("InstanceRequirementsWithMetadata.InstanceRequirements.MemoryMiB.Max", "16384");
    }

    @Test
    void theLargestInstanceTypesCanBeAskedFor() {
        wire.aws().ec2Page(ACTION, "eu-west-1", null, scores(null, item("eu-west-1", null, 3)));
        model.byRequirementsProperty().set(true);
        model.vcpusProperty().set("896"); // u7in-32tb.224xlarge: 896 vCPUs, 32 TiB (448 and 24 TiB were refused)
        model.memoryGibProperty().set("32768");
        assertThat(model.vcpusErrorProperty().get()).isEmpty();
        assertThat(model.memoryErrorProperty().get()).isEmpty();
        assertThat(model.askScores()).isTrue();
        assertThat(AwsStub.form(wire.aws().bodies(ACTION).get(0)))
                .containsEntry("InstanceRequirementsWithMetadata.InstanceRequirements.MemoryMiB.Min", "33554432");

        model.vcpusProperty().set("897");
        model.memoryGibProperty().set("32769");
        assertThat(model.vcpusErrorProperty().get()).isEqualTo("Use 4, 2-8 or 4- (1 to 896).");
        assertThat(model.memoryErrorProperty().get()).isEqualTo("Use 4, 2-8 or 4- (1 to 32768).");
    }

    @Test
    void anAwsRefusalIsExplainedAndTheScoresShownStay() {
        prices.instanceTypes().select(List.of("m5.large", "m5a.large", "m6i.large"));
        wire.aws().ec2Page(ACTION, "eu-west-1", null, scores(null, item("eu-west-1", null, 7)));
        model.askScores();
        wire.aws().server().resetMappings();
        wire.aws().ec2Error(ACTION, 400, "MaxConfigLimitExceeded", "You have exceeded the maximum number of configurations.");

        model.capacityTextProperty().set("20");
        model.askScores();

        assertThat(model.statusProperty().get()).contains("MaxConfigLimitExceeded", "24");
        assertThat(model.scoreOf("eu-west-1", "eu-west-1a")).contains(7);
        assertThat(model.askingProperty().get()).isFalse();
    }

    private static String zones() {
        return "<DescribeAvailabilityZonesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r</requestId>"
                + "<availabilityZoneInfo>"
                + "<item><zoneName>eu-west-1a</zoneName><zoneId>euw1-az1</zoneId><regionName>eu-west-1</regionName></item>"
                + "<item><zoneName>eu-west-1b</zoneName><zoneId>euw1-az2</zoneId><regionName>eu-west-1</regionName></item>"
                + "</availabilityZoneInfo></DescribeAvailabilityZonesResponse>";
    }
}
