package org.spotspec.model.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.MfaDurations;
import org.spotspec.aws.ProfileInfo;
import org.spotspec.aws.RoleChain;
import software.amazon.awssdk.profiles.ProfileFile;

/** The sign-in form with role profiles: AssumeRole's session lengths, the device of the chain. */
class RoleSignInFormTest {
    private static final String SERIAL = "arn:aws:iam::123456789012:mfa/alice";
    private static final ProfileFile FILE = ProfileFile.builder().type(ProfileFile.Type.CONFIGURATION).content(
            String.join("\n", "[profile dev]", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
                    "[profile admin]", "role_arn = arn:aws:iam::123456789012:role/spot-admin", "source_profile = dev",
                    "mfa_serial = " + SERIAL, "duration_seconds = 7200",
                    "[profile chained]", "role_arn = arn:aws:iam::123456789012:role/deeper", "source_profile = admin",
                    "")).build();

    private SignInForm form;

    @BeforeEach
    void setUp() {
        form = new SignInForm();
        form.regionProperty().set("eu-west-1");
        form.durationProperty().set("12 h");
        form.roleChains(Map.of("admin", RoleChain.of(FILE, "admin").orElseThrow(),
                "chained", RoleChain.of(FILE, "chained").orElseThrow()));
        form.profiles().setAll(profile("dev", ProfileInfo.Kind.STATIC_KEYS, Optional.empty()),
                profile("admin", ProfileInfo.Kind.ROLE, Optional.of(SERIAL)),
                profile("chained", ProfileInfo.Kind.ROLE, Optional.empty()));
        form.profileProperty().set("dev");
    }

    private static ProfileInfo profile(String name, ProfileInfo.Kind kind, Optional<String> serial) {
        return new ProfileInfo(name, Optional.empty(), serial, kind, true, false);
    }

    @Test
    void aRoleProfileOffersAssumeRolesLengthsFromItsDurationSecondsAndGivesTheMfaLengthBack() {
        form.profileProperty().set("admin");

        assertThat(form.durationProperty().get()).isEqualTo("2 h");
        assertThat(form.durationChoices()).containsExactlyElementsOf(MfaDurations.ROLE_CHOICES);
        assertThat(form.useMfaProperty().get()).isTrue();
        assertThat(form.mfaSerialProperty().get()).isEqualTo(SERIAL);
        form.durationProperty().set("24 h");
        form.revealAllErrors();
        assertThat(form.durationErrorProperty().get()).contains("12 hours");
        form.durationProperty().set("12 h");
        assertThat(form.durationErrorProperty().get()).isEmpty();

        form.profileProperty().set("dev");
        assertThat(form.durationProperty().get()).isEqualTo("12 h");
        assertThat(form.durationChoices()).containsExactlyElementsOf(MfaDurations.CHOICES);
    }

    @Test
    void aChainedRoleTakesTheDeviceItsChainNamesAndAtMostOneHour() {
        form.profileProperty().set("chained");

        assertThat(form.mfaSerialProperty().get()).isEqualTo(SERIAL);
        assertThat(form.useMfaProperty().get()).isTrue();
        assertThat(form.durationProperty().get()).isEqualTo("1 h");
        form.durationProperty().set("2 h");
        form.revealAllErrors();
        assertThat(form.durationErrorProperty().get()).contains("at most 1 h");
    }

    @Test
    void aRefusedLengthOffersOneHourAndKeepsTheCode() {
        form.profileProperty().set("admin");
        form.mfaCodeProperty().set("246810");

        form.offerRoleMaximum();

        assertThat(form.durationProperty().get()).isEqualTo("1 h");
        assertThat(form.mfaCodeProperty().get()).isEqualTo("246810");
    }
}
