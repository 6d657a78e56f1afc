package org.spotspec.model.signin;

import org.spotspec.aws.Environment;
import org.spotspec.aws.MfaDurations;
import org.spotspec.settings.Settings;

/** Moves the sign-in choices (never a secret) between the form and the saved settings. */
public final class SignInSettingsAdapter {
    private static final String FALLBACK_REGION = "us-east-1";

    private SignInSettingsAdapter() {
    }

    /**
     * Fills the form from the last run. The region comes from {@code AWS_REGION} (or
     * {@code AWS_DEFAULT_REGION}), else the last one used; a profile with its own region
     * overrides both once it is chosen.
     */
    public static void restore(SignInForm form, Settings settings, Environment env) {
        form.sourceProperty().set(SourceKind.valueOf(settings.sourceKind()));
        form.regionProperty().set(env.get("AWS_REGION").or(() -> env.get("AWS_DEFAULT_REGION"))
                .orElse(settings.region().isEmpty() ? FALLBACK_REGION : settings.region()));
        form.useMfaProperty().set(settings.useMfa());
        form.durationProperty().set(MfaDurations.format(settings.mfaDurationSeconds()));
        form.endpointUrlProperty().set(settings.endpointUrl());
        form.profileProperty().set(env.get("AWS_PROFILE").orElse(settings.profile()));
        form.role().restore(settings.roles());
    }

    /** The settings after a successful sign-in with {@code form}. */
    public static Settings remember(SignInForm form, Settings settings) {
        var seconds = MfaDurations.parse(form.durationProperty().get());
        return settings.withSourceKind(form.sourceProperty().get().name())
                .withProfile(form.profileProperty().get())
                .withRegion(form.regionProperty().get())
                .withUseMfa(form.useMfaProperty().get())
                // A role's session length belongs to its profile (duration_seconds), not to MFA sessions.
                .withMfaDurationSeconds(seconds == null || form.assumesARole() ? settings.mfaDurationSeconds()
                        : seconds)
                .withEndpointUrl(form.endpointUrlProperty().get().trim())
                .withRoles(form.role().remembered(settings.roles()));
    }
}
