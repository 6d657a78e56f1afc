package org.spotspec.aws;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Reads the shared config and credentials files (honouring {@code AWS_CONFIG_FILE},
 * {@code AWS_SHARED_CREDENTIALS_FILE} and {@code AWS_PROFILE}) and lists every profile.
 * Reads only: SpotSpec never writes these files. A malformed file becomes a warning and the
 * other file is still used.
 */
public final class ProfileDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileDiscovery.class);

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern SERIAL = Pattern.compile("[\\w+=/:,.@-]{9,256}");

    private final Environment environment;

    public ProfileDiscovery(Environment environment) {
        this.environment = environment;
    }

    public ProfileCatalog discover() {
        var warnings = new ArrayList<String>();
        var config = read(environment.awsConfigFile(), ProfileFile.Type.CONFIGURATION, warnings);
        var credentials = read(environment.awsCredentialsFile(), ProfileFile.Type.CREDENTIALS, warnings);
        // The first file added wins a conflict: credentials before config, as the SDK and CLI do.
        var merged = ProfileFile.aggregator().addFile(credentials).addFile(config).build();

        var names = new TreeMap<String, ProfileInfo>();
        for (var profile : merged.profiles().values()) {
            boolean inConfig = config.profile(profile.name()).isPresent();
            boolean inCredentials = credentials.profile(profile.name()).isPresent();
            names.put(profile.name(), describe(profile, inConfig, inCredentials));
        }
        var profiles = new ArrayList<>(names.values());
        profiles.sort(Comparator.comparing((ProfileInfo p) -> !p.name().equals("default"))
                .thenComparing(ProfileInfo::name));
        var preferred = environment.get("AWS_PROFILE");
        preferred.filter(p -> !names.containsKey(p)).ifPresent(p -> warnings.add(
                "AWS_PROFILE names a profile that is in neither file: " + p));
        return new ProfileCatalog(profiles, merged, warnings, preferred);
    }

    private static ProfileFile read(Path path, ProfileFile.Type type, List<String> warnings) {
        if (!Files.isRegularFile(path)) {
            return empty(type);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return ProfileFile.builder().content(in).type(type).build();
        } catch (IOException e) {
            warnings.add("Cannot read " + path + ": " + e.getClass().getSimpleName());
            return empty(type);
        } catch (IllegalArgumentException e) {
            // The SDK's parser rejects malformed files as a whole; these messages name the line,
            // never a value, so they are safe to show.
            LOG.warn("Ignoring malformed AWS file {}: {}", path, e.getMessage());
            warnings.add("Ignored malformed " + path + ": " + e.getMessage());
            return empty(type);
        } catch (RuntimeException e) {
            // Anything else is a parser fault (a lone "[" trips one) whose message says nothing useful.
            LOG.warn("Ignoring unparseable AWS file {}: {}", path, e.getClass().getSimpleName());
            warnings.add("Ignored " + path + ": it could not be parsed.");
            return empty(type);
        }
    }

    private static ProfileFile empty(ProfileFile.Type type) {
        return ProfileFile.builder().content("").type(type).build();
    }

    private static ProfileInfo describe(Profile profile, boolean inConfig, boolean inCredentials) {
        Map<String, String> p = profile.properties();
        // The SDK folds indented lines into the value before them, so a value may carry a
        // following secret line: only accept values of the expected shape.
        var region = Optional.ofNullable(p.get("region")).map(String::trim).filter(r -> REGION.matcher(r).matches());
        var kind = kindOf(p);
        // A credential process's mfa_serial is the process's business (aws-vault reads it); the
        // AWS CLI ignores it too, so nobody is asked for a code AWS would refuse with its keys.
        var serial = Optional.ofNullable(p.get("mfa_serial")).map(String::trim)
                .filter(s -> SERIAL.matcher(s).matches()).filter(s -> kind != ProfileInfo.Kind.PROCESS);
        return new ProfileInfo(profile.name(), region, serial, kind, inConfig, inCredentials);
    }

    private static ProfileInfo.Kind kindOf(Map<String, String> p) {
        if (p.containsKey("aws_access_key_id")) {
            return ProfileInfo.Kind.STATIC_KEYS;
        }
        if (p.containsKey("role_arn")) {
            return p.containsKey("web_identity_token_file") ? ProfileInfo.Kind.WEB_IDENTITY : ProfileInfo.Kind.ROLE;
        }
        if (p.containsKey("sso_session") || p.containsKey("sso_start_url")) {
            return ProfileInfo.Kind.SSO;
        }
        if (p.containsKey("credential_process")) {
            return ProfileInfo.Kind.PROCESS;
        }
        return ProfileInfo.Kind.NONE;
    }
}
