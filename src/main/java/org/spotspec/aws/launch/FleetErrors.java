package org.spotspec.aws.launch;

import java.util.Locale;
import java.util.Set;

/** What EC2 Fleet's per-pool error codes mean for the next step. */
public final class FleetErrors {
    /**
     * Codes that say "no capacity here now": EC2 Fleet's and RunInstances' spellings, and the spot
     * request status the legacy API shows. Another type or zone may well have capacity.
     */
    private static final Set<String> CAPACITY = Set.of("insufficientinstancecapacity", "insufficientcapacity",
            "capacity-not-available", "unsupported", "insufficienthostcapacity", "unfulfillablecapacity",
            "capacity-oversubscribed", "insufficientfreeaddressesinsubnet");

    private FleetErrors() {
    }

    /** Whether {@code code} (any case) is a capacity failure, for which a diversified launch helps. */
    public static boolean isCapacity(String code) {
        return code != null && CAPACITY.contains(code.trim().toLowerCase(Locale.ROOT));
    }
}
