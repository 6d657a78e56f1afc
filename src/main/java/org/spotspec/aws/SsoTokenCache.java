package org.spotspec.aws;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;

/**
 * The AWS CLI's token cache, {@code ~/.aws/sso/cache/<sha1 hex of the sso-session name, or of the
 * start URL>.json}, read and (only when the user opts in) written in the CLI's format, so a login
 * by either tool serves both. The file's content is secret: parse errors and logs never quote it.
 */
public final class SsoTokenCache {
    private static final Logger LOG = LoggerFactory.getLogger(SsoTokenCache.class);

    private final Path directory;

    public SsoTokenCache(Path directory) {
        this.directory = directory;
    }

    /** The cache under {@code home}, where the AWS CLI keeps it. */
    public static SsoTokenCache inHome(Path home) {
        return new SsoTokenCache(home.resolve(".aws").resolve("sso").resolve("cache"));
    }

    /** The cache file for {@code key} (the session's name, or the legacy start URL). */
    public Path file(String key) {
        try {
            var sha1 = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(sha1) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    /**
     * The cached token of {@code profile}'s start URL; empty when there is no file, it cannot be
     * read, or it belongs to another start URL. May be expired: see {@link SsoToken#isValidAt}.
     */
    public Optional<SsoToken> read(SsoProfile profile) {
        var file = file(profile.cacheKey());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var token = parse(Files.readString(file, StandardCharsets.UTF_8));
            if (token.isPresent() && !token.get().startUrl().isEmpty()
                    && !sameUrl(token.get().startUrl(), profile.startUrl())) {
                LOG.info("The cached SSO token in {} is for another start URL", file);
                return Optional.empty();
            }
            return token;
        } catch (IOException e) {
            LOG.warn("Cannot read the SSO token cache {}: {}", file, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The cached token when it is still valid at {@code now}. */
    public Optional<SsoToken> valid(SsoProfile profile, Instant now) {
        return read(profile).filter(t -> t.isValidAt(now));
    }

    /**
     * Writes {@code token} for {@code profile} as the AWS CLI would: owner-only file (0600) in an
     * owner-only folder (0700), replaced atomically. Only called when the user asked to share.
     */
    public Path share(SsoProfile profile, SsoToken token) {
        var file = file(profile.cacheKey());
        try {
            createPrivateDirectory(directory);
            var temporary = Files.createTempFile(directory, ".spotspec-", ".tmp");
            restrict(temporary, "rw-------");
            try {
                Files.writeString(temporary, SsoTokenJson.write(token), StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            LOG.info("Shared the SSO login for {} with the AWS CLI in {}", token.startUrl(), file);
            return file;
        } catch (IOException e) {
            throw new AwsProblemException(AwsProblem.local("SsoCacheNotWritten",
                    "SpotSpec could not write the AWS CLI's token cache " + file + " (" + e.getClass().getSimpleName()
                            + ").", "Check that the folder " + directory + " is yours and writable."));
        }
    }

    static Optional<SsoToken> parse(String json) {
        Map<String, JsonNode> fields;
        try {
            var root = JsonNodeParser.create().parse(json);
            if (!root.isObject()) {
                return Optional.empty();
            }
            fields = root.asObject();
        } catch (RuntimeException e) {
            // The parser's message quotes the text around the fault: a token. Say only that it failed.
            LOG.warn("Ignoring an SSO token cache file that is not JSON");
            return Optional.empty();
        }
        var access = text(fields, "accessToken");
        var expires = text(fields, "expiresAt").flatMap(SsoTokenCache::instant);
        if (access.isEmpty() || expires.isEmpty()) {
            return Optional.empty();
        }
        var client = text(fields, "clientId").flatMap(id -> text(fields, "clientSecret").map(secret ->
                new SsoToken.ClientRegistration(id, secret,
                        text(fields, "registrationExpiresAt").flatMap(SsoTokenCache::instant).orElse(Instant.EPOCH))));
        return Optional.of(new SsoToken(text(fields, "startUrl").orElse(""), text(fields, "region").orElse(""),
                access.get(), expires.get(), client, text(fields, "refreshToken")));
    }

    /** The CLI writes {@code 2026-01-01T00:00:00Z}; older versions {@code ...UTC}; others an offset. */
    static Optional<Instant> instant(String text) {
        var t = text.trim();
        if (t.endsWith("UTC")) {
            t = t.substring(0, t.length() - 3) + "Z";
        }
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(Map<String, JsonNode> fields, String name) {
        var node = fields.get(name);
        return node != null && node.isString() && !node.asString().isBlank() ? Optional.of(node.asString())
                : Optional.empty();
    }

    private static boolean sameUrl(String a, String b) {
        return strip(a).equalsIgnoreCase(strip(b));
    }

    private static String strip(String url) {
        var u = url.trim();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir);
            } catch (FileAlreadyExistsException e) {
                // A race with another tool: fine.
            }
            restrict(dir, "rwx------");
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // Windows: the user's profile folder is already private to the user.
        }
    }
}
