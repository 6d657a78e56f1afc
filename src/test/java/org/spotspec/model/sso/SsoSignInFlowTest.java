package org.spotspec.model.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.SsoRole;
import org.spotspec.testing.SsoStub;

/** What an IAM Identity Center sign-in needs before the session opens, over real HTTP, without a toolkit. */
class SsoSignInFlowTest {
    private static final SsoRole REMEMBERED = new SsoRole(SsoStub.ACCOUNT, SsoStub.ROLE);
    private static final String PAGE = "https://device.sso.eu-west-1.amazonaws.com/?user_code=" + SsoStub.USER_CODE;

    @TempDir
    Path home;

    private SsoModelFixture fx;
    private SsoSignInFlow flow;
    private final List<SignInRequest> ready = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private int cancelled;

    @BeforeEach
    void setUp() {
        fx = new SsoModelFixture(home);
        flow = fx.flow;
    }

    @AfterEach
    void tearDown() {
        Thread.interrupted(); // a cancelled poll leaves the (inline) task's thread interrupted, as a worker's would be
        fx.close();
    }

    private void prepare(SignInRequest request) {
        flow.prepare(request, ready::add, failures::add, () -> cancelled++);
    }

    private void deviceFlowApproved() {
        fx.sso.registersClient().startsDeviceAuthorization(1, 600).createsTokenAfter("authorization_pending");
    }

    @Test
    void aProfileWithoutSsoGoesStraightOnAndSendsNothing() {
        var request = fx.request("dev");

        prepare(request);

        assertThat(ready).containsExactly(request);
        assertThat(fx.aws.server().getAllServeEvents()).isEmpty();
        assertThat(flow.login().activeProperty().get()).isFalse();
        assertThat(flow.chooser().activeProperty().get()).isFalse();
    }

    @Test
    void anMfaSessionOfAnSsoProfileIsRefusedBeforeAnyBrowserOpens() {
        var plain = fx.request("work");
        var request = new SignInRequest(plain.source(), plain.region(), java.util.Optional.of(new org.spotspec.aws.MfaRequest(
                "arn:aws:iam::123456789012:mfa/alice", org.spotspec.aws.Secret.of("123456"), 3600)), plain.endpoints());

        prepare(request);

        assertThat(ready).isEmpty();
        assertThat(failures).singleElement().satisfies(f -> assertThat(
                org.spotspec.aws.ErrorTranslator.translate("Sign in", f).code()).isEqualTo("MfaNeedsLongTermKeys"));
        assertThat(fx.browsed).isEmpty();
        assertThat(fx.aws.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void anSsoProfileNamingItsRoleWithACachedLoginGoesOnWithoutDialogs() {
        fx.cachedLogin(Instant.now().plusSeconds(3600));
        var request = fx.request("work");

        prepare(request);

        assertThat(ready).containsExactly(request);
        assertThat(fx.aws.server().getAllServeEvents()).as("no device flow, no chooser").isEmpty();
        assertThat(fx.browsed).isEmpty();
        assertThat(flow.chooser().activeProperty().get()).isFalse();
        assertThat(failures).isEmpty();
    }

    @Test
    void withoutALoginTheDeviceFlowShowsTheCodeOpensThePageAndKeepsTheTokenInMemoryOnly() {
        deviceFlowApproved();
        var request = fx.request("work");

        prepare(request);

        assertThat(failures).isEmpty();
        assertThat(ready).containsExactly(request);
        assertThat(flow.login().userCodeProperty().get()).isEqualTo(SsoStub.USER_CODE);
        assertThat(flow.login().pageWithCodeProperty().get()).isEqualTo(PAGE);
        assertThat(flow.login().codeShownProperty().get()).isTrue();
        assertThat(flow.login().activeProperty().get()).isFalse();
        assertThat(fx.browsed).containsExactly(PAGE);
        assertThat(fx.calls("/token")).as("pending, then the token").isEqualTo(2);
        assertThat(fx.cacheFile()).as("not shared with the AWS CLI").doesNotExist();

        prepare(request);

        assertThat(ready).hasSize(2);
        assertThat(fx.calls("/device_authorization")).as("the login of this run is used again").isEqualTo(1);
        assertThat(fx.browsed).hasSize(1);
    }

    @Test
    void aSharedLoginIsWrittenToTheAwsCliCacheForItsOwnerOnly() throws IOException {
        deviceFlowApproved();
        flow.choices().shareProperty().set(true);

        prepare(fx.request("work"));

        assertThat(ready).hasSize(1);
        assertThat(fx.cacheFile()).exists();
        assertThat(Files.readString(fx.cacheFile())).contains(SsoStub.START_URL);
        if (Files.getFileStore(fx.cacheFile()).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fx.cacheFile())))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fx.cacheFile().getParent())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aRememberedRoleIsUsedWithoutOpeningTheChooser() {
        fx.cachedLogin(Instant.now().plusSeconds(3600));
        flow.choices().remember("pick", REMEMBERED);

        prepare(fx.request("pick"));

        assertThat(ready).singleElement().satisfies(r -> assertThat(r.ssoRole()).contains(REMEMBERED));
        assertThat(flow.chooser().activeProperty().get()).isFalse();
        assertThat(fx.calls("/assignment")).isZero();
    }

