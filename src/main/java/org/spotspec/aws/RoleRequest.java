package org.spotspec.aws;

import java.util.List;
import java.util.Optional;

/**
 * A role to assume once signed in with a source, without a profile naming it: the sign-in form's
 * role ARN or the command line's {@code --role-arn}. It becomes the last hop of a {@link RoleChain}
 * whose base is the chosen source. Holds no secret (an external id is not one).
 *
 * @param roleArn         {@code arn:aws:iam::123456789012:role/spot-admin}
 * @param externalId      the role's external id, if its trust policy asks for one
 * @param durationSeconds the session length without an MFA code (with one, the MFA request's)
 */
public record RoleRequest(String roleArn, Optional<String> externalId, Optional<Integer> durationSeconds) {
    /** The hop's name, where a role profile's would be: no profile names this role. */
    public static final String HOP_NAME = "role ARN";

    public RoleRequest {
        roleArn = roleArn.trim();
        externalId = externalId.map(String::trim).filter(s -> !s.isEmpty());
    }

    /** This role as a hop of a chain. */
    RoleProfile hop() {
        return new RoleProfile(HOP_NAME, roleArn, Optional.empty(), Optional.empty(), Optional.empty(),
                durationSeconds, externalId, Optional.empty());
    }

    /**
     * The chain that assumes this role from {@code source}: after a role profile's own roles, else
     * straight from the source's credentials.
     */
    public RoleChain after(CredentialSource source, Optional<RoleChain> profileChain) {
        if (profileChain.isPresent()) {
            var hops = new java.util.ArrayList<>(profileChain.get().hops());
            hops.add(hop());
            return new RoleChain(profileChain.get().baseProfile(), hops);
        }
        var base = source instanceof CredentialSource.NamedProfile p ? Optional.of(p.name()) : Optional.<String>empty();
        return new RoleChain(base, List.of(hop()));
    }

    /** Whether {@code hop} is a typed role rather than a profile's. */
    static boolean isTyped(RoleProfile hop) {
        return HOP_NAME.equals(hop.name());
    }
}
