package org.spotspec.model.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.launch.LaunchSpec;

/** The form's messages appear as the user types, all of them after an attempt, and it yields the spec. */
class LaunchFormTest {
    private final LaunchForm form = new LaunchForm(Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"),
            ZoneOffset.UTC), ZoneOffset.UTC);

    @Test
    void anEmptyFormIsQuietUntilAnAttemptThenNamesTheRequiredFields() {
        assertThat(form.imageIdErrorProperty().get()).isEmpty();
        assertThat(form.problems()).containsKeys("AMI", "instance type");
        form.revealAllErrors();
        assertThat(form.imageIdErrorProperty().get()).contains("Enter an AMI id");
        assertThat(form.instanceTypeErrorProperty().get()).contains("instance type");
    }

    @Test
    void aFilledFormBecomesTheSpecItShows() {
        form.imageIdProperty().set(" ami-0abcdef1234567890 ");
        form.instanceTypeProperty().set("m5.large");
        form.countProperty().set("3");
        form.maxPriceProperty().set("0.05");
        form.addSecurityGroup("sg-12345678");
        form.addSecurityGroup("sg-87654321");
        form.addSecurityGroup("sg-12345678");
        form.userDataProperty().set("#!/bin/sh\n");
        form.requestTypeProperty().set(LaunchSpec.RequestType.PERSISTENT);
        form.interruptionProperty().set(LaunchSpec.Interruption.HIBERNATE);
        form.validUntilProperty().set("2026-12-01 12:00");
        form.tagsProperty().set("Name=x");

        assertThat(form.problems()).isEmpty();
        var spec = form.toSpec();
        assertThat(spec.imageId()).isEqualTo("ami-0abcdef1234567890");
        assertThat(spec.count()).isEqualTo(3);
        assertThat(spec.securityGroupIds()).containsExactly("sg-12345678", "sg-87654321");
        assertThat(spec.validUntil()).contains(Instant.parse("2026-12-01T12:00:00Z"));
        assertThat(spec.toString()).doesNotContain("#!/bin/sh").contains("10 bytes");
        assertThat(form.userDataSizeProperty().get()).isEqualTo("10 of 16,384 bytes");
        assertThat(spec).isEqualTo(form.toSpec()); // equal states compare equal: the token rule relies on it
    }

    @Test
    void switchingToATerminatingPersistentRunInstancesRequestIsFlaggedAtOnce() {
        form.requestTypeProperty().set(LaunchSpec.RequestType.PERSISTENT);
        assertThat(form.interruptionErrorProperty().get()).contains("stop or hibernate");
        form.methodProperty().set(LaunchSpec.Method.REQUEST_SPOT_INSTANCES);
        assertThat(form.interruptionErrorProperty().get()).isEmpty();
    }
}
