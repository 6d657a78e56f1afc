package org.spotspec.demo;

import java.util.List;

/** The errors EC2 answers, with its codes and wording. */
final class Ec2Faults {
    private Ec2Faults() {
    }

    static LocalAws.Fault fault(String code, String message) {
        return new LocalAws.Fault(400, code, message);
    }

    static LocalAws.Fault dryRun() {
        return new LocalAws.Fault(412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
    }

    static LocalAws.Fault invalidValue(String value, String parameter) {
        return fault("InvalidParameterValue", "Invalid value '" + value + "' for " + parameter + ".");
    }

    static LocalAws.Fault missing(String parameter) {
        return fault("MissingParameter", "The request must contain the parameter " + parameter);
    }

    /** {@code InvalidInstanceID.NotFound} for one or several ids, as EC2 words each. */
    static LocalAws.Fault instancesNotFound(List<String> ids) {
        return fault("InvalidInstanceID.NotFound", ids.size() == 1
                ? "The instance ID '" + ids.get(0) + "' does not exist"
                : "The instance IDs '" + String.join(", ", ids) + "' do not exist");
    }

    static LocalAws.Fault requestsNotFound(List<String> ids) {
        return fault("InvalidSpotInstanceRequestID.NotFound", ids.size() == 1
                ? "The spot instance request ID '" + ids.get(0) + "' does not exist"
                : "The spot instance request IDs '" + String.join(", ", ids) + "' do not exist");
    }

    /** Checks every id against {@code pattern}; the first that fails is {@code <Kind>.Malformed}. */
    static void checkIds(List<String> ids, String pattern, String code, String prefix) {
        for (var id : ids) {
            if (!id.matches(pattern)) {
                throw fault(code, "Invalid id: \"" + id + "\" (expecting \"" + prefix + "-...\")");
            }
        }
    }
}
