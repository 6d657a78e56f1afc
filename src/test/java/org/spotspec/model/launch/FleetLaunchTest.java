package org.spotspec.model.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.capacity.PlacementScore;
import org.spotspec.aws.launch.FleetService;
import org.spotspec.aws.launch.LaunchResult;
import org.spotspec.aws.launch.LaunchService;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.InlineCalls;
import org.spotspec.testing.WireSession;

/**
 * The Fleet way and the capacity fallback with real SDK clients against WireMock answering EC2's
 * XML, tasks inline, no toolkit: per-pool results, the shared result pane and listeners, the
 * requirements preview, and a capacity failure turned into a filled Fleet form.
 */
class FleetLaunchTest {
    private static final String AMI = "ami-0abcdef1234567890";
    private static final String SUBNET_A = "subnet-0123456789abcdef0";
    private static final String SUBNET_B = "subnet-0fedcba9876543210";

    @RegisterExtension
    final WireSession wire = new WireSession();
    private final List<LaunchResult> launched = new ArrayList<>();
    private final List<String> chosenTypes = new ArrayList<>();
    private final List<PlacementScore> scores = new ArrayList<>();
    private LaunchModel model;
    private FleetLaunch fleet;
    private CapacityFallback fallback;
    private InlineCalls aws;

    @BeforeEach
    void setUp() {
        aws = new InlineCalls(wire.session());
        var service = new LaunchService();
        model = new LaunchModel(aws.calls, service, aws.session, aws.log, new LaunchForm(aws.clock, ZoneOffset.UTC),
                new LaunchLookups(aws.calls, service, new SpotPriceService()), () -> "token-1");
        model.addLaunchListener(launched::add);
        fleet = new FleetLaunch(aws.calls, new FleetService(aws.clock, new Random(7)), aws.session, aws.log, model,
                new FleetForm(model.form()), () -> "fleet-token-1");
        fallback = new CapacityFallback(model, fleet, new CapacityFallback.Sources() {
            @Override
            public List<String> chosenTypes() {
                return chosenTypes;
            }

            @Override
            public List<PlacementScore> scores() {
                return scores;
            }
        });
        var stub = wire.aws();
        stub.ec2Page("DescribeInstanceTypeOfferings", null, null, AwsStub.read("ec2-instance-type-offerings-page1.xml"));
        stub.ec2Page("DescribeInstanceTypeOfferings", null, "AAEAAW9mZmVyaW5ncy0y",
                AwsStub.read("ec2-instance-type-offerings-page2.xml"));
        stub.ec2Page("DescribeSubnets", null, null, AwsStub.read("ec2-describe-subnets.xml"));
        model.lookups().load("eu-west-1");
        model.form().imageIdProperty().set(AMI);
        model.form().countProperty().set("4");
    }

    private void fleetForm() {
        var form = fleet.form();
        form.wayProperty().set(LaunchWay.FLEET);
        form.typesProperty().set("m5.large, c5.large");
        form.subnetsProperty().set(SUBNET_A + ", " + SUBNET_B);
    }

    @Test
    void aFleetShowsEachPoolAndRefreshesTheTablesOnce() {
        fleetForm();
        wire.aws().ec2Page("CreateLaunchTemplate", null, null, AwsStub.read("ec2-create-launch-template.xml")
                .replace("${name}", "spotspec-20300101-120000-abcd"));
        wire.aws().ec2Page("CreateFleet", null, null, AwsStub.read("ec2-create-fleet-partial.xml"));

        var spec = fleet.prepare().orElseThrow();
        assertThat(fleet.summary(spec)).contains("m5.large in " + SUBNET_A, "c5.large in " + SUBNET_B,
                "price-capacity-optimized", "spotspec-", "kept");
        fleet.launch(spec);

        var outcome = model.outcomeProperty().get();
        assertThat(outcome.kind()).isEqualTo(LaunchOutcome.Kind.LAUNCHED);
        assertThat(outcome.headline()).startsWith("Fleet fleet-7a3c1f2e-5b6d-4e8f-9a0b-1c2d3e4f5a6b launched 3 of 4");
        assertThat(outcome.details()).contains("c5.large in " + SUBNET_B + " (eu-west-1b), spot: i-0f1e2d3c4b5a60001",
                "on-demand: i-0f1e2d3c4b5a60003", "m5.large in " + SUBNET_A + " (eu-west-1a), spot: "
                        + "InsufficientInstanceCapacity — AWS has no spare capacity",
                "SpotMaxPriceTooLow — the max price is below", "spotspec-20300101-120000-abcd (lt-0a20c965061f64abc)",
                "aws ec2 delete-launch-template --launch-template-id lt-0a20c965061f64abc");
        assertThat(launched).singleElement().satisfies(r -> assertThat(r.instanceIds()).hasSize(3));
        assertThat(model.idsToCopy()).hasValueSatisfying(ids -> assertThat(ids).contains("i-0f1e2d3c4b5a60003"));
        assertThat(wire.aws().bodies("CreateLaunchTemplate").get(0)).contains("ClientToken=fleet-token-1");
        assertThat(wire.aws().bodies("CreateFleet").get(0)).contains("ClientToken=fleet-token-1", "Type=instant");
        assertThat(fallback.offerProperty().get()).as("some pools launched: no fallback").isNull();
    }

