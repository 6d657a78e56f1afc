package org.spotspec.model.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.CallJournal;
import org.spotspec.aws.Environment;
import org.spotspec.aws.ProfileCatalog;
import org.spotspec.aws.ProfileInfo;
import org.spotspec.aws.SessionService;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.SessionState;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.TestAws;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Where the sign-in view puts the cursor, and when, without a window: the view's side is a list
 * of the targets it was told to focus and a flag for "the user is typing in a text field".
 */
class SignInFocusTest {
    private static final String SERIAL = "arn:aws:iam::123456789012:mfa/alice";
    private static final Environment NO_VARIABLES = new Environment(Map.of(), Path.of("/tmp"));

    private final List<SignInFocus.Target> moves = new ArrayList<>();
    private final AwsClientFactory clients = new AwsClientFactory(TestAws.fastSettings(), CallJournal.none(),
            Clock.systemUTC());
    private ProfileCatalog catalog = catalog();
    private boolean typing;
    private SignInModel model;
    private SignInForm form;

    @BeforeEach
    void setUp() {
        form = new SignInForm();
        var sessions = new SessionService(clients, NO_VARIABLES, () -> catalog);
        model = new SignInModel(form, TaskRunner.inline(), sessions, new SessionState(Clock.systemUTC()),
                new ActivityLog(Runnable::run, Clock.systemUTC()), NO_VARIABLES, () -> catalog,
                org.spotspec.wiring.SsoWiring.flow(TaskRunner.inline(), clients, NO_VARIABLES, () -> catalog,
                        new org.spotspec.aws.SsoLogins(), Runnable::run, Clock.systemUTC(), org.spotspec.wiring.SsoWiring.Hooks.REAL));
        model.focus().attach(moves::add, () -> typing);
    }

    @AfterEach
    void tearDown() {
        clients.close();
    }

    @Test
    void typingStartsAtTheFirstEmptyFieldOfTheChosenSource() {
        form.sourceProperty().set(SourceKind.KEYS);
        assertThat(model.focus().whereTypingStarts()).isEqualTo(SignInFocus.Target.ACCESS_KEY_ID);
        form.accessKeyIdProperty().set("AKIAIOSFODNN7EXAMPLE");
        assertThat(model.focus().whereTypingStarts()).isEqualTo(SignInFocus.Target.SECRET_KEY);
        form.secretKeyProperty().set("secret");
        assertThat(model.focus().whereTypingStarts()).isEqualTo(SignInFocus.Target.SIGN_IN_BUTTON);
        form.useMfaProperty().set(true);
        form.mfaSerialProperty().set(SERIAL);
        assertThat(model.focus().whereTypingStarts()).isEqualTo(SignInFocus.Target.MFA_CODE);

        form.sourceProperty().set(SourceKind.PROFILE);
        form.accessKeyIdProperty().set("");
        assertThat(model.focus().whereTypingStarts()).as("keys are not typed for a profile")
                .isEqualTo(SignInFocus.Target.MFA_CODE);
    }

    @Test
    void showingTheViewMovesTheCursorWhereTypingStarts() {
        form.sourceProperty().set(SourceKind.KEYS);
        model.focus().viewShown();
        assertThat(moves).containsExactly(SignInFocus.Target.ACCESS_KEY_ID);
    }

    @Test
    void profilesThatArriveMoveTheCursorToWhatTheChosenProfileLeavesToType() {
        model.loadProfiles();
        assertThat(form.profileProperty().get()).isEqualTo("dev");
        assertThat(moves).as("the profile brought its MFA device: the code is left")
                .containsExactly(SignInFocus.Target.MFA_CODE);
    }

    @Test
    void profilesThatArriveWhileTheUserTypesLeaveTheCursorAlone() {
        typing = true;
        model.loadProfiles();
        assertThat(form.profileProperty().get()).isEqualTo("dev");
        assertThat(moves).isEmpty();
    }

