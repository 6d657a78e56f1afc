package org.spotspec.ui.requests;

import java.util.List;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.model.tables.ActionTarget;
import org.spotspec.model.tables.ByRegion;
import org.spotspec.ui.common.ConfirmationDialog;

/** The words of the cancel confirmation: exactly which requests, and what cancel does not do. */
final class CancelConfirmation {
    private CancelConfirmation() {
    }

    static ConfirmationDialog.Request of(List<SpotRequest> chosen, ActionTarget signedIn) {
        var byRegion = ByRegion.ids(chosen, SpotRequest::region, SpotRequest::id);
        var target = signedIn.inRegions(List.copyOf(byRegion.keySet()));
        // Grouped by region, in the order the calls go out.
        var selected = byRegion.keySet().stream().flatMap(region -> chosen.stream()
                .filter(r -> region.equals(r.region()))).toList();
        var n = selected.size();
        var noun = n == 1 ? "request" : "requests";
        var lines = selected.stream().map(r -> line(r) + (target.severalRegions() ? ", in " + r.region() : ""))
                .toList();
        var withInstances = selected.stream().filter(SpotRequest::hasInstance).map(SpotRequest::instanceId).toList();
        var warning = "Cancelling stops a request from launching instances. It does NOT terminate instances it "
                + "already launched: they keep running, and cost money, until terminated."
                + (withInstances.isEmpty() ? "" : " Instances of these requests: " + String.join(", ", withInstances)
                        + ".")
                + " A persistent request launches a replacement whenever its instance ends, so SpotSpec always "
                + "cancels first and terminates after.";
        return new ConfirmationDialog.Request("Cancel spot requests", "Cancel " + n + " spot " + noun + " in "
                + target.region() + "?", lines, target, warning, "Cancel " + n + " " + noun,
                "Don't cancel", "Also terminate their instances (after the cancel; SpotSpec reads the requests "
                        + "again so a just-launched instance is included)",
                "Cancel " + n + " " + noun + ", then terminate",
                target.severalRegions() ? ByRegion.describe(byRegion) : "");
    }

    private static String line(SpotRequest r) {
        return r.id() + " — " + r.state() + ", " + r.type() + ", " + r.instanceType()
                + (r.name().isEmpty() ? "" : ", \"" + r.name() + "\"")
                + (r.hasInstance() ? ", instance " + r.instanceId() : "");
    }
}
