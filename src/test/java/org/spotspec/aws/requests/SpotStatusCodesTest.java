package org.spotspec.aws.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every spot request status code the design lists is explained, with a next step. */
class SpotStatusCodesTest {
    /** The codes of design.md ("AWS facts that matter"), written out. */
    private static final List<String> DESIGN_CODES = List.of("pending-evaluation", "bad-parameters",
            "capacity-not-available", "price-too-low", "not-scheduled-yet", "launch-group-constraint",
            "az-group-constraint", "placement-group-constraint", "constraint-not-fulfillable", "schedule-expired",
            "canceled-before-fulfillment", "system-error", "pending-fulfillment", "fulfilled",
            "request-canceled-and-instance-running", "marked-for-stop", "marked-for-termination",
            "instance-stopped-by-price", "instance-stopped-by-user", "instance-stopped-no-capacity",
            "instance-terminated-by-price", "instance-terminated-by-user", "instance-terminated-by-service",
            "instance-terminated-by-schedule", "instance-terminated-no-capacity",
            "instance-terminated-launch-group-constraint", "spot-instance-terminated-by-user");

    @Test
    void everyCodeOfTheDesignIsExplainedWithANextStep() {
        assertThat(DESIGN_CODES).hasSize(27).allMatch(SpotStatusCodes::isKnown);
        for (var code : SpotStatusCodes.codes()) {
            var e = SpotStatusCodes.explain(code);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.meaning()).as(code).hasSizeGreaterThan(20);
            assertThat(e.nextStep()).as(code).hasSizeGreaterThan(10).isNotEqualTo(e.meaning());
        }
    }

    @Test
    void aNextStepThatNamesAnAppTabNamesTheCommandTooForWatchersOnTheCommandLine() {
        // spotspec watch prints these next steps as well as the app.
        for (var code : SpotStatusCodes.codes()) {
            var next = SpotStatusCodes.explain(code).nextStep();
            if (next.contains(" tab")) {
                assertThat(next).as(code).containsPattern("spotspec (prices|instances|requests|terminate|cancel)");
            }
        }
    }

    @Test
    void theIssuesExamplesSayWhatToDo() {
        assertThat(SpotStatusCodes.explain("price-too-low").nextStep()).contains("Raise").contains("remove");
        assertThat(SpotStatusCodes.explain("capacity-not-available").nextStep()).contains("another availability zone")
                .contains("instance type");
        assertThat(SpotStatusCodes.explain("request-canceled-and-instance-running").nextStep()).contains("Terminate");
    }

    @Test
    void anUnknownCodePointsToAwsMessage() {
        var e = SpotStatusCodes.explain("brand-new-code");
        assertThat(SpotStatusCodes.isKnown("brand-new-code")).isFalse();
        assertThat(e.code()).isEqualTo("brand-new-code");
        assertThat(e.nextStep()).contains("status message");
        assertThat(SpotStatusCodes.explain(null).code()).isEmpty();
    }
}
