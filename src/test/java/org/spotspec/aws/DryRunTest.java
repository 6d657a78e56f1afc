package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.WireSession;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** DryRun reads EC2's dry-run answers, which arrive as errors, over real HTTP. */
class DryRunTest {
    private static final String TERMINATE = "TerminateInstances";

    @RegisterExtension
    final WireSession wire = new WireSession();

    private DryRun.Verdict terminateDryRun() {
        return DryRun.check("Terminate", "ec2:TerminateInstances",
                () -> wire.session().ec2().terminateInstances(b -> b.instanceIds("i-0abc1234def567890").dryRun(true)));
    }

    @Test
    void dryRunOperationIsASuccess() {
        wire.aws().ec2Error(TERMINATE, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");

        var verdict = terminateDryRun();

        assertThat(verdict.outcome()).isEqualTo(DryRun.Outcome.WOULD_SUCCEED);
        assertThat(verdict.wouldSucceed()).isTrue();
        assertThat(verdict.summary()).contains("would succeed");
        assertThat(wire.bodies(TERMINATE)).singleElement().asString().contains("DryRun=true");
    }

    @Test
    void unauthorizedOperationNamesTheMissingPermission() {
        wire.aws().ec2Error(TERMINATE, 403, "UnauthorizedOperation", "You are not authorized to perform this operation. "
                + "Encoded authorization failure message: 4ghh-Ji6wWV6-example");

        var verdict = terminateDryRun();

        assertThat(verdict.outcome()).isEqualTo(DryRun.Outcome.NOT_PERMITTED);
        assertThat(verdict.summary()).contains("you lack permission ec2:TerminateInstances");
        assertThat(verdict.problem().code()).isEqualTo("UnauthorizedOperation");
        assertThat(verdict.problem().requestId()).isEqualTo("ea966190-f9aa-478e-9ede-example");
    }

    @Test
    void anyOtherErrorIsAnAnswerAboutTheInputAndIsThrown() {
        wire.aws().ec2Error(TERMINATE, 400, "InvalidInstanceID.NotFound",
                "The instance ID 'i-0abc1234def567890' does not exist");

        assertThatThrownBy(this::terminateDryRun).isInstanceOf(AwsServiceException.class)
                .satisfies(e -> assertThat(((AwsServiceException) e).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidInstanceID.NotFound"));
    }

    @Test
    void anEndpointThatIgnoresTheFlagIsCalledOut() {
        wire.aws().ec2Page(TERMINATE, null, null, org.spotspec.testing.Ec2Fixtures.terminating("i-0abc1234def567890"));

        var verdict = terminateDryRun();

        assertThat(verdict.outcome()).isEqualTo(DryRun.Outcome.ENDPOINT_IGNORED_DRY_RUN);
        assertThat(verdict.wouldSucceed()).isFalse();
    }
}
