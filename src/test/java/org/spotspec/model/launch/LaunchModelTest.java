package org.spotspec.model.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.launch.LaunchResult;
import org.spotspec.aws.launch.LaunchService;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.InlineCalls;
import org.spotspec.testing.WireSession;

/**
 * What a launch tells the rest of the app: its listeners (the tables refresh) and the ids to copy.
 * Real SDK clients against WireMock, tasks inline on the test's thread, no toolkit.
 */
class LaunchModelTest {
    private static final String RUN = "RunInstances";

    @RegisterExtension
    final WireSession wire = new WireSession();

    private final List<LaunchResult> launched = new ArrayList<>();
    private LaunchModel model;

    @BeforeEach
    void setUp() {
        var aws = new InlineCalls(wire.session());
        var service = new LaunchService();
        model = new LaunchModel(aws.calls, service, aws.session, aws.log, new LaunchForm(aws.clock, ZoneOffset.UTC),
                new LaunchLookups(aws.calls, service, new SpotPriceService()), () -> "token-1");
        model.addLaunchListener(launched::add);
        model.form().imageIdProperty().set("ami-0abcdef1234567890");
        model.form().instanceTypeProperty().set("m5.large");
        model.form().countProperty().set("2");
    }

    @Test
    void aLaunchTellsItsListenersOnceAndOffersTheNewIdsToCopy() {
        assertThat(model.idsToCopy()).as("nothing launched yet").isEmpty();
        wire.aws().ec2Page(RUN, null, null, AwsStub.read("ec2-run-instances.xml").replace("${clientToken}", "token-1"));

        model.launch(model.prepare().orElseThrow());

        assertThat(launched).singleElement().satisfies(r -> assertThat(r.instanceIds())
                .containsExactly("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002"));
        assertThat(model.idsToCopy()).hasValueSatisfying(ids -> assertThat(ids.lines())
                .startsWith("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002"));
    }

    @Test
    void aDryRunOrAFailureLaunchesNothingAndHasNoIds() {
        wire.aws().ec2Error(RUN, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        model.dryRun();
        assertThat(model.outcomeProperty().get().kind()).isEqualTo(LaunchOutcome.Kind.WOULD_SUCCEED);

        wire.aws().ec2Error(RUN, 400, "MaxSpotInstanceCountExceeded", "Max spot instance count exceeded");
        model.launch(model.prepare().orElseThrow());
        assertThat(model.outcomeProperty().get().kind()).isEqualTo(LaunchOutcome.Kind.FAILED);

        assertThat(launched).isEmpty();
        assertThat(model.idsToCopy()).isEmpty();
    }
}
