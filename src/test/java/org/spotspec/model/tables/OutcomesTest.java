package org.spotspec.model.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.IdOutcome;

class OutcomesTest {
    @Test
    void summarisesPerStepAndNamesTheIdsThatDidNotWork() {
        var outcomes = List.of(IdOutcome.done(IdOutcome.Step.CANCEL, "sir-1", "cancelled"),
                new IdOutcome(IdOutcome.Step.CANCEL, "sir-2", IdOutcome.Status.NOT_FOUND, "", "gone"),
                IdOutcome.done(IdOutcome.Step.CANCEL, "sir-3", "cancelled"),
                IdOutcome.done(IdOutcome.Step.TERMINATE, "i-1", "running → shutting-down"));

        assertThat(Outcomes.summary(outcomes)).isEqualTo(
                "Cancel request: 2 done, 1 not found (sir-2). Terminate instance: 1 done.");
        assertThat(Outcomes.allSucceeded(outcomes)).isFalse();
        assertThat(Outcomes.allSucceeded(outcomes.subList(2, 4))).isTrue();
    }
}
