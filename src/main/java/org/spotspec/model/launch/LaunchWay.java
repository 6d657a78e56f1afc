package org.spotspec.model.launch;

import org.spotspec.aws.launch.LaunchSpec;

/**
 * The Launch form's way chooser. The first two are {@link LaunchSpec.Method}s of a single-type
 * launch; EC2 Fleet (instant) launches across several types and subnets, from a launch template,
 * so it is a way of its own rather than a third {@code Method}.
 */
public enum LaunchWay {
    RUN_INSTANCES(LaunchSpec.Method.RUN_INSTANCES, "RunInstances (recommended)"),
    REQUEST_SPOT_INSTANCES(LaunchSpec.Method.REQUEST_SPOT_INSTANCES, "RequestSpotInstances (legacy)"),
    FLEET(null, "EC2 Fleet (instant): several types and zones");

    private final LaunchSpec.Method method;
    private final String label;

    LaunchWay(LaunchSpec.Method method, String label) {
        this.method = method;
        this.label = label;
    }

    /** The single-type method; null for {@link #FLEET}. */
    public LaunchSpec.Method method() {
        return method;
    }

    public String label() {
        return label;
    }

    public boolean isFleet() {
        return this == FLEET;
    }

    public static LaunchWay of(LaunchSpec.Method method) {
        return method == LaunchSpec.Method.REQUEST_SPOT_INSTANCES ? REQUEST_SPOT_INSTANCES : RUN_INSTANCES;
    }
}
