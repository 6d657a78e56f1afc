package org.spotspec.ui.instances;

import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.model.instances.TerminateSelection;
import org.spotspec.model.tables.ActionTarget;
import org.spotspec.ui.common.ConfirmationDialog;

/** The words of the terminate confirmation: exactly which instances, and what is lost. */
final class TerminateConfirmation {
    private TerminateConfirmation() {
    }

    static ConfirmationDialog.Request of(TerminateSelection selection, ActionTarget target) {
        var selected = selection.terminable();
        var n = selected.size();
        var noun = n == 1 ? "instance" : "instances";
        var requests = selected.stream().map(SpotInstance::spotRequestId).filter(r -> !r.isEmpty()).distinct().toList();
        var warning = "Terminating ends the " + noun + " for good: instance-store data and EBS volumes set to "
                + "delete on termination are lost. Spot instances cannot be protected against termination, "
                + "so this confirmation is the only guard."
                + (requests.isEmpty() ? "" : " They belong to spot requests " + String.join(", ", requests)
                        + ": a persistent one launches a replacement, so cancel it first (Requests tab → "
                        + "Cancel, with \"also terminate\").")
                + (selection.gone().isEmpty() ? "" : " Left out, as already terminated or shutting down: "
                        + selection.goneIds() + ".");
        return new ConfirmationDialog.Request("Terminate instances", "Terminate " + n + " " + noun + " in "
                + target.region() + "?", selected.stream().map(TerminateConfirmation::line).toList(), target, warning,
                "Terminate " + n + " " + noun, "Don't terminate", null, null);
    }

    private static String line(SpotInstance i) {
        return i.id() + " — " + i.state() + ", " + i.instanceType() + ", " + i.zone()
                + (i.name().isEmpty() ? "" : ", \"" + i.name() + "\"")
                + (i.spotRequestId().isEmpty() ? "" : ", request " + i.spotRequestId());
    }
}
