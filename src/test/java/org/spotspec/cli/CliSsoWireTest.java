package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.spotspec.aws.SsoTokenCache;
import org.spotspec.testing.SsoStub;

/**
 * IAM Identity Center from the command line against the stub: {@code whoami --profile} with the AWS
 * CLI's cached token, {@code sso login} (shared or not, account and role chosen), and the canary:
 * the access token, client secret and role credentials never in output, errors or logs.
 */
class CliSsoWireTest {
    private static final String CONFIG = "[profile work]\nsso_session = corp\nsso_account_id = 123456789012\n"
            + "sso_role_name = SpotAdmin\nregion = eu-west-1\n[profile pick]\nsso_session = corp\nregion = eu-west-1\n"
            + "[sso-session corp]\nsso_start_url = " + SsoStub.START_URL + "\nsso_region = eu-west-1\n";
    private static final List<String> CANARIES = List.of(SsoStub.ACCESS_TOKEN, SsoStub.REFRESH_TOKEN,
            SsoStub.CLIENT_SECRET, SsoStub.DEVICE_CODE, SsoStub.ROLE_SECRET, SsoStub.ROLE_TOKEN);

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private final Map<Logger, Level> levels = new HashMap<>();
    private LoggedLines logged;
    private SsoStub sso;

    @BeforeEach
    void setUp() {
        cli.env("AWS_ACCESS_KEY_ID", null).env("AWS_SECRET_ACCESS_KEY", null).awsFile("config", CONFIG);
        sso = new SsoStub(cli.aws());
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLoggerList().forEach(l -> levels.put(l, l.getLevel()));
        context.getLoggerList().forEach(l -> l.setLevel(Level.TRACE));
        logged = LoggedLines.capture();
    }

    @AfterEach
    void restoreLevels() {
        logged.stop();
        levels.forEach(Logger::setLevel);
    }

    @Test
    void whoamiWithAnSsoProfileUsesTheCachedTokenAndNamesStartUrlAccountAndRole() throws IOException {
        cache(Instant.now().plusSeconds(3600));
        sso.givesRoleCredentials(Instant.now().plusSeconds(3600));

        var result = cli.run("whoami", "--profile", "work", "--debug");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("SSO " + SsoStub.START_URL + " · 123456789012 · SpotAdmin");
        assertThat(cli.aws().requests("GetCallerIdentity").get(0).getHeader("Authorization"))
                .contains("Credential=" + SsoStub.ROLE_KEY_ID + "/");
        noCanary(List.of(result));
    }

