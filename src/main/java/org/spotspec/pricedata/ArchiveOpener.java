package org.spotspec.pricedata;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.spotspec.archive.ArchiveException;
import org.spotspec.archive.PgPass;
import org.spotspec.archive.PriceArchive;
import org.spotspec.archive.PriceArchives;

/**
 * Which archive to open, and with which password: a {@code jdbc:postgresql://} URL (from
 * {@code --archive-url}, {@code SPOTSPEC_ARCHIVE_URL} or the settings, in that order), else the
 * embedded file in the user's data folder. A PostgreSQL password comes from {@code PGPASSWORD},
 * then the password file ({@code ~/.pgpass}), then the prompt when there is one; it is used for
 * the connection and dropped, never stored or logged.
 */
public final class ArchiveOpener {
    /** The environment variable naming a team archive. */
    public static final String URL_VARIABLE = "SPOTSPEC_ARCHIVE_URL";
    private static final Pattern USER_PARAMETER = Pattern.compile("(?i)[?&]user=([^&]*)");

    /** Asks for a password (on a terminal, without echo); empty when no one can be asked. */
    @FunctionalInterface
    public interface PasswordPrompt {
        PasswordPrompt NONE = location -> Optional.empty();

        Optional<char[]> ask(String location);
    }

    private final Map<String, String> env;
    private final Path home;
    private final Path embeddedFile;
    private final PasswordPrompt prompt;

    /**
     * @param env          the environment (SPOTSPEC_ARCHIVE_URL, PGPASSWORD, PGUSER, PGPASSFILE)
     * @param home         the user's home, for {@code ~/.pgpass}
     * @param embeddedFile the embedded archive, {@code UserDirs.data()/archive.db}
     */
    public ArchiveOpener(Map<String, String> env, Path home, Path embeddedFile, PasswordPrompt prompt) {
        this.env = env;
        this.home = home;
        this.embeddedFile = embeddedFile;
        this.prompt = prompt;
    }

    /** The same opener asking {@code other} for a password (the Archive view's dialog, when the user applies a URL). */
    public ArchiveOpener withPrompt(PasswordPrompt other) {
        return new ArchiveOpener(env, home, embeddedFile, other);
    }

    /** The URL to use: {@code explicit} if given, else the environment's, else {@code configured}; blank = embedded. */
    public String url(String explicit, String configured) {
        for (var candidate : new String[] {explicit, env.get(URL_VARIABLE), configured}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return "";
    }

    /** Opens the archive at {@code url} (blank: the embedded file). */
    public PriceArchive open(String url) {
        if (url == null || url.isBlank()) {
            return PriceArchives.openEmbedded(embeddedFile);
        }
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new ArchiveException(ArchiveException.Reason.FAILED, "The archive URL must start with "
                    + "jdbc:postgresql:// (or be empty for the archive file on this computer).");
        }
        var user = user(url);
        var password = password(url, user);
        try {
            return PriceArchives.openPostgres(url, user, password.orElse(null), PriceArchives.DEFAULT_LOCK_WAIT);
        } finally {
            password.ifPresent(p -> Arrays.fill(p, '\0'));
        }
    }

    /** The embedded archive's file, shown in status and help. */
    public Path embeddedFile() {
        return embeddedFile;
    }

    String user(String url) {
        var m = USER_PARAMETER.matcher(url);
        if (m.find()) {
            return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
        }
        var pgUser = env.get("PGUSER");
        return pgUser != null && !pgUser.isBlank() ? pgUser : System.getProperty("user.name");
    }

    Optional<char[]> password(String url, String user) {
        if (url.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            return Optional.empty(); // the URL carries it; PriceArchives takes it out before connecting
        }
        var fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv.toCharArray());
        }
        var base = url.split("\\?", 2)[0];
        var fromFile = PgPass.standard(env, System.getProperty("os.name"), home).find(base, user);
        return fromFile.isPresent() ? fromFile : prompt.ask(org.spotspec.archive.JdbcUrls.withoutPassword(url));
    }
}
