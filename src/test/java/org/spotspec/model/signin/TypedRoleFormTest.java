package org.spotspec.model.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.Environment;
import org.spotspec.aws.RoleRequest;
import org.spotspec.settings.RoleSettings;
import org.spotspec.settings.Settings;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.OfflineSignIn;

/** The sign-in form's "Then assume a role" part: validation, AssumeRole's lengths, the request, what is kept. */
class TypedRoleFormTest {
    private static final String ARN = "arn:aws:iam::123456789012:role/ops/spot-admin";
    private static final String SERIAL = "arn:aws:iam::123456789012:mfa/alice";

    private SignInForm form;

    @BeforeEach
    void setUp() {
        form = new SignInForm();
        form.regionProperty().set("eu-west-1");
        form.durationProperty().set("12 h");
        form.sourceProperty().set(SourceKind.KEYS);
        form.accessKeyIdProperty().set("AKIAIOSFODNN7EXAMPLE");
        form.secretKeyProperty().set("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    @Test
    void aMalformedArnIsExplainedNextToTheFieldAndTheFormIsNotValid() {
        form.role().assumeRoleProperty().set(true);
        assertThat(form.isValid()).as("an empty ARN").isFalse();
        assertThat(form.role().roleArnErrorProperty().get()).as("not shown before an attempt").isEmpty();
        form.revealAllErrors();
        assertThat(form.role().roleArnErrorProperty().get()).contains("Enter the role's ARN");

        for (var bad : List.of("arn:aws:iam::12345:role/x", "arn:aws:iam::123456789012:user/alice",
                "spot-admin", "arn:aws:iam::123456789012:role/")) {
            form.role().roleArnProperty().set(bad);
            assertThat(form.isValid()).as(bad).isFalse();
            assertThat(form.role().roleArnErrorProperty().get()).as(bad).startsWith("Not a role ARN");
        }
        form.role().roleArnProperty().set(" " + ARN + " ");
        assertThat(form.role().roleArnErrorProperty().get()).isEmpty();
        assertThat(form.isValid()).isTrue();

        form.role().externalIdProperty().set("has space");
        assertThat(form.role().externalIdErrorProperty().get()).contains("external id");
        assertThat(form.isValid()).isFalse();
    }

    @Test
    void unticked_theRoleFieldsAreIgnored() {
        form.role().roleArnProperty().set("nonsense");
        assertThat(form.role().roleArnErrorProperty().get()).isEmpty();
        assertThat(form.isValid()).isTrue();
        assertThat(form.toRequest(new Environment(Map.of(), null)).role()).isEmpty();
    }

    @Test
    void tickingOffersAssumeRolesLengthsAtOneHourAndUntickingGivesTheMfaLengthBack() {
        form.role().assumeRoleProperty().set(true);
        assertThat(form.durationProperty().get()).isEqualTo("1 h");
        assertThat(form.durationChoices()).contains("12 h").doesNotContain("36 h");
        form.durationProperty().set("13 h");
        form.role().roleArnProperty().set(ARN);
        assertThat(form.isValid()).as("over AssumeRole's 12 h, even without MFA").isFalse();

        form.role().assumeRoleProperty().set(false);
        assertThat(form.durationProperty().get()).isEqualTo("12 h");
        assertThat(form.durationChoices()).contains("36 h");
    }

    @Test
    void theRequestCarriesTheRoleAndTheMfaCodeGoesWithIt() {
        form.role().assumeRoleProperty().set(true);
        form.role().roleArnProperty().set(ARN);
        form.role().externalIdProperty().set("ext-42");
        form.useMfaProperty().set(true);
        form.mfaSerialProperty().set(SERIAL);
        form.mfaCodeProperty().set("654321");
        form.durationProperty().set("2 h");

        var request = form.toRequest(new Environment(Map.of(), null));

        assertThat(request.role()).contains(new RoleRequest(ARN, Optional.of("ext-42"), Optional.of(7200)));
        assertThat(request.mfa().orElseThrow().durationSeconds()).isEqualTo(7200);
        assertThat(request.toString()).doesNotContain("654321", "wJalrXUtnFEMI");
    }

    @Test
    void theLastArnsAreRememberedNewestFirstAndRestoredTicked() {
        form.role().assumeRoleProperty().set(true);
        form.role().roleArnProperty().set(ARN);
        var before = Settings.defaults().withRoles(new RoleSettings(false,
                List.of("arn:aws:iam::123456789012:role/old", ARN)));

        var after = SignInSettingsAdapter.remember(form, before);

        assertThat(after.roles()).isEqualTo(new RoleSettings(true, List.of(ARN, "arn:aws:iam::123456789012:role/old")));
        assertThat(after.mfaDurationSeconds()).as("a role's length is not the MFA session's")
                .isEqualTo(before.mfaDurationSeconds());
        var next = new SignInForm();
        SignInSettingsAdapter.restore(next, after, new Environment(Map.of(), null));
        assertThat(next.role().assumeRoleProperty().get()).isTrue();
        assertThat(next.role().roleArnProperty().get()).isEqualTo(ARN);
        assertThat(next.role().recentArns()).containsExactly(ARN, "arn:aws:iam::123456789012:role/old");
        assertThat(next.durationProperty().get()).isEqualTo("1 h");
    }

    @Test
    void withoutMfaAnInvalidRoleLengthIsExplainedNextToTheRolesLengthField() {
        form.role().assumeRoleProperty().set(true);
        form.role().roleArnProperty().set(ARN);
        assertThat(form.roleDurationErrorProperty().get()).as("the 1 h the role part offers").isEmpty();

        for (var bad : List.of("abc", "0", "99999999", "13 h")) {
            form.durationProperty().set(bad);
            assertThat(form.isValid()).as(bad).isFalse();
            assertThat(form.roleDurationErrorProperty().get()).as(bad).containsAnyOf("role session lasts",
                    "Enter a duration");
            assertThat(form.durationErrorProperty().get()).as(bad + ": the MFA part is hidden").isEmpty();
        }
        form.durationProperty().set("");
        assertThat(form.roleDurationErrorProperty().get()).as("empty: not before an attempt").isEmpty();
        form.revealAllErrors();
        assertThat(form.roleDurationErrorProperty().get()).contains("Enter a duration");

        form.durationProperty().set("2 h");
        assertThat(form.roleDurationErrorProperty().get()).isEmpty();
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void theRolesLengthMessageStaysAwayWithMfaOrWithoutARole() {
        form.durationProperty().set("abc");
        form.revealAllErrors();
        assertThat(form.roleDurationErrorProperty().get()).as("no role").isEmpty();

        form.role().assumeRoleProperty().set(true);
        form.durationProperty().set("abc");
        form.useMfaProperty().set(true);
        assertThat(form.roleDurationErrorProperty().get()).as("with MFA the length is beside the code").isEmpty();
        assertThat(form.durationErrorProperty().get()).contains("Enter a duration");
    }

    @Test
    void anInvalidRoleLengthSendsNothing() {
        var started = new java.util.concurrent.atomic.AtomicInteger();
        var model = OfflineSignIn.model(form, TaskRunner.onFxThread(task -> started.incrementAndGet()));
        form.role().assumeRoleProperty().set(true);
        form.role().roleArnProperty().set(ARN);
        form.durationProperty().set("99999999");

        assertThat(model.signIn(session -> { })).isFalse();
        assertThat(started).as("no sign-in task, so no request").hasValue(0);
        assertThat(form.roleDurationErrorProperty().get()).isNotEmpty();
    }
}
