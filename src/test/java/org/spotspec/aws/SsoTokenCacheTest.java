package org.spotspec.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.testing.SsoStub;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;
import software.amazon.awssdk.regions.Region;

/** The AWS CLI's token cache: its file names, its JSON read and (opt-in) written. */
class SsoTokenCacheTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final SsoProfile SESSION = new SsoProfile("work", Optional.of("corp"), SsoStub.START_URL,
            Region.EU_WEST_1, List.of(), Optional.of(SsoStub.ACCOUNT), Optional.of(SsoStub.ROLE));
    private static final SsoProfile LEGACY = new SsoProfile("old", Optional.empty(), SsoStub.START_URL,
            Region.EU_WEST_1, List.of(), Optional.of(SsoStub.ACCOUNT), Optional.of(SsoStub.ROLE));

    @TempDir
    Path home;

    @Test
    void fileNamesAreTheSha1OfTheSessionNameOrOfTheLegacyStartUrl() {
        var cache = SsoTokenCache.inHome(home);
        assertThat(cache.file(SESSION.cacheKey())).isEqualTo(home.resolve(
                ".aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json"));
        assertThat(cache.file(LEGACY.cacheKey()).getFileName().toString())
                .isEqualTo("a51746d4aa793ae07b25e90c3a5db96fc7832bd7.json");
    }

    @Test
    void aValidTokenIsReadAndAnExpiredOneIsNot() throws Exception {
        var cache = SsoTokenCache.inHome(home);
        write(cache, "corp", SsoStub.cacheJson(SsoStub.START_URL, NOW.plusSeconds(60)));
        assertThat(cache.valid(SESSION, NOW)).hasValueSatisfying(t -> {
            assertThat(t.accessToken()).isEqualTo(SsoStub.ACCESS_TOKEN);
            assertThat(t.client()).isPresent();
        });
        assertThat(cache.valid(SESSION, NOW.plusSeconds(60))).isEmpty();
        assertThat(cache.read(SESSION)).isPresent();
    }

    @Test
    void aMissingFileBrokenJsonOrAnotherStartUrlGiveNothing() throws Exception {
        var cache = SsoTokenCache.inHome(home);
        assertThat(cache.read(SESSION)).isEmpty();
        write(cache, "corp", "{\"accessToken\": \"" + SsoStub.ACCESS_TOKEN);
        assertThat(cache.read(SESSION)).isEmpty();
        write(cache, "corp", SsoStub.cacheJson("https://other.awsapps.com/start", NOW.plusSeconds(60)));
        assertThat(cache.read(SESSION)).isEmpty();
    }

    @Test
    void oldCliTimestampsWithUtcAreRead() {
        assertThat(SsoTokenCache.instant("2026-11-27T10:00:00UTC")).contains(NOW);
        assertThat(SsoTokenCache.instant("2026-11-27T10:00:00+00:00")).contains(NOW);
        assertThat(SsoTokenCache.instant("tomorrow")).isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void sharingWritesTheCliFormatOwnerOnly() throws Exception {
        var cache = SsoTokenCache.inHome(home);
        var token = SsoTokenCache.parse(SsoStub.cacheJson(SsoStub.START_URL, NOW.plusSeconds(3600))).orElseThrow();

        var file = cache.share(SESSION, token);

        assertThat(file).isEqualTo(cache.file("corp"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        var json = JsonNodeParser.create().parse(Files.readString(file)).asObject();
        assertThat(json.keySet()).containsExactly("startUrl", "region", "accessToken", "expiresAt", "clientId",
                "clientSecret", "registrationExpiresAt", "refreshToken");
        assertThat(json.get("expiresAt").asString()).isEqualTo("2026-11-27T11:00:00Z");
        assertThat(cache.valid(SESSION, NOW)).contains(token);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).hasSize(1); // no temporary file left behind
        }
    }

    @Test
    void profilesAreReadInBothForms() {
        var file = ProfileFile.builder().type(ProfileFile.Type.CONFIGURATION).content(
                "[profile work]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = SpotAdmin\n"
                        + "[sso-session corp]\nsso_start_url = " + SsoStub.START_URL + "\nsso_region = eu-west-1\n"
                        + "sso_registration_scopes = sso:account:access\n"
                        + "[profile old]\nsso_start_url = https://old.awsapps.com/start\nsso_region = us-east-1\n"
                        + "[profile keys]\naws_access_key_id = AKIA\n").build();

        var work = SsoProfile.of(file, "work");
        assertThat(work.scopes()).containsExactly("sso:account:access");
        assertThat(new SsoProfile("work", work.session(), work.startUrl(), work.region(), List.of(), work.accountId(),
                work.roleName())).isEqualTo(SESSION);
        var old = SsoProfile.of(file, "old");
        assertThat(old.cacheKey()).isEqualTo("https://old.awsapps.com/start");
        assertThat(old.region()).isEqualTo(Region.US_EAST_1);
        assertThat(old.accountId()).isEmpty();
        assertThat(SsoProfile.isSso(file, "work")).isTrue();
        assertThat(SsoProfile.isSso(file, "keys")).isFalse();
    }

    private static void write(SsoTokenCache cache, String key, String json) throws Exception {
        Files.createDirectories(cache.file(key).getParent());
        Files.writeString(cache.file(key), json);
    }
}
