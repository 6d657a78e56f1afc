package org.spotspec.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a password from a PostgreSQL password file as libpq does: {@code PGPASSFILE}, else
 * {@code ~/.pgpass} ({@code %APPDATA%\postgresql\pgpass.conf} on Windows); lines of
 * {@code host:port:database:user:password}, {@code *} matching anything in the first four
 * fields, {@code \:} and {@code \\} escaped, the first matching line winning. Like libpq, a
 * file others may read is ignored. Passwords are returned, never logged.
 */
public final class PgPass {
    private static final Logger LOG = LoggerFactory.getLogger(PgPass.class);
    private static final EnumSet<PosixFilePermission> TOO_OPEN = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Path file;

    public PgPass(Path file) {
        this.file = file;
    }

    /** The password file libpq would read for this user. */
    public static PgPass standard(Map<String, String> env, String osName, Path home) {
        var explicit = env.get("PGPASSFILE");
        if (explicit != null && !explicit.isBlank()) {
            return new PgPass(home.getFileSystem().getPath(explicit));
        }
        boolean windows = osName != null && osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        var appData = env.get("APPDATA");
        if (windows) {
            var base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : home.getFileSystem().getPath(appData);
            return new PgPass(base.resolve("postgresql").resolve("pgpass.conf"));
        }
        return new PgPass(home.resolve(".pgpass"));
    }

    /** The password of the first line matching the connection; empty when none, or the file is absent or too open. */
    public Optional<char[]> find(String host, int port, String database, String user) {
        if (!Files.isRegularFile(file) || tooOpen()) {
            return Optional.empty();
        }
        try {
            for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var fields = fields(line);
                if (fields.size() == 5 && matches(fields.get(0), host) && matches(fields.get(1), Integer.toString(port))
                        && matches(fields.get(2), database) && matches(fields.get(3), user)) {
                    return Optional.of(fields.get(4).toCharArray());
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the PostgreSQL password file {}: {}", file, e.getMessage());
        }
        return Optional.empty();
    }

    /** Finds the password for a {@code jdbc:postgresql://host[:port]/database} URL. */
    public Optional<char[]> find(String jdbcUrl, String user) {
        var rest = jdbcUrl.replaceFirst("^jdbc:postgresql://", "");
        var hostPort = rest.split("[/?]", 2)[0];
        var afterHost = rest.substring(hostPort.length());
        var database = afterHost.startsWith("/") ? afterHost.substring(1).split("\\?", 2)[0] : "";
        int colon = hostPort.lastIndexOf(':');
        boolean hasPort = colon > 0 && !hostPort.endsWith("]");
        var host = hasPort ? hostPort.substring(0, colon) : hostPort;
        int port = hasPort ? Integer.parseInt(hostPort.substring(colon + 1)) : 5432;
        return find(host.isEmpty() ? "localhost" : host, port, database.isEmpty() ? user : database, user);
    }

    private boolean tooOpen() {
        try {
            if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
                return false;
            }
            var perms = Files.getPosixFilePermissions(file);
            perms.retainAll(TOO_OPEN);
            if (!perms.isEmpty()) {
                LOG.warn("Ignoring the PostgreSQL password file {}: others may read it (chmod 0600 it, as libpq"
                        + " requires)", file);
                return true;
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    /** The line's fields, split at unescaped colons, escapes removed. */
    static List<String> fields(String line) {
        var fields = new ArrayList<String>();
        var current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (ch == ':' && fields.size() < 4) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
