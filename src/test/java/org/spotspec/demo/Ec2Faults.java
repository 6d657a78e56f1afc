package org.spotspec.demo;

import java.util.List;
import java.util.Set;
import org.spotspec.testing.AwsXml;

/** The errors EC2 answers, with its codes and wording. */
final class Ec2Faults {
    private Ec2Faults() {
    }

    static LocalAws.Fault fault(String code, String message) {
        return new LocalAws.Fault(400, code, message);
    }

    static LocalAws.Fault dryRun() {
        return new LocalAws.Fault(412, AwsXml.DRY_RUN_CODE, AwsXml.DRY_RUN_MESSAGE);
    }

    static LocalAws.Fault badToken() {
        return fault("InvalidPaginationToken", "The specified pagination token is not valid or is expired.");
    }

    static LocalAws.Fault invalidValue(String value, String parameter) {
        return fault("InvalidParameterValue", "Invalid value '" + value + "' for " + parameter + ".");
    }

    static LocalAws.Fault missing(String parameter) {
        return fault("MissingParameter", "The request must contain the parameter " + parameter);
    }

    /** The ids a call names of instances or of spot requests, and how EC2 words their errors. */
    record IdKind(String parameter, String pattern, String prefix, String codePrefix, String noun) {
        static final IdKind INSTANCE = new IdKind("InstanceId", "i-[0-9a-f]{8}([0-9a-f]{9})?", "i",
                "InvalidInstanceID", "instance ID");
        static final IdKind REQUEST = new IdKind("SpotInstanceRequestId", "sir-[0-9a-z]{8}", "sir",
                "InvalidSpotInstanceRequestID", "spot instance request ID");

        /**
         * The ids of this kind the call names ({@code required}: at least one), each well-formed
         * and among {@code known}; else the error EC2 answers, naming every unknown id.
         */
        List<String> existing(Ec2Form f, Set<String> known, boolean required) {
            var ids = f.list(parameter);
            if (required && ids.isEmpty()) {
                throw missing(parameter);
            }
            checkIds(ids, pattern, codePrefix + ".Malformed", prefix);
            var unknown = ids.stream().filter(id -> !known.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw fault(codePrefix + ".NotFound", unknown.size() == 1
                        ? "The " + noun + " '" + unknown.get(0) + "' does not exist"
                        : "The " + noun + "s '" + String.join(", ", unknown) + "' do not exist");
            }
            return ids;
        }
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
