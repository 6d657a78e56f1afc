package org.spotspec.model.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.SsoPortal;
import org.spotspec.aws.SsoProfile;
import org.spotspec.aws.SsoRole;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.SsoStub;

/** The account and role chooser over real HTTP: ListAccounts pages, the filter, what is chosen for the user. */
class SsoRoleChooserModelTest {
    private static final String SANDBOX = "111111111111";

    @TempDir
    Path home;

    private SsoModelFixture fx;
    private SsoRoleChooserModel chooser;
    private SsoProfile profile;
    private SignInRequest request;
    private final List<SsoRole> chosen = new ArrayList<>();
    private int cancelled;

    @BeforeEach
    void setUp() {
        fx = new SsoModelFixture(home);
        fx.cachedLogin(Instant.now().plusSeconds(3600));
        request = fx.request("pick");
        profile = fx.flow.steps().profileOf(request).orElseThrow();
        chooser = new SsoRoleChooserModel(TaskRunner.inline(), fx.flow.steps());
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private void open(Optional<SsoRole> preselect) {
        chooser.open(profile, request, preselect, chosen::add, () -> cancelled++);
    }

    private static List<String> ids(List<SsoPortal.Account> accounts) {
        return accounts.stream().map(SsoPortal.Account::id).toList();
    }

    @Test
    void listsTheAccountsOfEveryPageAndChoosesNoneOfSeveral() {
        fx.sso.listsAccountsAndRoles();

        open(Optional.empty());

        assertThat(ids(chooser.accounts())).containsExactly(SANDBOX, SsoStub.ACCOUNT);
        assertThat(fx.calls("/assignment/accounts")).as("both pages").isEqualTo(2);
        assertThat(chooser.accountProperty().get()).isNull();
        assertThat(chooser.roles()).isEmpty();
        assertThat(chooser.statusProperty().get()).isEqualTo("2 accounts.");
        assertThat(chooser.activeProperty().get()).isTrue();
        assertThat(chooser.loadingProperty().get()).isFalse();
        assertThat(chooser.titleProperty().get()).contains("pick", SsoStub.START_URL);
    }

    @Test
    void theFilterMatchesNameIdOrEmailIgnoringCase() {
        fx.sso.listsAccountsAndRoles();
        open(Optional.empty());

        chooser.filterProperty().set("sand");
        assertThat(ids(chooser.accounts())).containsExactly(SANDBOX);
        chooser.filterProperty().set("9012");
        assertThat(ids(chooser.accounts())).containsExactly(SsoStub.ACCOUNT);
        chooser.filterProperty().set("  SPOT@Example.COM ");
        assertThat(ids(chooser.accounts())).containsExactly(SsoStub.ACCOUNT);
        chooser.filterProperty().set("nothing like it");
        assertThat(chooser.accounts()).isEmpty();
        chooser.filterProperty().set("");
        assertThat(ids(chooser.accounts())).containsExactly(SANDBOX, SsoStub.ACCOUNT);
    }

    @Test
    void aSingleAccountIsChosenAndItsRolesListed() {
        fx.sso.listsOneAccount("ReadOnly", SsoStub.ROLE);

        open(Optional.empty());

        assertThat(chooser.accountProperty().get().id()).isEqualTo(SsoStub.ACCOUNT);
        assertThat(chooser.roles()).containsExactly("ReadOnly", SsoStub.ROLE);
        assertThat(chooser.roleProperty().get()).as("two roles: the user chooses").isNull();
        assertThat(chooser.statusProperty().get()).isEqualTo("2 roles in spot (" + SsoStub.ACCOUNT
                + ") · spot@example.com.");
        var roles = fx.aws.server().getAllServeEvents().stream().filter(e -> e.getRequest().getUrl()
                .startsWith("/assignment/roles")).findFirst().orElseThrow().getRequest();
        assertThat(roles.queryParameter("account_id").firstValue()).isEqualTo(SsoStub.ACCOUNT);
    }

    @Test
    void aSingleRoleOfASingleAccountIsChosenToo() {
        fx.sso.listsOneAccount(SsoStub.ROLE);

        open(Optional.empty());

        assertThat(chooser.roleProperty().get()).isEqualTo(SsoStub.ROLE);
        assertThat(chooser.canChooseProperty().get()).isTrue();
    }

    @Test
    void aRememberedRoleIsChosenWhenListed() {
        fx.sso.listsAccountsAndRoles();

        open(Optional.of(new SsoRole(SsoStub.ACCOUNT, SsoStub.ROLE)));

        assertThat(chooser.accountProperty().get().id()).isEqualTo(SsoStub.ACCOUNT);
        assertThat(chooser.roleProperty().get()).isEqualTo(SsoStub.ROLE);
        assertThat(chooser.canChooseProperty().get()).isTrue();
    }

    @Test
    void aRememberedRoleNoLongerListedIsIgnored() {
        fx.sso.listsAccountsAndRoles();

        open(Optional.of(new SsoRole(SsoStub.ACCOUNT, "Gone")));
        assertThat(chooser.accountProperty().get().id()).as("its account is still listed").isEqualTo(SsoStub.ACCOUNT);
        assertThat(chooser.roleProperty().get()).isNull();

        open(Optional.of(new SsoRole("999999999999", SsoStub.ROLE)));
        assertThat(chooser.accountProperty().get()).isNull();
        assertThat(chooser.roles()).isEmpty();
        assertThat(chooser.canChooseProperty().get()).isFalse();
    }

    @Test
    void chooseRefusesWithoutARoleThenHandsTheAccountAndRoleOn() {
        fx.sso.listsAccountsAndRoles();
        open(Optional.empty());
        var spot = chooser.accounts().stream().filter(a -> a.id().equals(SsoStub.ACCOUNT)).findFirst().orElseThrow();

        assertThat(chooser.choose()).as("no account").isFalse();
        chooser.accountProperty().set(spot);
        assertThat(chooser.roles()).containsExactly("ReadOnly", SsoStub.ROLE);
        assertThat(chooser.choose()).as("no role").isFalse();
        assertThat(chosen).isEmpty();
        assertThat(chooser.activeProperty().get()).isTrue();

        chooser.roleProperty().set("ReadOnly");
        assertThat(chooser.choose()).isTrue();

        assertThat(chosen).containsExactly(new SsoRole(SsoStub.ACCOUNT, "ReadOnly"));
        assertThat(chooser.activeProperty().get()).isFalse();
        assertThat(cancelled).isZero();
    }

    @Test
    void anotherAccountClearsTheRoleAndListsItsOwn() {
        fx.sso.listsAccountsAndRoles();
        open(Optional.of(new SsoRole(SsoStub.ACCOUNT, SsoStub.ROLE)));
        var sandbox = chooser.accounts().stream().filter(a -> a.id().equals(SANDBOX)).findFirst().orElseThrow();

        chooser.accountProperty().set(sandbox); // the stub has no roles for it: the portal answers 404

        assertThat(chooser.roleProperty().get()).isNull();
        assertThat(chooser.roles()).isEmpty();
        assertThat(chooser.canChooseProperty().get()).isFalse();
    }

    @Test
    void cancelRunsOnCancelledAndChoosesNothing() {
        fx.sso.listsAccountsAndRoles();
        open(Optional.of(new SsoRole(SsoStub.ACCOUNT, SsoStub.ROLE)));

        chooser.cancel();

        assertThat(cancelled).isEqualTo(1);
        assertThat(chosen).isEmpty();
        assertThat(chooser.activeProperty().get()).isFalse();
    }

    @Test
    void aPortalRefusalNamesTheProblemAndListsNoAccount() {
        fx.sso.rejectsTokenOnListAccounts();

        open(Optional.of(new SsoRole(SsoStub.ACCOUNT, SsoStub.ROLE)));

        assertThat(chooser.accounts()).isEmpty();
        assertThat(chooser.accountProperty().get()).isNull();
        assertThat(chooser.loadingProperty().get()).isFalse();
        assertThat(chooser.statusProperty().get()).contains("SsoTokenRejected", "sso login --profile pick");
        assertThat(chooser.statusProperty().get()).doesNotContain(SsoStub.ACCESS_TOKEN);
        assertThat(chosen).isEmpty();
        assertThat(cancelled).isZero();
    }
}
