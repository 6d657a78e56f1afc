package org.spotspec.aws.capacity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a target capacity counts: instances, vCPUs or memory (EC2's TargetCapacityUnitType). */
public enum CapacityUnit {
    UNITS("units"), VCPU("vcpu"), MEMORY_MIB("memory-mib");

    private final String awsName;

    CapacityUnit(String awsName) {
        this.awsName = awsName;
    }

    /** EC2's spelling, as sent on the wire and typed on the command line. */
    public String awsName() {
        return awsName;
    }

    /** {@code units}, {@code vcpu} or {@code memory-mib}, in any case; empty for anything else. */
    public static Optional<CapacityUnit> parse(String text) {
        var wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(u -> u.awsName.equals(wanted)).findFirst();
    }
}
