package org.spotspec.cli;

import org.spotspec.aws.MfaDurations;
import org.spotspec.aws.RoleChain;
import org.spotspec.aws.RoleProfile;

/** {@code --duration} for a role profile: AssumeRole's limits, and the profile's own default. */
final class RoleDurations {
    private RoleDurations() {
    }

    /**
     * The seconds to ask AssumeRole for: the option's, checked against 15 min to 12 h (a chained
     * role at most 1 h); without the option the profile's {@code duration_seconds}, else 1 h.
     */
    static int forCli(String option, RoleChain chain) {
        if (option == null) {
            return Math.min(chain.target().defaultDuration(), chain.maxDuration());
        }
        var seconds = MfaDurations.parse(option);
        if (seconds == null || seconds < RoleProfile.MIN_DURATION || seconds > RoleProfile.MAX_DURATION) {
            throw CliFailure.usage("--duration: a role session lasts 15m (900 s) to 12h (43200 s), and only as long "
                    + "as the role's maximum session duration allows (1h unless raised), e.g. 1h or 3600.");
        }
        if (seconds > chain.maxDuration()) {
            throw CliFailure.usage("--duration: role " + chain.target().roleName() + " is assumed with another role's "
                    + "credentials, which AWS limits to 1h: pass --duration 1h or less.");
        }
        return seconds;
    }
}
