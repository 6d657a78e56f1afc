package org.spotspec.model.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.Environment;
import org.spotspec.aws.MfaRequest;
import org.spotspec.aws.ProfileInfo;
import org.spotspec.aws.SignInRequest;
import software.amazon.awssdk.regions.Region;

/**
 * The sign-in form model without a window. It uses only javafx.beans and javafx.collections,
 * which work without starting the toolkit; these tests run in the plain surefire JVM and would
 * fail with "Toolkit not initialized" if the form ever came to need it.
 */
class SignInFormTest {
    private static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String SERIAL = "arn:aws:iam::123456789012:mfa/alice";
    private static final String CODE = "246810";
    private static final Environment LOCAL = new Environment(Map.of("AWS_ENDPOINT_URL", "http://localhost:4566"),
            Path.of("/tmp"));

    private SignInForm form;

    @BeforeEach
    void setUp() {
        form = new SignInForm();
        form.regionProperty().set("eu-west-1");
    }

    @Test
    void anEmptyFormShowsNoErrorsUntilAllAreRevealed() {
        form.sourceProperty().set(SourceKind.KEYS);
        form.regionProperty().set("");
        form.useMfaProperty().set(true);

        assertThat(form.isValid()).isFalse();
        assertThat(visibleErrors()).allSatisfy(e -> assertThat(e).isEmpty());

        form.revealAllErrors();
        assertThat(form.accessKeyIdErrorProperty().get()).isNotEmpty();
        assertThat(form.secretKeyErrorProperty().get()).isNotEmpty();
        assertThat(form.regionErrorProperty().get()).isNotEmpty();
        assertThat(form.mfaSerialErrorProperty().get()).isNotEmpty();
        assertThat(form.mfaCodeErrorProperty().get()).isNotEmpty();
        // Blank means "no override": never an error, even when revealed.
        assertThat(form.endpointErrorProperty().get()).isEmpty();
    }

    @Test
    void aFieldShowsItsErrorAsSoonAsItHoldsSomething() {
        form.sourceProperty().set(SourceKind.KEYS);
        form.accessKeyIdProperty().set("not-a-key");
        assertThat(form.accessKeyIdErrorProperty().get()).contains("AKIA");
        assertThat(form.secretKeyErrorProperty().get()).as("still empty").isEmpty();
    }

    @Test
    void keysSourceValidatesKeyIdAndSecret() {
        form.sourceProperty().set(SourceKind.KEYS);
        assertThat(form.isValid()).isFalse();
        form.accessKeyIdProperty().set(KEY_ID);
        assertThat(form.isValid()).as("secret missing").isFalse();
        form.secretKeyProperty().set(SECRET + " ");
        assertThat(form.isValid()).as("secret with a space").isFalse();
        assertThat(form.secretKeyErrorProperty().get()).contains("spaces");
        form.secretKeyProperty().set(SECRET);
        assertThat(form.isValid()).isTrue();
        // The profile is irrelevant for typed keys.
        form.revealAllErrors();
        assertThat(form.profileErrorProperty().get()).isEmpty();
    }