    @Test
    void aProfileWithoutAccountAndRoleSignsInAsTheOnesGivenOnTheCommandLine() throws IOException {
        cache(Instant.now().plusSeconds(3600));
        sso.givesRoleCredentials(Instant.now().plusSeconds(3600));

        var unchosen = cli.run("whoami", "--profile", "pick");
        var chosen = cli.run("whoami", "--profile", "pick", "--sso-account", "123456789012", "--sso-role", "SpotAdmin");
        var half = cli.run("whoami", "--profile", "pick", "--sso-account", "123456789012");
        var badId = cli.run("whoami", "--profile", "pick", "--sso-account", "1234", "--sso-role", "SpotAdmin");

        assertThat(unchosen.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unchosen.err()).contains("SsoRoleNotChosen", "--sso-account and --sso-role");
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(chosen.out()).contains("SSO " + SsoStub.START_URL + " · 123456789012 · SpotAdmin");
        assertThat(half.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(half.err()).contains("--sso-account goes with --sso-role");
        assertThat(badId.err()).contains("12 digits");
        noCanary(List.of(unchosen, chosen, half, badId));
    }

    @Test
    void withoutAValidCachedTokenTheCommandSaysHowToLogIn() throws IOException {
        var missing = cli.run("whoami", "--profile", "work");
        cache(Instant.now().minusSeconds(1));
        var expired = cli.run("whoami", "--profile", "work");
        cache(Instant.now().plusSeconds(3600));
        sso.rejectsToken();
        var rejected = cli.run("whoami", "--profile", "work");

        assertThat(missing.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(missing.err()).contains("SsoTokenMissing", "spotspec sso login --profile work --share",
                "aws sso login --profile work");
        assertThat(expired.err()).contains("SsoTokenExpired", "has expired");
        assertThat(rejected.err()).contains("SsoTokenRejected", "expired or was signed out");
        noCanary(List.of(missing, expired, rejected));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void loginWithShareWritesTheAwsCliCacheAndWithoutItWritesNothing() throws IOException {
        sso.registersClient().startsDeviceAuthorization(1, 600).createsTokenAfter("authorization_pending")
                .givesRoleCredentials(Instant.parse("2026-11-27T11:00:00Z"));
        var file = SsoTokenCache.inHome(cli.home()).file("corp");

        var once = cli.run("sso", "login", "--profile", "work", "--no-browser");
        assertThat(once.exitCode()).as(once.err()).isZero();
        assertThat(once.err()).contains(SsoStub.USER_CODE, "?user_code=" + SsoStub.USER_CODE, "Not shared");
        assertThat(once.out()).contains("account 123456789012, role SpotAdmin", "2026-11-27T11:00:00Z");
        assertThat(file).doesNotExist();

        cli.aws().server().resetScenarios();
        var shared = cli.run("sso", "login", "--profile", "work", "--no-browser", "--share");
        assertThat(shared.exitCode()).as(shared.err()).isZero();
        assertThat(shared.out()).contains("Shared with the AWS CLI", file.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("\"startUrl\": \"" + SsoStub.START_URL + "\"",
                "\"accessToken\": \"" + SsoStub.ACCESS_TOKEN + "\"", "\"expiresAt\": \"2026-11-27T18:00:00Z\"",
                "\"clientSecret\": \"" + SsoStub.CLIENT_SECRET + "\"", "\"refreshToken\"");
        noCanary(List.of(once, shared));
    }

    @Test
    void aProfileWithoutAccountAndRoleListsThemToChooseFrom() {
        sso.registersClient().startsDeviceAuthorization(1, 600).createsTokenAfter().listsAccountsAndRoles()
                .givesRoleCredentials(Instant.parse("2026-11-27T11:00:00Z"));

        var result = cli.stdin("2\n2\n").run("sso", "login", "--profile", "pick", "--no-browser");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("1) 111111111111  sandbox <sandbox@example.com>", "2) 123456789012  spot",
                "1) ReadOnly", "2) SpotAdmin");
        assertThat(result.out()).contains("account 123456789012, role SpotAdmin");
        noCanary(List.of(result));
    }

    @Test
    void aDeniedLoginIsExplained() {
        sso.registersClient().startsDeviceAuthorization(1, 600).createTokenFails("access_denied");

        var result = cli.run("sso", "login", "--profile", "work", "--no-browser");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.err()).contains("SsoAccessDenied", "choose Allow");
        noCanary(List.of(result));
    }

    @Test
    void loginRefusesAProfileThatIsNoSsoProfile() {
        cli.awsFile("config", CONFIG + "[profile keys]\naws_access_key_id = AKIAEXAMPLE\n");

        var result = cli.run("sso", "login", "--profile", "keys");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("no sso_session or sso_start_url");
        assertThat(cli.requestCount()).isZero();
    }

    private void cache(Instant expiresAt) throws IOException {
        var file = SsoTokenCache.inHome(cli.home()).file("corp");
        Files.createDirectories(file.getParent());
        Files.writeString(file, SsoStub.cacheJson(SsoStub.START_URL, expiresAt));
    }

    private void noCanary(List<CliHarness.Result> results) {
        var all = new ArrayList<>(logged.lines());
        for (var canary : CANARIES) {
            assertThat(results).allSatisfy(r -> assertThat(r.all()).doesNotContain(canary));
            assertThat(all).noneMatch(l -> l.contains(canary));
        }
    }
}