    @Test
    void withoutARememberedRoleTheChooserOpensAndTheChoiceIsRemembered() {
        fx.cachedLogin(Instant.now().plusSeconds(3600));
        fx.sso.listsAccountsAndRoles();

        prepare(fx.request("pick"));

        assertThat(flow.chooser().activeProperty().get()).isTrue();
        assertThat(ready).as("waits for the choice").isEmpty();
        chooseSpotAdmin();

        assertThat(ready).singleElement().satisfies(r -> assertThat(r.ssoRole()).contains(REMEMBERED));
        assertThat(flow.choices().roleOf("pick")).contains(REMEMBERED);
    }

    @Test
    void aChoiceIsNotRememberedWhenRememberIsUnticked() {
        fx.cachedLogin(Instant.now().plusSeconds(3600));
        fx.sso.listsAccountsAndRoles();

        prepare(fx.request("pick"));
        flow.chooser().rememberProperty().set(false);
        chooseSpotAdmin();

        assertThat(ready).singleElement().satisfies(r -> assertThat(r.ssoRole()).contains(REMEMBERED));
        assertThat(flow.choices().roleOf("pick")).isEmpty();
    }

    @Test
    void choosingAgainOpensTheChooserOnTheRememberedRole() {
        fx.cachedLogin(Instant.now().plusSeconds(3600));
        fx.sso.listsAccountsAndRoles();
        flow.choices().remember("pick", new SsoRole(SsoStub.ACCOUNT, "ReadOnly"));

        flow.prepare(fx.request("pick"), true, ready::add, failures::add, () -> cancelled++);

        assertThat(flow.chooser().activeProperty().get()).isTrue();
        assertThat(flow.chooser().accountProperty().get().id()).isEqualTo(SsoStub.ACCOUNT);
        assertThat(flow.chooser().roleProperty().get()).isEqualTo("ReadOnly");
        assertThat(ready).isEmpty();
        flow.chooser().roleProperty().set(SsoStub.ROLE);
        assertThat(flow.chooser().choose()).isTrue();

        assertThat(ready).singleElement().satisfies(r -> assertThat(r.ssoRole()).contains(REMEMBERED));
        assertThat(flow.choices().roleOf("pick")).contains(REMEMBERED);
    }

    @Test
    void afterTheDeviceFlowAProfileWithoutRoleGetsTheRememberedOne() {
        deviceFlowApproved();
        flow.choices().remember("pick", REMEMBERED);

        prepare(fx.request("pick"));

        assertThat(fx.browsed).hasSize(1);
        assertThat(ready).singleElement().satisfies(r -> assertThat(r.ssoRole()).contains(REMEMBERED));
        assertThat(flow.chooser().activeProperty().get()).isFalse();
    }

    @Test
    void afterTheDeviceFlowTheChooserListsAccountsWithTheNewLogin() {
        deviceFlowApproved();
        fx.sso.listsAccountsAndRoles();

        prepare(fx.request("pick"));

        assertThat(flow.chooser().activeProperty().get()).isTrue();
        assertThat(flow.chooser().accounts()).hasSize(2);
        assertThat(fx.aws.server().getAllServeEvents().stream().filter(e -> e.getRequest().getUrl()
                .startsWith("/assignment/accounts")).map(e -> e.getRequest().getHeader("x-amz-sso_bearer_token")))
                .as("the token of the device flow").containsOnly(SsoStub.ACCESS_TOKEN);
    }

    @Test
    void cancellingTheChooserCancelsTheSignIn() {
        fx.cachedLogin(Instant.now().plusSeconds(3600));
        fx.sso.listsAccountsAndRoles();

        prepare(fx.request("pick"));
        flow.chooser().cancel();

        assertThat(cancelled).isEqualTo(1);
        assertThat(ready).isEmpty();
        assertThat(failures).isEmpty();
        assertThat(flow.choices().roleOf("pick")).isEmpty();
    }

    @Test
    void cancellingTheDeviceFlowCancelsTheSignInWithoutAFailure() {
        fx.sso.registersClient().startsDeviceAuthorization(1, 600).createsTokenAfter("authorization_pending");
        fx.onBrowse = () -> flow.login().cancel(); // the user cancels as soon as the code shows

        prepare(fx.request("work"));

        assertThat(cancelled).isEqualTo(1);
        assertThat(failures).isEmpty();
        assertThat(ready).isEmpty();
        assertThat(fx.calls("/token")).as("no poll after cancel").isZero();
        assertThat(flow.login().activeProperty().get()).isFalse();
        assertThat(fx.logins.latest(flow.steps().profileOf(fx.request("work")).orElseThrow())).isEmpty();
    }

    @Test
    void aLoginDeniedInTheBrowserFailsWithTheAccessDeniedProblem() {
        fx.sso.registersClient().startsDeviceAuthorization(1, 600).createTokenFails("access_denied");

        prepare(fx.request("work"));

        assertThat(cancelled).isZero();
        assertThat(ready).isEmpty();
        assertThat(failures).singleElement().satisfies(f -> {
            var problem = ErrorTranslator.translate("Sign in", f);
            assertThat(problem.code()).isEqualTo("SsoAccessDenied");
            assertThat(problem.nextStep()).contains("sso login --profile work", "Allow");
        });
        assertThat(flow.login().activeProperty().get()).isFalse();
    }

    private void chooseSpotAdmin() {
        var chooser = flow.chooser();
        chooser.accountProperty().set(chooser.accounts().stream().filter(a -> a.id().equals(SsoStub.ACCOUNT))
                .findFirst().orElseThrow());
        chooser.roleProperty().set(SsoStub.ROLE);
        assertThat(chooser.choose()).isTrue();
    }
}
