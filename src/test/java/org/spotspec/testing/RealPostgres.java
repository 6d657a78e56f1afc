package org.spotspec.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real PostgreSQL server for tests, as a parameter of type {@link Server}: the one named by
 * {@code SPOTSPEC_TEST_PG_URL} (with {@code SPOTSPEC_TEST_PG_USER}, {@code SPOTSPEC_TEST_PG_PASSWORD}),
 * else a private one started once per test run from the installed binaries ({@code initdb} and
 * {@code pg_ctl} in a temporary folder, on a free loopback port) and stopped when the run ends.
 * PostgreSQL refuses to run as root, so as root it runs as the {@code postgres} user (or
 * {@code nobody}) through {@code runuser}. Without binaries, tests fail saying what to install.
 */
public final class RealPostgres implements ParameterResolver {
    private static final String PACKAGE_HINT = "install the Debian package 'postgresql' (apt-get install"
            + " postgresql; .ci/run does), or set SPOTSPEC_TEST_PG_URL to a server's JDBC URL";

    /** A server, and a fresh schema on it for each test that asks. */
    public record Server(String url, String user, String password) {
        private static final AtomicInteger SCHEMAS = new AtomicInteger();

        /** A new empty schema; the URL returned makes it the connection's current schema. */
        public String freshSchemaUrl() {
            var schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
            try (var c = DriverManager.getConnection(url, properties()); var st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create a test schema on " + url, e);
            }
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }

        /** The archive in the schema of {@code schemaUrl}, opened as the app opens a team's. */
        public org.spotspec.archive.PriceArchive openArchive(String schemaUrl) {
            return org.spotspec.archive.PriceArchives.openPostgres(schemaUrl, user,
                    password == null ? null : password.toCharArray(), java.time.Duration.ofSeconds(10));
        }

        /** A plain connection to the schema of {@code schemaUrl}, to look at or break its tables. */
        public java.sql.Connection connect(String schemaUrl) throws SQLException {
            return DriverManager.getConnection(schemaUrl, properties());
        }

        public Properties properties() {
            var p = new Properties();
            if (user != null) {
                p.setProperty("user", user);
            }
            if (password != null) {
                p.setProperty("password", password);
            }
            return p;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Server.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        var store = context.getRoot().getStore(ExtensionContext.Namespace.create(RealPostgres.class));
        return store.getOrComputeIfAbsent("server", k -> start(), Running.class).server;
    }

    /**
     * The server for a program outside JUnit (the archive benchmark): the same choice as for the
     * tests; a private server stops when the JVM exits.
     */
    public static Server startForMain() {
        return start().server;
    }

    private static Running start() {
        var url = System.getenv("SPOTSPEC_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return new Running(new Server(url, System.getenv("SPOTSPEC_TEST_PG_USER"),
                    System.getenv("SPOTSPEC_TEST_PG_PASSWORD")), null, null);
        }
        try {
            return startPrivate(binaries());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path binaries() throws IOException {
        var root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent())));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new IllegalStateException("No PostgreSQL server binaries (initdb, pg_ctl) under " + root
                + " for the tests that need a real PostgreSQL: " + PACKAGE_HINT + ".");
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Running startPrivate(Path bin) throws IOException {
        var dir = Files.createTempDirectory("spotspec-pg");
        var runAs = asUnprivileged(dir);
        var data = dir.resolve("data");
        int port = freePort();
        run(runAs, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "spotspec", "-A", "trust",
                "-E", "UTF8", "--no-locale", "--no-sync");
        // Durability settings off: a test server's data dies with the run anyway.
        run(runAs, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1"
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
        var running = new Running(new Server("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "spotspec", null),
                new ArrayList<>(runAs), bin);
        running.data = data;
        running.dir = dir;
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "stop-test-postgres"));
        return running;
    }

    /** The command prefix that runs the server as a user it accepts; the folder is handed to that user. */
    private static List<String> asUnprivileged(Path dir) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        var user = userExists("postgres") ? "postgres" : "nobody";
        var lookup = dir.getFileSystem().getUserPrincipalLookupService();
        var view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        view.setOwner(lookup.lookupPrincipalByName(user));
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(user.equals("postgres") ? "postgres" : "nogroup");
        view.setGroup(group);
        return List.of("runuser", "-u", user, "--");
    }

    private static boolean userExists(String name) throws IOException {
        return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith(name + ":"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void run(List<String> prefix, String... command) {
        var all = new ArrayList<>(prefix);
        all.addAll(List.of(command));
        try {
            // From a folder every user may enter: the server's user cannot enter root's working folder.
            var process = new ProcessBuilder(all).directory(new java.io.File(System.getProperty("java.io.tmpdir")))
                    .redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Starting the test PostgreSQL failed: " + all + "\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + all + " (" + e.getMessage() + "): " + PACKAGE_HINT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + all, e);
        }
    }

    /** The server of this run; closed (stopped, its folder deleted) when the run ends. */
    private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final Server server;
        final List<String> prefix;
        final Path bin;
        Path data;
        Path dir;
        private boolean closed;

        Running(Server server, List<String> prefix, Path bin) {
            this.server = server;
            this.prefix = prefix;
            this.bin = bin;
        }

        @Override
        public synchronized void close() {
            if (closed || bin == null) {
                return;
            }
            closed = true;
            run(prefix, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
            deleteRecursively(dir);
        }

        private static void deleteRecursively(Path dir) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
        }
    }
}
