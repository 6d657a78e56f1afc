package org.spotspec.ui.instances;

import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.model.instances.TerminateSelection;
import java.util.List;
import org.spotspec.model.tables.ActionTarget;
import org.spotspec.model.tables.ByRegion;
import org.spotspec.ui.common.ConfirmationDialog;

/** The words of the terminate confirmation: exactly which instances, and what is lost. */
final class TerminateConfirmation {
    private TerminateConfirmation() {
    }

    static ConfirmationDialog.Request of(TerminateSelection selection, ActionTarget signedIn) {
        var byRegion = ByRegion.ids(selection.terminable(), SpotInstance::region, SpotInstance::id);
        var target = signedIn.inRegions(List.copyOf(byRegion.keySet()));
        // Grouped by region, in the order the calls go out.
        var selected = byRegion.keySet().stream().flatMap(region -> selection.terminable().stream()
                .filter(i -> region.equals(i.region()))).toList();
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
                + target.region() + "?", selected.stream().map(i -> line(i) + (target.severalRegions() ? ", in " + i.region() : "")).toList(),
                target, warning, "Terminate " + n + " " + noun, "Don't terminate", null, null,
                target.severalRegions() ? ByRegion.describe(byRegion) : "");
    }

    private static String line(SpotInstance i) {
        return i.id() + " — " + i.state() + ", " + i.instanceType() + ", " + i.zone()
                + (i.name().isEmpty() ? "" : ", \"" + i.name() + "\"")
                + (i.spotRequestId().isEmpty() ? "" : ", request " + i.spotRequestId());
    }
}
