package org.spotspec.model.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.launch.FleetSpec.Strategy;
import org.spotspec.aws.launch.LaunchSpec.Interruption;
import org.spotspec.aws.launch.LaunchSpec.Method;
import org.spotspec.aws.launch.LaunchSpec.RequestType;
import org.spotspec.settings.LaunchSettings;
import org.spotspec.settings.LaunchSettings.FleetChoices;
import org.spotspec.settings.LaunchSettings.RegionChoices;

/** The Launch form's choices to and from the settings: global at start, per region at sign-in. */
class LaunchSettingsAdapterTest {
    private static final String AMI = "ami-0abcdef1234567890";
    private static final String AMI_EU = "ami-0123456789abcdef0";

    private final LaunchForm form = newForm();
    private final FleetForm fleet = new FleetForm(form);
    private final LaunchSettingsAdapter memory = new LaunchSettingsAdapter(form, fleet);

    private static LaunchForm newForm() {
        return new LaunchForm(Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private void fill() {
        form.methodProperty().set(Method.REQUEST_SPOT_INSTANCES);
        form.countProperty().set(" 3 ");
        form.requestTypeProperty().set(RequestType.PERSISTENT);
        form.interruptionProperty().set(Interruption.STOP);
        form.instanceProfileProperty().set("ml-runner");
        form.imageIdProperty().set(AMI);
        form.instanceTypeProperty().set("m5.large");
        form.maxPriceProperty().set("0.05");
        form.keyNameProperty().set("ml-key");
        form.securityGroupsProperty().set("sg-12345678, sg-87654321");
        form.subnetProperty().set("subnet-12345678");
        form.userDataProperty().set("#!/bin/sh\nexport TOKEN=do-not-keep\n");
        form.tagsProperty().set("Name=x");
        form.validUntilProperty().set("2026-12-01 12:00");
    }

    @Test
    void remembersTheGlobalChoicesAndTheRegionsButNotUserDataOrTags() {
        fill();

        var saved = memory.remember("us-east-1", LaunchSettings.none());

        assertThat(saved.method()).isEqualTo("REQUEST_SPOT_INSTANCES");
        assertThat(saved.count()).isEqualTo("3");
        assertThat(saved.requestType()).isEqualTo("PERSISTENT");
        assertThat(saved.interruption()).isEqualTo("STOP");
        assertThat(saved.instanceProfile()).isEqualTo("ml-runner");
        assertThat(saved.regions()).containsExactly(new RegionChoices("us-east-1", AMI, "m5.large", "0.05", "ml-key",
                List.of("sg-12345678", "sg-87654321"), "subnet-12345678", ""));
        assertThat(saved.toString()).doesNotContain("do-not-keep", "Name=x", "2026-12-01");
    }

    @Test
    void aNewRunGetsTheGlobalChoicesAtStartAndTheRegionsAtSignIn() {
        fill();
        var saved = memory.remember("us-east-1", LaunchSettings.none());
        var next = newForm();
        var nextMemory = new LaunchSettingsAdapter(next, new FleetForm(next));

        nextMemory.restoreGlobal(saved);
        assertThat(next.methodProperty().get()).isEqualTo(Method.REQUEST_SPOT_INSTANCES);
        assertThat(next.countProperty().get()).isEqualTo("3");
        assertThat(next.requestTypeProperty().get()).isEqualTo(RequestType.PERSISTENT);
        assertThat(next.interruptionProperty().get()).isEqualTo(Interruption.STOP);
        assertThat(next.instanceProfileProperty().get()).isEqualTo("ml-runner");
        assertThat(next.imageIdProperty().get()).as("regional: waits for sign-in").isEmpty();

        nextMemory.signedIn("us-east-1", saved);
        assertThat(next.imageIdProperty().get()).isEqualTo(AMI);
        assertThat(next.instanceTypeProperty().get()).isEqualTo("m5.large");
        assertThat(next.maxPriceProperty().get()).isEqualTo("0.05");
        assertThat(next.keyNameProperty().get()).isEqualTo("ml-key");
        assertThat(next.securityGroupsProperty().get()).isEqualTo("sg-12345678, sg-87654321");
        assertThat(next.subnetProperty().get()).isEqualTo("subnet-12345678");
        assertThat(next.userDataProperty().get()).isEmpty();
        assertThat(next.tagsProperty().get()).isEmpty();
    }

    @Test
    void eachRegionGetsItsOwnChoicesAndAReSignInKeepsWhatWasTyped() {
        var saved = LaunchSettings.none()
                .withRegionChoices(new RegionChoices("us-east-1", AMI, "m5.large", "", "us-key", List.of(), "", ""))
                .withRegionChoices(new RegionChoices("eu-west-1", AMI_EU, "c6i.large", "", "", List.of(), "",
                        "eu-west-1b"));

        memory.signedIn("us-east-1", saved);
        assertThat(form.keyNameProperty().get()).isEqualTo("us-key");
        form.instanceTypeProperty().set("t3.micro"); // typed since
        memory.signedIn("us-east-1", saved);
        assertThat(form.instanceTypeProperty().get()).as("same region again: the typing stays").isEqualTo("t3.micro");

        memory.signedIn("eu-west-1", saved);
        assertThat(form.imageIdProperty().get()).isEqualTo(AMI_EU);
        assertThat(form.instanceTypeProperty().get()).isEqualTo("c6i.large");
        assertThat(form.keyNameProperty().get()).as("us-east-1's key pair does not exist here").isEmpty();
        assertThat(form.zoneProperty().get()).isEqualTo("eu-west-1b");

        memory.signedIn("ap-south-1", saved);
        assertThat(form.imageIdProperty().get()).as("nothing remembered there: the form stays").isEqualTo(AMI_EU);
    }

    @Test
    void unfitSavedValuesAreLeftOutNotShownInRed() {
        var saved = new LaunchSettings("SOMETHING_NEW", "0", "PERSISTENT", "TERMINATE", "not a profile!",
                List.of(new RegionChoices("us-east-1", "ami-xyz", "m5 large", "-1", "ml-key",
                        List.of("sg-12345678", "nope"), "subnet-12345678", "us-east-1a")));

        memory.restoreGlobal(saved);
        memory.signedIn("us-east-1", saved);

        assertThat(form.methodProperty().get()).isEqualTo(Method.RUN_INSTANCES);
        assertThat(form.requestTypeProperty().get()).as("persistent + terminate is refused with RunInstances")
                .isEqualTo(RequestType.ONE_TIME);
        assertThat(form.countProperty().get()).isEqualTo("1");
        assertThat(form.instanceProfileProperty().get()).isEmpty();
        assertThat(form.imageIdProperty().get()).isEmpty();
        assertThat(form.instanceTypeProperty().get()).isEmpty();
        assertThat(form.maxPriceProperty().get()).isEmpty();
        assertThat(form.keyNameProperty().get()).isEqualTo("ml-key");
        assertThat(form.securityGroupsProperty().get()).isEmpty();
        assertThat(form.subnetProperty().get()).isEqualTo("subnet-12345678");
        assertThat(form.zoneProperty().get()).as("a subnet already fixes the zone").isEmpty();
    }

    @Test
    void theFleetWayAndItsChoicesComeBackAtTheNextStartUnfitOnesLeftOut() {
        fill();
        fleet.wayProperty().set(LaunchWay.FLEET);
        fleet.typesProperty().set(" m5.large, m5a.large ");
        fleet.strategyProperty().set(Strategy.CAPACITY_OPTIMIZED);
        fleet.onDemandBaseProperty().set("1");
        var saved = memory.remember("us-east-1", LaunchSettings.none());
        assertThat(saved.fleet()).isEqualTo(new FleetChoices(true, "m5.large, m5a.large", "CAPACITY_OPTIMIZED", "1"));
        assertThat(saved.method()).isEqualTo("REQUEST_SPOT_INSTANCES");

        var next = newForm();
        var nextFleet = new FleetForm(next);
        new LaunchSettingsAdapter(next, nextFleet).restoreGlobal(saved);
        assertThat(nextFleet.wayProperty().get()).isEqualTo(LaunchWay.FLEET);
        assertThat(nextFleet.typesProperty().get()).isEqualTo("m5.large, m5a.large");
        assertThat(nextFleet.strategyProperty().get()).isEqualTo(Strategy.CAPACITY_OPTIMIZED);
        assertThat(nextFleet.onDemandBaseProperty().get()).isEqualTo("1");
        assertThat(next.methodProperty().get()).isEqualTo(Method.REQUEST_SPOT_INSTANCES);

        // A hand-edited file: a base above the count, a type that is no type, an unknown strategy.
        var unfit = newForm();
        var unfitFleet = new FleetForm(unfit);
        new LaunchSettingsAdapter(unfit, unfitFleet).restoreGlobal(new LaunchSettings("", "2", "", "", "", List.of(),
                new FleetChoices(false, "m5.large, not a type", "FASTEST", "5")));
        assertThat(unfitFleet.wayProperty().get()).isEqualTo(LaunchWay.RUN_INSTANCES);
        assertThat(unfitFleet.typesProperty().get()).isEmpty();
        assertThat(unfitFleet.strategyProperty().get()).isEqualTo(Strategy.PRICE_CAPACITY_OPTIMIZED);
        assertThat(unfitFleet.onDemandBaseProperty().get()).isEqualTo("0");
    }

    @Test
    void theLatestRegionComesFirstAndOnlyTheLast20AreKept() {
        fill();
        var saved = LaunchSettings.none();
        for (int i = 1; i <= 25; i++) {
            saved = memory.remember("test-region-" + i, saved);
        }
        saved = memory.remember("test-region-10", saved);

        assertThat(saved.regions()).hasSize(LaunchSettings.MAX_REGIONS);
        assertThat(saved.regions().get(0).region()).isEqualTo("test-region-10");
        assertThat(saved.regions()).extracting(RegionChoices::region)
                .containsExactlyElementsOf(IntStream.of(10, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12,
                        11, 9, 8, 7, 6).mapToObj(i -> "test-region-" + i).toList());
    }
}
