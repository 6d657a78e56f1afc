package org.spotspec.aws.launch;

import java.util.List;

/** What the launch form offers to choose from, as EC2 describes it. */
public final class LaunchChoices {
    private LaunchChoices() {
    }

    /** An AMI found by DescribeImages. */
    public record Image(String id, String name, String state) {
    }

    public record SecurityGroup(String id, String name, String vpcId) {
        /** e.g. {@code sg-0a1b… — web (vpc-1234)}. */
        public String label() {
            return id + " — " + name + (vpcId.isEmpty() ? "" : " (" + vpcId + ")");
        }
    }

    public record Subnet(String id, String zone, String zoneId, String vpcId, String cidr) {
        public String label() {
            return id + " — " + zone + " (" + zoneId + "), " + cidr + ", " + vpcId;
        }
    }

    /**
     * A list EC2 gave, or an empty one with {@code forbidden} set when the caller may not ask
     * (the form then lets the user type ids).
     */
    public record Listing<T>(List<T> items, boolean forbidden) {
        public Listing {
            items = List.copyOf(items);
        }

        public static <T> Listing<T> notAllowed() {
            return new Listing<>(List.of(), true);
        }
    }
}
