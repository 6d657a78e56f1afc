package org.spotspec.model.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.instances.SpotInstance;

/** Terminate acts only on instances that are not already terminated or shutting down, and says so. */
class TerminateSelectionTest {
    private static SpotInstance instance(String id, String state) {
        return new SpotInstance(id, state, "m5.large", "eu-west-1a", "", "", "", "", null, "", "", "", "", "eu-west-1");
    }

    @Test
    void onlyGoneInstancesLeaveNothingToTerminateAndSayWhy() {
        var selection = TerminateSelection.of(List.of(instance("i-1", "terminated"), instance("i-2", "shutting-down")));
        assertThat(selection.isEmpty()).isTrue();
        assertThat(selection.hint()).contains("already terminated or shutting down");
    }

    @Test
    void aMixedSelectionLeavesTheGoneOnesOut() {
        var selection = TerminateSelection.of(List.of(instance("i-1", "running"), instance("i-2", "terminated"),
                instance("i-3", "stopped")));
        assertThat(selection.terminable()).extracting(SpotInstance::id).containsExactly("i-1", "i-3");
        assertThat(selection.hint()).contains("leaves out i-2");
        assertThat(TerminateSelection.of(List.of(instance("i-1", "running"))).hint()).isEmpty();
    }
}