    @Test
    void profileSourceRequiresAProfileAndIgnoresKeys() {
        form.sourceProperty().set(SourceKind.PROFILE);
        form.accessKeyIdProperty().set("garbage");
        assertThat(form.isValid()).isFalse();
        assertThat(form.accessKeyIdErrorProperty().get()).as("keys pane hidden").isEmpty();
        form.profileProperty().set("dev");
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void environmentSourceNeedsNeitherProfileNorKeys() {
        form.sourceProperty().set(SourceKind.ENVIRONMENT);
        form.revealAllErrors();
        assertThat(form.isValid()).isTrue();
        assertThat(form.profileErrorProperty().get()).isEmpty();
        assertThat(form.accessKeyIdErrorProperty().get()).isEmpty();
        assertThat(form.secretKeyErrorProperty().get()).isEmpty();
    }

    @Test
    void mfaFieldsAreValidatedOnlyWhenMfaIsUsed() {
        form.sourceProperty().set(SourceKind.ENVIRONMENT);
        form.mfaSerialProperty().set("bad serial");
        form.mfaCodeProperty().set("12");
        form.durationProperty().set("5 min");
        assertThat(form.isValid()).isTrue();
        assertThat(form.mfaCodeErrorProperty().get()).isEmpty();

        form.useMfaProperty().set(true);
        assertThat(form.isValid()).isFalse();
        assertThat(form.mfaSerialErrorProperty().get()).isNotEmpty();
        assertThat(form.mfaCodeErrorProperty().get()).contains("6-digit");
        assertThat(form.durationErrorProperty().get()).contains("900");

        form.mfaSerialProperty().set(SERIAL);
        form.mfaCodeProperty().set(CODE);
        form.durationProperty().set("36 h");
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void validityFollowsTheFieldsAsTheyChange() {
        form.sourceProperty().set(SourceKind.ENVIRONMENT);
        assertThat(form.isValid()).isTrue();
        form.regionProperty().set("nowhere");
        assertThat(form.isValid()).isFalse();
        form.regionProperty().set("us-east-1");
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void onlyTheChosenSourcesFieldsShow() {
        var profile = form.showsFieldsOf(SourceKind.PROFILE);
        var environment = form.showsFieldsOf(SourceKind.ENVIRONMENT);
        var keys = form.showsFieldsOf(SourceKind.KEYS);
        assertThat(List.of(profile.get(), environment.get(), keys.get())).containsExactly(true, false, false);
        form.sourceProperty().set(SourceKind.KEYS);
        assertThat(List.of(profile.get(), environment.get(), keys.get())).containsExactly(false, false, true);
        form.sourceProperty().set(SourceKind.ENVIRONMENT);
        assertThat(List.of(profile.get(), environment.get(), keys.get())).containsExactly(false, true, false);
    }

    @Test
    void choosingAProfilePrefillsItsRegionAndMfaDevice() {
        form.profiles().setAll(
                new ProfileInfo("plain", Optional.empty(), Optional.empty(), ProfileInfo.Kind.STATIC_KEYS, false, true),
                new ProfileInfo("dev", Optional.of("ap-southeast-2"), Optional.of(SERIAL), ProfileInfo.Kind.STATIC_KEYS,
                        true, true));

        form.profileProperty().set("plain");
        assertThat(form.regionProperty().get()).as("no region in the profile: keep the typed one")
                .isEqualTo("eu-west-1");
        assertThat(form.useMfaProperty().get()).isFalse();

        form.profileProperty().set("dev");
        assertThat(form.regionProperty().get()).isEqualTo("ap-southeast-2");
        assertThat(form.mfaSerialProperty().get()).isEqualTo(SERIAL);
        assertThat(form.useMfaProperty().get()).isTrue();

        form.profileProperty().set("plain");
        assertThat(form.mfaSerialProperty().get()).as("dev's device does not stay behind").isEmpty();
        assertThat(form.useMfaProperty().get()).isFalse();
    }

    @Test
    void aTypedMfaDeviceSurvivesChangingProfile() {
        form.profiles().setAll(
                new ProfileInfo("a", Optional.empty(), Optional.empty(), ProfileInfo.Kind.STATIC_KEYS, false, true),
                new ProfileInfo("b", Optional.empty(), Optional.empty(), ProfileInfo.Kind.STATIC_KEYS, false, true));
        form.profileProperty().set("a");
        form.useMfaProperty().set(true);
        form.mfaSerialProperty().set(SERIAL);
        form.profileProperty().set("b");
        assertThat(form.mfaSerialProperty().get()).isEqualTo(SERIAL);
        assertThat(form.useMfaProperty().get()).isTrue();
    }

    @Test
    void typedKeysWithMfaBecomeTheRequest() {
        fillKeysWithMfa();
        assertThat(form.isValid()).isTrue();

        SignInRequest request = form.toRequest(LOCAL);

        assertThat(request.source()).isInstanceOfSatisfying(CredentialSource.TypedKeys.class, keys -> {
            assertThat(keys.accessKeyId()).as("trimmed").isEqualTo(KEY_ID);
            assertThat(keys.secretAccessKey().reveal()).isEqualTo(SECRET);
        });
        assertThat(request.region()).isEqualTo(Region.EU_WEST_1);
        assertThat(request.mfa()).hasValueSatisfying(mfa -> {
            assertThat(mfa.serialNumber()).isEqualTo(SERIAL);
            assertThat(mfa.tokenCode().reveal()).isEqualTo(CODE);
            assertThat(mfa.durationSeconds()).isEqualTo(4 * 3600);
        });
        var local = Optional.of(URI.create("http://localhost:4566"));
        assertThat(request.endpoints().ec2()).isEqualTo(local);
        assertThat(request.endpoints().sts()).isEqualTo(local);
    }

    @Test
    void theRequestNeverPrintsTheSecretOrTheCode() {
        fillKeysWithMfa();
        var text = form.toRequest(LOCAL).toString();
        assertThat(text).doesNotContain(SECRET).doesNotContain(CODE).contains(KEY_ID.substring(0, 4));
    }

    @Test
    void profileAndEnvironmentSourcesBecomeTheirRequests() {
        form.profileProperty().set(" dev ");
        var typedEndpoint = "http://127.0.0.1:9999";
        form.endpointUrlProperty().set(typedEndpoint);
        var request = form.toRequest(LOCAL);
        assertThat(request.source()).isEqualTo(new CredentialSource.NamedProfile("dev"));
        assertThat(request.mfa()).isEmpty();
        assertThat(request.endpoints().ec2()).as("typed URL wins over AWS_ENDPOINT_URL")
                .contains(URI.create(typedEndpoint));

        form.sourceProperty().set(SourceKind.ENVIRONMENT);
        assertThat(form.toRequest(LOCAL).source()).isInstanceOf(CredentialSource.EnvironmentVariables.class);
    }

    @Test
    void clearingTheMfaCodeEmptiesItAndHidesErrorsAgain() {
        fillKeysWithMfa();
        form.revealAllErrors();
        form.clearMfaCode();
        assertThat(form.mfaCodeProperty().get()).isEmpty();
        assertThat(form.isValid()).isFalse();
        // A spent code is not the user's mistake: no red message until the next attempt.
        assertThat(form.mfaCodeErrorProperty().get()).isEmpty();
        assertThat(form.mfaSerialProperty().get()).as("everything else is kept").isEqualTo(SERIAL);
    }

    @Test
    void mfaDurationParsedForTheRequestIsWithinAwsBounds() {
        fillKeysWithMfa();
        form.durationProperty().set("15 min");
        assertThat(form.toRequest(LOCAL).mfa()).map(MfaRequest::durationSeconds).contains(MfaRequest.MIN_DURATION);
    }

    private void fillKeysWithMfa() {
        form.sourceProperty().set(SourceKind.KEYS);
        form.accessKeyIdProperty().set(" " + KEY_ID + " ");
        form.secretKeyProperty().set(SECRET);
        form.useMfaProperty().set(true);
        form.mfaSerialProperty().set(SERIAL);
        form.mfaCodeProperty().set(" " + CODE + " ");
        form.durationProperty().set("4 h");
    }

    private List<String> visibleErrors() {
        return List.of(form.profileErrorProperty().get(), form.accessKeyIdErrorProperty().get(),
                form.secretKeyErrorProperty().get(), form.regionErrorProperty().get(),
                form.mfaSerialErrorProperty().get(), form.mfaCodeErrorProperty().get(),
                form.durationErrorProperty().get(), form.endpointErrorProperty().get());
    }
}
