package org.spotspec.aws;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The profiles found in the shared config and credentials files, the merged profile file the
 * SDK will read credentials from, and what went wrong while reading.
 *
 * @param profiles     every profile of both files, sorted by name, {@code default} first
 * @param profileFile  both files merged as the SDK merges them (only the files that parsed)
 * @param warnings     one line per unreadable or malformed file; never file contents
 * @param preferred    the profile named by {@code AWS_PROFILE}, if any
 */
public record ProfileCatalog(List<ProfileInfo> profiles, ProfileFile profileFile, List<String> warnings,
                             Optional<String> preferred) {

    public ProfileCatalog {
        profiles = List.copyOf(profiles);
        warnings = List.copyOf(warnings);
    }

    public Optional<ProfileInfo> find(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public boolean isEmpty() {
        return profiles.isEmpty();
    }
}
