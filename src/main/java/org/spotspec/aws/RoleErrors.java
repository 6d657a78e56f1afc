package org.spotspec.aws;

import java.util.Locale;

/** AssumeRole's refusals, explained with the role and profile they concern. */
public final class RoleErrors {
    private RoleErrors() {
    }

    /** Whether AWS refused the session length (DurationSeconds over the role's or the chain's maximum). */
    public static boolean isDurationTooLong(AwsProblem p) {
        return "ValidationError".equalsIgnoreCase(p.code())
                && p.awsMessage().toLowerCase(Locale.ROOT).contains("durationseconds");
    }

    /** The sign-in form's variant: it has set 1 h and kept the code for the next attempt. */
    public static AwsProblem withLengthOffered(AwsProblem p) {
        return with(p, p.kind(), p.meaning(), "The session length is now 1 h, the most every role allows, and "
                + "your MFA code is kept: press Sign in again (with the device's new code if it has moved on).");
    }

    static AwsProblem explain(AwsProblem p, RoleProfile hop, int seconds, boolean withMfa, boolean chained) {
        if (isDurationTooLong(p)) {
            return with(p, AwsProblem.Kind.BAD_INPUT, "AWS refused a session of " + MfaDurations.format(seconds)
                    + " for role " + hop.roleName() + ": it is longer than the role allows (its MaxSessionDuration"
                    + (chained ? "; a role assumed with another role's credentials allows at most 1 h" : "") + ").",
                    "Choose 1 h, the most every role allows (--duration 1h on the command line), and sign in again.");
        }
        if ("AccessDenied".equalsIgnoreCase(p.code()) && p.kind() != AwsProblem.Kind.WRONG_MFA_CODE) {
            var which = RoleRequest.isTyped(hop) ? hop.roleArn() : hop.roleName() + " (profile " + hop.name() + ")";
            var addMfa = RoleRequest.isTyped(hop) ? "tick MFA (--mfa-serial on the command line)"
                    : "add mfa_serial = <your MFA device ARN> to profile " + hop.name() + " (or tick MFA)";
            return with(p, AwsProblem.Kind.PERMISSION, "AWS did not let you assume role " + which
                    + ": the role's trust policy does not trust your identity, "
                    + (withMfa ? "or it sets another condition you do not meet."
                            : "or it requires MFA and no MFA code was sent."),
                    withMfa ? "Ask the role's administrator to add your user (or source role) to its trust policy."
                            : "If the role requires MFA, " + addMfa + " and sign in with a code; otherwise ask the "
                                    + "role's administrator to trust your identity.");
        }
        return p;
    }

    private static AwsProblem with(AwsProblem p, AwsProblem.Kind kind, String meaning, String nextStep) {
        return new AwsProblem(p.action(), p.code(), meaning, nextStep, p.requestId(), p.httpStatus(), kind,
                p.awsMessage());
    }
}
