package org.spotspec.aws;

import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Asks EC2 whether a call would succeed without making it. EC2 answers a dry run with an
 * error either way: {@code DryRunOperation} (HTTP 412) when the real call would have been
 * allowed, {@code UnauthorizedOperation} (403) when the caller lacks the permission. Any other
 * error (a bad parameter, an unknown id) is a real answer about the input and is thrown on.
 */
public final class DryRun {

    /** What a dry run found out. */
    public enum Outcome {
        /** {@code DryRunOperation}: the call would have succeeded. */
        WOULD_SUCCEED,
        /** {@code UnauthorizedOperation}: the caller lacks the permission. */
        NOT_PERMITTED,
        /**
         * The endpoint answered normally although DryRun was set: real EC2 never does, so this is
         * an emulator that ignores the flag, and the call may really have been made.
         */
        ENDPOINT_IGNORED_DRY_RUN
    }

    /**
     * @param permission the IAM action the call needs, e.g. {@code ec2:TerminateInstances}
     * @param problem    AWS's explanation (for NOT_PERMITTED), or null
     */
    public record Verdict(Outcome outcome, String permission, AwsProblem problem) {
        public boolean wouldSucceed() {
            return outcome == Outcome.WOULD_SUCCEED;
        }

        /** One line for people: "would succeed", or which permission is missing. */
        public String summary() {
            return switch (outcome) {
                case WOULD_SUCCEED -> "Dry run: would succeed (nothing was changed).";
                case NOT_PERMITTED -> "Dry run: you lack permission " + permission + "."
                        + (problem == null || problem.requestId().isEmpty() ? ""
                                : " Request id: " + problem.requestId());
                case ENDPOINT_IGNORED_DRY_RUN -> "The endpoint ignored the dry-run flag and answered as if "
                        + "the call was made: check what it did. (AWS itself never does this.)";
            };
        }
    }

    private DryRun() {
    }

    /**
     * Makes {@code call}, which must set {@code DryRun=true} on its request, and reads the verdict.
     *
     * @throws AwsServiceException for any other AWS error, to be explained by {@link ErrorTranslator}
     */
    public static Verdict check(String action, String permission, Supplier<?> call) {
        try {
            call.get();
            return new Verdict(Outcome.ENDPOINT_IGNORED_DRY_RUN, permission, null);
        } catch (AwsServiceException e) {
            var code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            if ("DryRunOperation".equals(code)) {
                return new Verdict(Outcome.WOULD_SUCCEED, permission, null);
            }
            if ("UnauthorizedOperation".equals(code)) {
                var problem = ErrorTranslator.translate(action, e);
                return new Verdict(Outcome.NOT_PERMITTED, permission, new AwsProblem(problem.action(),
                        problem.code(), "You lack permission " + permission + ".",
                        "Ask an administrator to allow " + permission + " (Help → IAM policy lists what SpotSpec "
                                + "needs); if the policy requires MFA, sign in with an MFA session.",
                        problem.requestId(), problem.httpStatus(), problem.kind(), problem.awsMessage()));
            }
            throw e;
        }
    }
}
