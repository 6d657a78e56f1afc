package org.spotspec.aws.launch;

import java.util.List;

/**
 * What an instant EC2 Fleet launched, pool by pool, and why the other pools failed. Partial
 * success is normal: some pools launched, some answered an error.
 *
 * @param template the launch template used (created by SpotSpec, or the user's own)
 * @param fleetId  EC2's id of the fleet; an instant fleet does nothing more once it has answered
 */
public record FleetResult(FleetTemplate template, String fleetId, List<Launched> launched, List<PoolError> errors,
                          int targetCapacity, String clientToken) {

    /** How much of the target capacity launched. */
    public enum Outcome { COMPLETE, PARTIAL, NONE }

    /** Instances launched in one pool; {@code lifecycle} is {@code spot} or {@code on-demand}. */
    public record Launched(FleetSpec.Pool pool, String lifecycle, List<String> instanceIds) {
        public Launched {
            instanceIds = List.copyOf(instanceIds);
        }
    }

    /** One pool's failure as EC2 gave it, e.g. {@code InsufficientInstanceCapacity}. */
    public record PoolError(FleetSpec.Pool pool, String lifecycle, String code, String message) {
        /** A failure for want of capacity: the same launch elsewhere (other types, zones) may work. */
        public boolean isCapacity() {
            return FleetErrors.isCapacity(code);
        }
    }

    public FleetResult {
        launched = List.copyOf(launched);
        errors = List.copyOf(errors);
    }

    public List<String> instanceIds() {
        return launched.stream().flatMap(l -> l.instanceIds().stream()).toList();
    }

    public Outcome outcome() {
        int n = instanceIds().size();
        return n == 0 ? Outcome.NONE : n >= targetCapacity ? Outcome.COMPLETE : Outcome.PARTIAL;
    }

    /** Whether any failed pool failed for want of capacity (the UI offers a diversified retry). */
    public boolean hasCapacityErrors() {
        return errors.stream().anyMatch(PoolError::isCapacity);
    }

    /** One line for the log and the result's heading. */
    public String summary() {
        int n = instanceIds().size();
        return "Fleet " + fleetId + " launched " + n + " of " + targetCapacity + " instance"
                + (targetCapacity == 1 ? "" : "s") + (errors.isEmpty() ? "" : "; " + errors.size() + " pool"
                + (errors.size() == 1 ? "" : "s") + " failed") + " (launch template " + template.label() + ")";
    }
}
