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

    @Test
    void aDryRunAfterALaunchKeepsTheLaunchedIdsUntilCleared() {
        wire.aws().ec2Page(RUN, null, null, AwsStub.read("ec2-run-instances.xml").replace("${clientToken}", "token-1"));
        model.launch(model.prepare().orElseThrow());
        wire.aws().ec2Error(RUN, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        model.dryRun();

        assertThat(model.results()).extracting(LaunchOutcome::kind)
                .containsExactly(LaunchOutcome.Kind.WOULD_SUCCEED, LaunchOutcome.Kind.LAUNCHED);
        var text = model.resultText();
        assertThat(text).contains("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002");
        assertThat(text.indexOf("would succeed")).as("newest first").isLessThan(text.indexOf("i-0a1b2c3d4e5f60001"));
        assertThat(model.idsToCopy()).hasValueSatisfying(ids -> assertThat(ids).contains("i-0a1b2c3d4e5f60001"));

        model.clearResults();
        assertThat(model.results()).isEmpty();
        assertThat(model.resultText()).isEmpty();
        assertThat(model.idsToCopy()).isEmpty();
        assertThat(model.outcomeProperty().get()).isNull();
    }

    @Test
    void whatTheFormsLookupsFoundOffIsWarnedInTheDryRunAndTheConfirmation() {
        var aws = wire.aws();
        aws.ec2Page("DescribeKeyPairs", null, null, AwsStub.read("ec2-describe-key-pairs.xml"));
        aws.ec2Page("DescribeSecurityGroups", null, null, AwsStub.read("ec2-describe-security-groups.xml"));
        aws.ec2Page("DescribeSubnets", null, null, AwsStub.read("ec2-describe-subnets.xml"));
        aws.ec2Error("DescribeImages", 400, "InvalidAMIID.NotFound", "The image id '[ami-0abcdef1234567890]' does not exist");
        model.lookups().load("eu-west-1");
        model.lookups().lookUpImage("ami-0abcdef1234567890");
        assertThat(model.lookups().imageInfoProperty().get()).startsWith("Not found in this region");
        model.form().keyNameProperty().set("no-such-key");
        model.form().securityGroupsProperty().set("sg-0123456789abcdef0, sg-0ffffeeeeddddcccc");
        model.form().subnetProperty().set("subnet-0aaaaaaaaaaaaaaaa");

        aws.ec2Error(RUN, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        model.dryRun();

        var outcome = model.outcomeProperty().get();
        assertThat(outcome.kind()).isEqualTo(LaunchOutcome.Kind.WOULD_SUCCEED_BUT_CHECK);
        assertThat(outcome.isGood()).isFalse();
        assertThat(outcome.headline()).contains("would succeed", "check the 4 warnings");
        assertThat(outcome.details()).contains("AMI ami-0abcdef1234567890 was not found in this region",
                "Key pair no-such-key", "Security group sg-0ffffeeeeddddcccc", "Subnet subnet-0aaaaaaaaaaaaaaaa")
                .doesNotContain("sg-0123456789abcdef0");
        assertThat(model.summary(model.prepare().orElseThrow())).contains("Warning: AMI ami-0abcdef1234567890 was not found",
                "Warning: Key pair no-such-key");
    }

    @Test
    void listsThatCouldNotBeReadRaiseNoWarnings() {
        var denied = "You are not authorized to perform this operation.";
        wire.aws().ec2Error("DescribeKeyPairs", 403, "UnauthorizedOperation", denied);
        wire.aws().ec2Error("DescribeSecurityGroups", 403, "UnauthorizedOperation", denied);
        wire.aws().ec2Error("DescribeSubnets", 403, "UnauthorizedOperation", denied);
        model.lookups().load("eu-west-1");
        model.form().keyNameProperty().set("typed-key");
        model.form().subnetProperty().set("subnet-0aaaaaaaaaaaaaaaa");

        assertThat(model.lookups().doubts(model.prepare().orElseThrow())).isEmpty();
    }
}