    @Test
    void anInvalidFleetSendsNothing() {
        fleet.form().wayProperty().set(LaunchWay.FLEET);
        assertThat(fleet.prepare()).isEmpty();
        assertThat(model.outcomeProperty().get().kind()).isEqualTo(LaunchOutcome.Kind.INVALID);
        assertThat(model.outcomeProperty().get().details()).contains("instance types:");
        assertThat(wire.aws().count("CreateLaunchTemplate") + wire.aws().count("CreateFleet")).isZero();
    }

    @Test
    void theDryRunSaysWhatItCheckedAndCreatesNothing() {
        fleetForm();
        wire.aws().ec2Error("CreateLaunchTemplate", 412, "DryRunOperation",
                "Request would have succeeded, but DryRun flag is set.");
        fleet.dryRun();
        var outcome = model.outcomeProperty().get();
        assertThat(outcome.kind()).isEqualTo(LaunchOutcome.Kind.WOULD_SUCCEED);
        assertThat(outcome.headline()).contains("nothing was created");
        assertThat(outcome.details()).contains("CreateLaunchTemplate (ec2:CreateLaunchTemplate): would-succeed",
                "CreateFleet (ec2:CreateFleet): not-checked");
        assertThat(wire.aws().count("CreateFleet")).isZero();
        assertThat(launched).isEmpty();
    }

    @Test
    void thePreviewOffersTheTypesThatMeetTheRequirementsAndAddsThemOnRequest() {
        fleetForm();
        wire.aws().ec2Page("DescribeImages", null, null, AwsStub.read("ec2-describe-images.xml"));
        wire.aws().ec2Page("GetInstanceTypesFromInstanceRequirements", null, null,
                AwsStub.read("ec2-instance-types-from-requirements-page1.xml"));
        wire.aws().ec2Page("GetInstanceTypesFromInstanceRequirements", null, "eyJ2IjoiMSIsImMiOiJwYWdlMiJ9",
                AwsStub.read("ec2-instance-types-from-requirements-page2.xml"));
        fleet.previewTypes();
        assertThat(fleet.form().requirements().found()).isNotEmpty().contains("m5.large");
        assertThat(fleet.form().requirements().statusProperty().get()).contains("match");
        fleet.addPreviewedTypes();
        assertThat(fleet.form().typesProperty().get()).startsWith("m5.large, c5.large").contains("m6i.large");
    }

    @Test
    void aRunInstancesCapacityFailureOffersAFleetOverSiblingsAndEveryZoneBestScoredFirst() {
        model.form().instanceTypeProperty().set("m5.large");
        model.form().countProperty().set("2");
        model.form().keyNameProperty().set("ml-key");
        wire.aws().ec2Error("RunInstances", 500, "InsufficientInstanceCapacity",
                "We currently do not have sufficient m5.large capacity in the Availability Zone you requested.");
        scores.add(new PlacementScore("eu-west-1", "euw1-az1", "eu-west-1b", 9, aws.clock.instant()));

        model.launch(model.prepare().orElseThrow());

        var offer = fallback.offerProperty().get();
        assertThat(offer).isNotNull();
        assertThat(offer.label()).isEqualTo("Launch as a Fleet across 2 types and 2 zones");
        fallback.apply();
        var form = fleet.form();
        assertThat(form.isFleet()).isTrue();
        assertThat(form.typesProperty().get()).isEqualTo("m5.large, m5a.large");
        assertThat(form.zonesProperty().get()).isEqualTo("eu-west-1b, eu-west-1a");
        assertThat(form.subnetsProperty().get()).isEmpty();
        var spec = fleet.prepare().orElseThrow();
        assertThat(spec.targetCapacity()).isEqualTo(2);
        assertThat(spec.keyName()).isEqualTo("ml-key");
        assertThat(spec.pools()).hasSize(4);

        chosenTypes.addAll(List.of("m6i.large", "c5.large"));
        model.launch(model.prepare().orElseThrow());
        assertThat(fallback.offerProperty().get().types()).as("the Prices tab's ticked types win")
                .containsExactly("m5.large", "m6i.large", "c5.large");
        model.clearResults();
        assertThat(fallback.offerProperty().get()).as("cleared with the results").isNull();
    }

    @Test
    void anOfferIsWithdrawnWhenTheSessionMovesToAnotherRegion() {
        var module = new LaunchModule(aws.calls, new LaunchService(), new SpotPriceService(), aws.session, aws.log,
                aws.clock, ZoneOffset.UTC, new CapacityFallback.Sources() {
                    @Override
                    public List<String> chosenTypes() {
                        return List.of();
                    }

                    @Override
                    public List<PlacementScore> scores() {
                        return List.of();
                    }
                });
        module.launch().lookups().load("eu-west-1");
        var form = module.launch().form();
        form.imageIdProperty().set(AMI);
        form.instanceTypeProperty().set("m5.large");
        form.keyNameProperty().set("ml-key");
        wire.aws().ec2Error("RunInstances", 500, "InsufficientInstanceCapacity", "No m5.large capacity.");
        module.launch().launch(module.launch().prepare().orElseThrow());
        assertThat(module.capacityFallback().offerProperty().get()).isNotNull();

        aws.session.set(aws.session.current().orElseThrow().inRegion(software.amazon.awssdk.regions.Region.US_EAST_1));

        assertThat(module.capacityFallback().offerProperty().get()).isNull();
    }
}