    @Test
    void noProfilesAtAllSwitchToTypedKeysAndTheCursorGoesToTheAccessKeyId() {
        // A new user's first start: the view was shown with the profile source, and no profiles come.
        catalog = new ProfileCatalog(List.of(), ProfileFile.aggregator().build(), List.of(), Optional.empty());
        model.loadProfiles();
        assertThat(form.sourceProperty().get()).as("no profiles, no key in the environment").isEqualTo(SourceKind.KEYS);
        assertThat(moves).as("the view changed to the typed keys' fields: typing starts there")
                .containsExactly(SignInFocus.Target.ACCESS_KEY_ID);
    }

    @Test
    void noProfilesWhereThereWereNoneAndTheSourceStaysMovesNothing() {
        catalog = new ProfileCatalog(List.of(), ProfileFile.aggregator().build(), List.of(), Optional.empty());
        form.sourceProperty().set(SourceKind.KEYS); // as a later start restores it
        model.loadProfiles();
        assertThat(moves).isEmpty();
    }

    @Test
    void aRefusedMfaCodeMovesTheCursorToTheCodeOnceTheFormTakesInputAgain() {
        var problem = new SimpleObjectProperty<AwsProblem>();
        var signingIn = new javafx.beans.property.SimpleBooleanProperty(true);
        var focus = new SignInFocus(form, problem, signingIn);
        focus.attach(moves::add, () -> true);

        problem.set(problem(AwsProblem.Kind.BAD_CREDENTIALS));
        signingIn.set(false);
        assertThat(moves).isEmpty();

        signingIn.set(true);
        problem.set(problem(AwsProblem.Kind.WRONG_MFA_CODE));
        assertThat(moves).as("the form is still disabled").isEmpty();
        signingIn.set(false);
        assertThat(moves).containsExactly(SignInFocus.Target.MFA_CODE);
        signingIn.set(true);
        signingIn.set(false);
        assertThat(moves).as("once per refusal").hasSize(1);
    }

    @Test
    void aRoleAwsWouldNotLetBeAssumedMovesTheCursorToTheRoleArnOnceTheFormTakesInputAgain() {
        var problem = new SimpleObjectProperty<AwsProblem>();
        var signingIn = new javafx.beans.property.SimpleBooleanProperty(true);
        var focus = new SignInFocus(form, problem, signingIn);
        focus.attach(moves::add, () -> true);
        form.role().assumeRoleProperty().set(true);

        problem.set(problem(AwsProblem.Kind.PERMISSION));
        assertThat(moves).as("the form is still disabled").isEmpty();
        signingIn.set(false);
        assertThat(moves).containsExactly(SignInFocus.Target.ROLE_ARN);

        signingIn.set(true);
        problem.set(null);
        problem.set(problem(AwsProblem.Kind.WRONG_MFA_CODE));
        signingIn.set(false);
        assertThat(moves).as("a refused code is still the code's").containsExactly(SignInFocus.Target.ROLE_ARN,
                SignInFocus.Target.MFA_CODE);
    }

    @Test
    void otherRefusalsAndRoleProfilesLeaveTheRoleArnAlone() {
        var problem = new SimpleObjectProperty<AwsProblem>();
        var signingIn = new javafx.beans.property.SimpleBooleanProperty(true);
        var focus = new SignInFocus(form, problem, signingIn);
        focus.attach(moves::add, () -> true);

        problem.set(problem(AwsProblem.Kind.PERMISSION));
        signingIn.set(false);
        assertThat(moves).as("no typed role: a role profile's ARN is not in the form").isEmpty();

        form.role().assumeRoleProperty().set(true);
        for (var other : java.util.List.of(
                new AwsProblem("Sign in", "InvalidClientTokenId", "No.", "Fix the key.", "", 403,
                        AwsProblem.Kind.BAD_CREDENTIALS, ""),
                new AwsProblem("Sign in", "RequestTimeout", "Slow.", "Retry.", "", 0, AwsProblem.Kind.TIMEOUT, ""))) {
            signingIn.set(true);
            problem.set(other);
            signingIn.set(false);
        }
        assertThat(moves).isEmpty();
    }

