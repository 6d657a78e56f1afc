package org.spotspec.aws.launch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to launch, already validated: every optional text is {@code ""} when not given. The user
 * data is plain text; the service base64-encodes it. {@link #toString()} leaves the user data's
 * content out (it may hold secrets) and gives only its size.
 *
 * @param maxPrice   $/h as typed (e.g. {@code "0.05"}); {@code ""} to pay the spot price, capped
 *                   at the on-demand price
 * @param validUntil when an unfulfilled request stops trying; empty for AWS's default
 */
public record LaunchSpec(Method method, String imageId, String instanceType, int count, String maxPrice,
                         String keyName, List<String> securityGroupIds, String subnetId, String availabilityZone,
                         String userData, String instanceProfile, RequestType requestType,
                         Interruption interruption, Optional<Instant> validUntil, Map<String, String> tags) {

    /** Which EC2 API launches. */
    public enum Method {
        /** RunInstances with spot market options: AWS's recommended way. */
        RUN_INSTANCES("RunInstances", "ec2:RunInstances"),
        /** RequestSpotInstances: the legacy API the original library used. */
        REQUEST_SPOT_INSTANCES("RequestSpotInstances", "ec2:RequestSpotInstances");

        private final String action;
        private final String permission;

        Method(String action, String permission) {
            this.action = action;
            this.permission = permission;
        }

        public String action() {
            return action;
        }

        public String permission() {
            return permission;
        }
    }

    /** One-time requests end once fulfilled; persistent ones relaunch after an interruption. */
    public enum RequestType {
        ONE_TIME("one-time"), PERSISTENT("persistent");

        private final String wire;

        RequestType(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    /** What EC2 does to the instance when it takes the capacity back. */
    public enum Interruption {
        TERMINATE("terminate"), STOP("stop"), HIBERNATE("hibernate");

        private final String wire;

        Interruption(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    public LaunchSpec {
        securityGroupIds = List.copyOf(securityGroupIds);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** The user data's size in bytes (UTF-8), the figure EC2's 16 KB limit applies to. */
    public int userDataBytes() {
        return userData.getBytes(StandardCharsets.UTF_8).length;
    }

    public boolean hasMaxPrice() {
        return !maxPrice.isEmpty();
    }

    @Override
    public String toString() {
        return "LaunchSpec[" + method.action() + " " + count + " x " + instanceType + " of " + imageId
                + ", max price " + (hasMaxPrice() ? maxPrice : "spot price") + ", " + requestType.wire()
                + ", on interruption " + interruption.wire() + ", key " + keyName + ", groups " + securityGroupIds
                + ", subnet " + subnetId + ", zone " + availabilityZone + ", profile " + instanceProfile
                + ", valid until " + validUntil.map(Instant::toString).orElse("default") + ", tags " + tags.keySet()
                + ", user data " + userDataBytes() + " bytes]";
    }
}
