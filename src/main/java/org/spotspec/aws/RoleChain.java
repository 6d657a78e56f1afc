package org.spotspec.aws;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The roles a profile assumes, in order, and where the first one's credentials come from: a
 * profile with keys ({@code source_profile}) or the environment ({@code credential_source =
 * Environment}). Each hop is assumed with the credentials of the hop before it, as the AWS CLI
 * does; a loop of {@code source_profile}s is refused.
 *
 * @param baseProfile the profile whose own credentials start the chain; empty for the environment
 * @param hops        the roles to assume, the profile the user chose last
 */
public record RoleChain(Optional<String> baseProfile, List<RoleProfile> hops) {

    public RoleChain {
        hops = List.copyOf(hops);
    }

    /** The chain of {@code name}; empty when that profile assumes no role. */
    public static Optional<RoleChain> of(ProfileFile file, String name) {
        var first = role(file, name);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        var hops = new ArrayList<RoleProfile>();
        var seen = new LinkedHashSet<String>();
        var current = first.get();
        while (true) {
            if (!seen.add(current.name())) {
                throw problem("RoleProfileCycle", "The profiles " + String.join(" → ", seen) + " → " + current.name()
                        + " name each other as source_profile, in a loop.",
                        "Make one of them use access keys (or credential_source) instead of source_profile.");
            }
            hops.add(0, current);
            if (current.credentialSource().isPresent()) {
                return Optional.of(new RoleChain(Optional.empty(), environmentOnly(current)));
            }
            var source = current.sourceProfile().orElseThrow(() -> problem("RoleProfileWithoutSource",
                    "Profile '" + name + "' assumes a role but names neither source_profile nor credential_source.",
                    "Add source_profile = <a profile with access keys> to it in ~/.aws/config."));
            boolean self = source.equals(current.name());
            if (hasKeys(file, source) || (!self && role(file, source).isEmpty())) {
                if (file.profile(source).isEmpty()) {
                    throw problem("SourceProfileNotFound", "Profile '" + current.name() + "' takes its credentials "
                            + "from profile '" + source + "', which is in neither AWS file.",
                            "Add that profile, or correct source_profile.");
                }
                return Optional.of(new RoleChain(Optional.of(source), hops));
            }
            // A profile that is its own source without keys comes round again and is caught as a loop.
            current = self ? current : role(file, source).orElseThrow();
        }
    }

    /**
     * The chains of every role profile of {@code catalog}, by profile name; a profile whose chain
     * is broken (a loop, a missing source) is left out: signing in with it says what is wrong.
     */
    public static java.util.Map<String, RoleChain> all(ProfileCatalog catalog) {
        var chains = new java.util.TreeMap<String, RoleChain>();
        for (var profile : catalog.profiles()) {
            try {
                of(catalog.profileFile(), profile.name()).ifPresent(c -> chains.put(profile.name(), c));
            } catch (AwsProblemException broken) {
                // Reported when the user signs in with it.
            }
        }
        return chains;
    }

    private static List<RoleProfile> environmentOnly(RoleProfile hop) {
        if (!"environment".equals(hop.credentialSource().orElse("").toLowerCase(Locale.ROOT))) {
            throw problem("CredentialSourceNotSupported", "Profile '" + hop.name() + "' takes its credentials from "
                    + "credential_source = " + hop.credentialSource().get() + "; SpotSpec supports only Environment.",
                    "Use credential_source = Environment (with AWS_ACCESS_KEY_ID set), or source_profile.");
        }
        return List.of(hop);
    }

    private static Optional<RoleProfile> role(ProfileFile file, String name) {
        return file.profile(name).flatMap(p -> RoleProfile.from(p.name(), p.properties()));
    }

    private static boolean hasKeys(ProfileFile file, String name) {
        return file.profile(name).map(p -> p.properties().containsKey("aws_access_key_id")).orElse(false);
    }

    private static AwsProblemException problem(String code, String meaning, String nextStep) {
        return new AwsProblemException(AwsProblem.local(code, meaning, nextStep));
    }

    /** The role the user chose: the last hop. */
    public RoleProfile target() {
        return hops.get(hops.size() - 1);
    }

    /** Whether a role is assumed with another role's credentials, which AWS limits to 1 h. */
    public boolean isChained() {
        return hops.size() > 1;
    }

    /** The first MFA device a hop names: the one code of a sign-in goes to that hop. */
    public Optional<String> mfaSerial() {
        return hops.stream().map(RoleProfile::mfaSerial).flatMap(Optional::stream).findFirst();
    }

    /** The longest session this chain may ask for, as far as SpotSpec can know without asking AWS. */
    public int maxDuration() {
        return isChained() ? RoleProfile.DEFAULT_DURATION : RoleProfile.MAX_DURATION;
    }

    /** Where the chain starts, for people: {@code profile dev} or {@code environment}. */
    public String baseLabel() {
        return baseProfile.map(p -> "profile " + p).orElse("environment");
    }
}