    @Test
    void aFormRefusedAsTypedSendsTheCursorToTheFirstFieldWithAMessage() {
        form.sourceProperty().set(SourceKind.KEYS);
        form.accessKeyIdProperty().set("AKIAIOSFODNN7EXAMPLE");
        form.useMfaProperty().set(true);
        assertThat(model.signIn(session -> { })).isFalse();
        assertThat(moves).as("the secret key comes before the region").containsExactly(SignInFocus.Target.SECRET_KEY);

        form.regionProperty().set("eu-west-1");
        moves.clear();
        assertThat(model.signIn(session -> { })).isFalse();
        assertThat(moves).as("the secret key comes before the MFA device").containsExactly(SignInFocus.Target.SECRET_KEY);

        form.secretKeyProperty().set("secret");
        form.mfaSerialProperty().set(SERIAL);
        form.role().assumeRoleProperty().set(true);
        form.role().roleArnProperty().set("not-an-arn");
        model.signIn(session -> { });
        assertThat(moves).last().isEqualTo(SignInFocus.Target.MFA_CODE);

        form.mfaCodeProperty().set("123456");
        form.endpointUrlProperty().set("ftp://nowhere");
        model.signIn(session -> { });
        assertThat(moves).last().as("the role's ARN, above Advanced").isEqualTo(SignInFocus.Target.ROLE_ARN);

        form.role().roleArnProperty().set("arn:aws:iam::123456789012:role/ops");
        model.signIn(session -> { });
        assertThat(moves).last().isEqualTo(SignInFocus.Target.ENDPOINT);
    }

    @Test
    void anEmptyProfileChoiceTakesTheCursorToTheProfiles() {
        form.sourceProperty().set(SourceKind.PROFILE);
        form.profileProperty().set("");
        assertThat(model.signIn(session -> { })).isFalse();
        assertThat(moves).containsExactly(SignInFocus.Target.PROFILE);
    }

    @Test
    void onlyTheLastMoveIsStillWanted() {
        form.sourceProperty().set(SourceKind.KEYS);
        model.focus().viewShown();
        assertThat(model.focus().isLatest(SignInFocus.Target.ACCESS_KEY_ID)).isTrue();

        form.accessKeyIdProperty().set("AKIAIOSFODNN7EXAMPLE");
        form.secretKeyProperty().set("secret");
        model.focus().viewShown();

        assertThat(model.focus().isLatest(SignInFocus.Target.ACCESS_KEY_ID)).isFalse();
        assertThat(model.focus().isLatest(SignInFocus.Target.SIGN_IN_BUTTON)).isTrue();
    }

    @Test
    void aPartOfTheViewTakesItsOwnTarget() {
        var problem = new SimpleObjectProperty<AwsProblem>();
        var signingIn = new javafx.beans.property.SimpleBooleanProperty(false);
        var focus = new SignInFocus(form, problem, signingIn);
        var toRolePart = new ArrayList<String>();
        focus.attach(moves::add, () -> true);
        focus.attachPart(SignInFocus.Target.ROLE_ARN, () -> toRolePart.add("role ARN"));
        form.role().assumeRoleProperty().set(true);

        problem.set(problem(AwsProblem.Kind.PERMISSION));

        assertThat(toRolePart).containsExactly("role ARN");
        assertThat(moves).as("the main view is not asked for a field it does not have").isEmpty();
    }

    private static AwsProblem problem(AwsProblem.Kind kind) {
        return new AwsProblem("Sign in", "AccessDenied", "No.", "Try again.", "", 403, kind, "");
    }

    private static ProfileCatalog catalog() {
        var dev = new ProfileInfo("dev", Optional.of("eu-west-1"), Optional.of(SERIAL), ProfileInfo.Kind.STATIC_KEYS,
                true, true);
        return new ProfileCatalog(List.of(dev), ProfileFile.aggregator().build(), List.of(), Optional.empty());
    }
}
