package org.spotspec.aws;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The process environment and home folder, passed in rather than read from statics so that
 * tests can describe any machine.
 */
public record Environment(Map<String, String> variables, Path home) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    public static Environment fromSystem() {
        return of(System.getenv());
    }

    /** These variables, with the home folder found as the SDK finds it. */
    public static Environment of(Map<String, String> env) {
        return new Environment(env, homeOf(env, System.getProperty("user.home")));
    }

    /** The home folder as the AWS SDK and CLI find it: HOME, then USERPROFILE, then Java's. */
    static Path homeOf(Map<String, String> env, String javaHome) {
        for (var name : new String[] {"HOME", "USERPROFILE"}) {
            var value = env.get(name);
            if (value != null && !value.isBlank()) {
                return Path.of(value);
            }
        }
        return Path.of(javaHome);
    }

    /** A variable's value, absent when unset or blank. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(variables.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    public Path awsConfigFile() {
        return get("AWS_CONFIG_FILE").map(this::expand).orElse(home.resolve(".aws").resolve("config"));
    }

    public Path awsCredentialsFile() {
        return get("AWS_SHARED_CREDENTIALS_FILE").map(this::expand)
                .orElse(home.resolve(".aws").resolve("credentials"));
    }

    private Path expand(String path) {
        if (path.equals("~") || path.startsWith("~/") || path.startsWith("~\\")) {
            return home.resolve(path.substring(Math.min(2, path.length())));
        }
        return Path.of(path);
    }
}
