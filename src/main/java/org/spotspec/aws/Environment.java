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
        return new Environment(System.getenv(), Path.of(System.getProperty("user.home")));
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
