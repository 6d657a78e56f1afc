package org.spotspec.settings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.userdirs.UserDirs;

/**
 * Reads and writes {@link Settings} as a {@code java.util.Properties} file.
 *
 * <p>Loading never throws: settings are a convenience, and a damaged file must not keep the app
 * from starting. Policy for a damaged file:
 * <ul>
 *   <li>missing file: defaults, no warning (first run);</li>
 *   <li>unreadable, unparseable, or without {@code version=1}: all defaults plus a warning;</li>
 *   <li>a known key with a bad value: that field alone falls back (unparseable value: default;
 *       out-of-range number: clamped), the rest is kept, plus a warning naming the keys;</li>
 *   <li>a missing key: its default, silently, so a field added later needs no migration.</li>
 * </ul>
 *
 * <p>Saving replaces the file atomically, so a crash or a concurrent {@link #load()} sees either
 * the old or the new file, never half of one.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final String VERSION = "1";
    private static final String FILE_NAME = "settings.properties";

    private final Path file;

    /** What {@link #load()} found; {@code warning} is one line fit for a status bar. */
    public record LoadResult(Settings settings, Optional<String> warning) {
    }

    public SettingsStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path file() {
        return file;
    }

    /**
     * The per-user settings file for this OS, in {@link UserDirs#settings()}; pure, so every OS can
     * be tested anywhere.
     */
    public static Path defaultFile(Map<String, String> env, String osName, Path home) {
        return new UserDirs(env, osName, home).settings().resolve(FILE_NAME);
    }

    public LoadResult load() {
        if (Files.notExists(file)) {
            return new LoadResult(Settings.defaults(), Optional.empty());
        }
        var props = new Properties();
        try (var in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a malformed \\uXXXX escape in a damaged file.
            return damaged("could not be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (!VERSION.equals(props.getProperty("version"))) {
            return damaged("is not a SpotSpec settings file", null);
        }
        var fields = new Fields(props);
        var defaults = Settings.defaults();
        var defaultWindow = defaults.window();
        var settings = new Settings(
                fields.oneOf("signin.sourceKind", defaults.sourceKind()),
                props.getProperty("signin.profile", defaults.profile()),
                props.getProperty("signin.region", defaults.region()),
                fields.bool("signin.useMfa", defaults.useMfa()),
                fields.integer("signin.mfaDurationSeconds", defaults.mfaDurationSeconds(),
                        Settings.MIN_MFA_SECONDS, Settings.MAX_MFA_SECONDS),
                props.getProperty("signin.endpointUrl", defaults.endpointUrl()),
                new Settings.WindowBounds(
                        fields.decimal("window.x", defaultWindow.x(), true, -Double.MAX_VALUE),
                        fields.decimal("window.y", defaultWindow.y(), true, -Double.MAX_VALUE),
                        fields.decimal("window.width", defaultWindow.width(), false, Settings.WindowBounds.MIN_WIDTH),
                        fields.decimal("window.height", defaultWindow.height(), false, Settings.WindowBounds.MIN_HEIGHT),
                        fields.bool("window.maximized", defaultWindow.maximized())),
                new PriceQuerySettings(list(props, "prices.regions"), list(props, "prices.types"),
                        list(props, "prices.products"), props.getProperty("prices.range", ""),
                        props.getProperty("prices.maxPrice", ""), new ScoreQuerySettings(
                                props.getProperty("prices.scores.capacity", ""), props.getProperty("prices.scores.unit", ""),
                                fields.bool("prices.scores.perZone", false), fields.bool("prices.scores.byRequirements", false),
                                props.getProperty("prices.scores.vcpus", ""), props.getProperty("prices.scores.memoryGib", ""))),
                new RefreshSettings(props.getProperty("refresh.requests", ""),
                        props.getProperty("refresh.instances", ""), list(props, "refresh.regions")),
                LaunchSettingsFormat.read(props),
                ArchiveSettingsFormat.read(props),
                WatchSettingsFormat.read(props),
                new RoleSettings(fields.bool("signin.assumeRole", false),
                        // Spaces apart: a role's path and name may hold commas, never a space.
                        Arrays.asList(props.getProperty("signin.roleArns", "").trim().split("\\s+"))),
                SsoSettingsFormat.read(props));
        if (fields.bad.isEmpty()) {
            return new LoadResult(settings, Optional.empty());
        }
        var warning = oneLine("Settings file " + file + " had invalid " + String.join(", ", fields.bad)
                + "; those were reset");
        LOG.warn("{}", warning);
        return new LoadResult(settings, Optional.of(warning));
    }

    /** Writes atomically; throws {@link UncheckedIOException} on failure, leaving no temp file. */
    public void save(Settings settings) {
        var bytes = serialize(settings);
        var dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // Same directory as the target, so the final move is a rename within one file system.
            tmp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
            try (var channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                var buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // Without this a crash after the rename can leave an empty file under the real name.
                channel.force(true);
            }
            moveIntoPlace(tmp);
        } catch (IOException e) {
            deleteQuietly(tmp, e);
            throw new UncheckedIOException("Could not save settings to " + file, e);
        }
    }

    private void moveIntoPlace(Path tmp) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static byte[] serialize(Settings s) {
        var props = new Properties();
        props.setProperty("version", VERSION);
        props.setProperty("signin.sourceKind", s.sourceKind());
        props.setProperty("signin.profile", s.profile());
        props.setProperty("signin.region", s.region());
        props.setProperty("signin.useMfa", Boolean.toString(s.useMfa()));
        props.setProperty("signin.mfaDurationSeconds", Integer.toString(s.mfaDurationSeconds()));
        props.setProperty("signin.endpointUrl", s.endpointUrl());
        props.setProperty("signin.assumeRole", Boolean.toString(s.roles().assumeRole()));
        props.setProperty("signin.roleArns", String.join(" ", s.roles().roleArns()));
        SsoSettingsFormat.write(s.sso(), props);
        var w = s.window();
        props.setProperty("window.x", Double.toString(w.x()));
        props.setProperty("window.y", Double.toString(w.y()));
        props.setProperty("window.width", Double.toString(w.width()));
        props.setProperty("window.height", Double.toString(w.height()));
        props.setProperty("window.maximized", Boolean.toString(w.maximized()));
        var p = s.prices();
        props.setProperty("prices.regions", String.join(",", p.regions()));
        props.setProperty("prices.types", String.join(",", p.instanceTypes()));
        props.setProperty("prices.products", String.join(",", p.products()));
        props.setProperty("prices.range", p.range());
        props.setProperty("prices.maxPrice", p.maxPrice());
        props.setProperty("prices.scores.capacity", p.scores().capacity());
        props.setProperty("prices.scores.unit", p.scores().unit());
        props.setProperty("prices.scores.perZone", Boolean.toString(p.scores().perZone()));
        props.setProperty("prices.scores.byRequirements", Boolean.toString(p.scores().byRequirements()));
        props.setProperty("prices.scores.vcpus", p.scores().vcpus());
        props.setProperty("prices.scores.memoryGib", p.scores().memoryGib());
        props.setProperty("refresh.requests", s.refresh().requests());
        props.setProperty("refresh.instances", s.refresh().instances());
        props.setProperty("refresh.regions", String.join(",", s.refresh().regions()));
        LaunchSettingsFormat.write(props, s.launch());
        ArchiveSettingsFormat.write(props, s.archive());
        WatchSettingsFormat.write(props, s.watch());
        var out = new ByteArrayOutputStream();
        try {
            props.store(out, "SpotSpec user settings. Never holds keys, tokens or MFA codes.");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with an in-memory stream
        }
        return out.toByteArray();
    }

    /** A comma-separated list; product names hold no commas, region, type and group ids neither. */
    static List<String> list(Properties props, String key) {
        var value = props.getProperty(key, "");
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim)
                .filter(v -> !v.isEmpty()).toList();
    }

    private LoadResult damaged(String problem, Exception cause) {
        var warning = oneLine("Settings file " + file + " " + problem + "; using defaults");
        LOG.warn("{}", warning);
        LOG.debug("Cause of the settings warning", cause);
        return new LoadResult(Settings.defaults(), Optional.of(warning));
    }

    private static void deleteQuietly(Path tmp, IOException failure) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    // Paths and exception text can hold newlines or escapes; a warning must stay one line.
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }

    /** Typed reads that note each key whose value is unusable instead of throwing. */
    private static final class Fields {
        private final Properties props;
        private final List<String> bad = new ArrayList<>();

        Fields(Properties props) {
            this.props = props;
        }

        String oneOf(String key, String fallback) {
            var value = parsed(key, raw -> {
                if (!Settings.SOURCE_KINDS.contains(raw)) {
                    throw new IllegalArgumentException(raw);
                }
                return raw;
            });
            return value == null ? fallback : value;
        }

        boolean bool(String key, boolean fallback) {
            var value = parsed(key, raw -> switch (raw) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(raw);
            });
            return value == null ? fallback : value;
        }

        /** Out-of-range values are reported but passed on; the record clamps them. */
        int integer(String key, int fallback, int min, int max) {
            var value = parsed(key, Integer::valueOf);
            if (value == null) {
                return fallback;
            }
            if (value < min || value > max) {
                bad.add(key);
            }
            return value;
        }

        double decimal(String key, double fallback, boolean nanAllowed, double min) {
            var value = parsed(key, Double::valueOf);
            if (value == null) {
                return fallback;
            }
            if (Double.isNaN(value) && nanAllowed || Double.isFinite(value) && value >= min) {
                return value;
            }
            bad.add(key);
            return Double.isFinite(value) ? min : fallback;
        }

        /**
         * The trimmed value of {@code key} as {@code parse} reads it; null when the key is missing
         * (silently) or when {@code parse} refuses the value (noted as bad).
         */
        private <T> T parsed(String key, Function<String, T> parse) {
            var raw = props.getProperty(key);
            if (raw == null) {
                return null;
            }
            try {
                return parse.apply(raw.trim());
            } catch (IllegalArgumentException e) { // NumberFormatException too
                bad.add(key);
                return null;
            }
        }
    }
}
