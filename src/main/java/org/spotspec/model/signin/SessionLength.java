package org.spotspec.model.signin;

import org.spotspec.aws.MfaDurations;
import org.spotspec.aws.RoleProfile;
import org.spotspec.aws.SignInValidation;

/**
 * The session length's rules: GetSessionToken's limits, or AssumeRole's when a role is assumed.
 * The length is asked for beside the MFA code when MFA is on, else in the "Then assume a role"
 * part (the only place it is sent from then), so its message belongs to one place or the other:
 * a length refused where its message is hidden would refuse Sign in in silence.
 */
final class SessionLength {
    private final SignInForm form;

    SessionLength(SignInForm form) {
        this.form = form;
    }

    /** Whether the length is sent and so checked: with an MFA code, or to a typed role without one. */
    boolean applies() {
        return form.useMfaProperty().get() || typedRole();
    }

    /** Whether its message shows in the role part: the length goes to a typed role without an MFA code. */
    boolean belongsToTheRole() {
        return typedRole() && !form.useMfaProperty().get();
    }

    /** GetSessionToken's limits, or AssumeRole's for a role (1 h for a typed role after a role profile's). */
    String problem(String text) {
        var seconds = MfaDurations.parse(text);
        int max = form.chosenRole().map(c -> typedRole() ? RoleProfile.DEFAULT_DURATION : c.maxDuration())
                .orElse(RoleProfile.MAX_DURATION);
        return form.assumesARole() ? SignInValidation.roleDuration(seconds, max) : SignInValidation.duration(seconds);
    }

    private boolean typedRole() {
        return form.role().assumeRoleProperty().get();
    }
}
