package org.spotspec.model.instances;

import java.util.List;
import org.spotspec.aws.instances.SpotInstance;

/**
 * The selected instances split into those Terminate can still act on and those already gone
 * (terminated or shutting down): offering to terminate them again only confuses.
 *
 * @param terminable what Terminate sends
 * @param gone       what it leaves out, and says so
 */
public record TerminateSelection(List<SpotInstance> terminable, List<SpotInstance> gone) {

    public TerminateSelection {
        terminable = List.copyOf(terminable);
        gone = List.copyOf(gone);
    }

    public static TerminateSelection of(List<? extends SpotInstance> selected) {
        return new TerminateSelection(selected.stream().filter(i -> !isGone(i)).map(SpotInstance.class::cast).toList(),
                selected.stream().filter(TerminateSelection::isGone).map(SpotInstance.class::cast).toList());
    }

    /** Terminated, or on its way there: terminating it again does nothing. */
    public static boolean isGone(SpotInstance i) {
        return "terminated".equals(i.state()) || "shutting-down".equals(i.state());
    }

    /** Nothing left to terminate (Terminate is off). */
    public boolean isEmpty() {
        return terminable.isEmpty();
    }

    /** Why Terminate is off, or what it leaves out; "" when neither. */
    public String hint() {
        if (gone.isEmpty()) {
            return "";
        }
        if (terminable.isEmpty()) {
            return (gone.size() == 1 ? "The selected instance is" : "The selected instances are")
                    + " already terminated or shutting down: nothing to terminate.";
        }
        return "Terminate leaves out " + goneIds() + ": already terminated or shutting down.";
    }

    /** The ids left out, comma-separated. */
    public String goneIds() {
        return String.join(", ", gone.stream().map(SpotInstance::id).toList());
    }
}
