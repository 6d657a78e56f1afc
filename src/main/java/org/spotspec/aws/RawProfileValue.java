package org.spotspec.aws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A profile property read as the AWS CLI reads it (Python's {@code configparser}: no inline
 * comments), for {@code credential_process} only. The SDK's parser cuts a value at a {@code ;}
 * or {@code #} after whitespace, even inside quotes, so {@code sh -c "a ; b"} would lose its end
 * and a command that works in the AWS CLI would not work here.
 */
final class RawProfileValue {
    private static final Pattern SECTION = Pattern.compile("\\[(.+)]");
    private static final Pattern OPTION = Pattern.compile("(.*?)\\s*[=:]\\s*(.*)");

    private RawProfileValue() {
    }

    /**
     * {@code key} of profile {@code profile}: from the credentials file if it has it there (that
     * file wins, as in the SDK and CLI), else from the config file; empty if neither can be read.
     */
    static Optional<String> find(Environment environment, String profile, String key) {
        return read(environment.awsCredentialsFile(), profile, key)
                .or(() -> read(environment.awsConfigFile(), "profile " + profile, key))
                .or(() -> profile.equals("default") ? read(environment.awsConfigFile(), "default", key)
                        : Optional.empty());
    }

    private static Optional<String> read(Path file, String section, String key) {
        try {
            return Files.isRegularFile(file) ? find(Files.readAllLines(file), section, key) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the SDK's reading stands
        }
    }

    /** configparser's rules: full-line comments, indented continuation lines joined by newlines. */
    static Optional<String> find(List<String> lines, String section, String key) {
        boolean inSection = false;
        StringBuilder value = null;
        int indent = 0;
        for (var line : lines) {
            var stripped = line.strip();
            int lineIndent = line.length() - line.stripLeading().length();
            if (value != null && !stripped.isEmpty() && lineIndent > indent && !isComment(stripped)) {
                value.append('\n').append(stripped);
                continue;
            }
            if (value != null && !stripped.isEmpty() && !isComment(stripped)) {
                break; // the next option or section ends the value
            }
            if (stripped.isEmpty() || isComment(stripped) || value != null) {
                continue;
            }
            var header = SECTION.matcher(stripped);
            if (header.matches()) {
                inSection = sectionName(header.group(1)).equals(sectionName(section));
                continue;
            }
            var option = OPTION.matcher(stripped);
            if (inSection && option.matches() && option.group(1).strip().toLowerCase(Locale.ROOT).equals(key)) {
                value = new StringBuilder(option.group(2).strip());
                indent = lineIndent;
            }
        }
        return Optional.ofNullable(value).map(StringBuilder::toString);
    }

    private static boolean isComment(String stripped) {
        return stripped.startsWith("#") || stripped.startsWith(";");
    }

    /** {@code profile   dev} and {@code profile dev} name the same profile, as in botocore. */
    private static String sectionName(String header) {
        return String.join(" ", header.strip().split("\\s+"));
    }
}
