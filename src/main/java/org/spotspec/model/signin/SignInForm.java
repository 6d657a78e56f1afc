package org.spotspec.model.signin;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.spotspec.aws.Environment;
import org.spotspec.aws.MfaDurations;
import org.spotspec.aws.ProfileInfo;
import org.spotspec.aws.RoleChain;
import org.spotspec.aws.RoleProfile;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.SignInValidation;

/**
 * What the user typed into the sign-in view, with a message per field and overall validity.
 * Errors are shown for a field once it holds something, and for every field after a sign-in
 * attempt ({@link #revealAllErrors()}), so an empty form does not greet the user in red.
 */
public final class SignInForm {
    private static final String ONE_HOUR = MfaDurations.format(RoleProfile.DEFAULT_DURATION);
    private final ObjectProperty<SourceKind> source = new SimpleObjectProperty<>(SourceKind.PROFILE);
    private final ObservableList<ProfileInfo> profiles = FXCollections.observableArrayList();
    private final StringProperty profile = new SimpleStringProperty("");
    private final StringProperty accessKeyId = new SimpleStringProperty("");
    private final StringProperty secretKey = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final BooleanProperty useMfa = new SimpleBooleanProperty(false);
    private final StringProperty mfaSerial = new SimpleStringProperty("");
    private final StringProperty mfaCode = new SimpleStringProperty("");
    private final StringProperty duration = new SimpleStringProperty("12 h");
    private final StringProperty endpointUrl = new SimpleStringProperty("");
    private final BooleanProperty revealAll = new SimpleBooleanProperty(false);
    private final ObservableList<String> durationChoices = FXCollections.observableArrayList(MfaDurations.CHOICES);
    private final RoleFields typedRole = new RoleFields(revealAll);
    private java.util.Map<String, RoleChain> roleChains = java.util.Map.of();
    /** The MFA session length chosen before a role profile replaced it with the role's. */
    private String mfaSessionLength;

    private final StringBinding profileError = rule(profile, SignInValidation::profile, SourceKind.PROFILE);
    private final StringBinding accessKeyIdError = rule(accessKeyId, SignInValidation::accessKeyId, SourceKind.KEYS);
    private final StringBinding secretKeyError = rule(secretKey, SignInValidation::secretKey, SourceKind.KEYS);
    private final StringBinding regionError = rule(region, SignInValidation::region, null);
    private final StringBinding mfaSerialError = mfaRule(mfaSerial, SignInValidation::mfaSerial);
    private final StringBinding mfaCodeError = mfaRule(mfaCode, SignInValidation::mfaCode);
    private final SessionLength length = new SessionLength(this);
    private final StringBinding durationError = mfaRule(duration, length::problem);
    private final StringBinding roleDurationError = check(duration, length::problem, length::belongsToTheRole,
            duration, useMfa, typedRole.assumeRoleProperty(), revealAll, source, profile);
    private final StringBinding endpointError = rule(endpointUrl, SignInValidation::endpoint, null);
    private final BooleanBinding valid = Bindings.createBooleanBinding(this::computeValid, source, profile,
            accessKeyId, secretKey, region, useMfa, mfaSerial, mfaCode, duration, endpointUrl,
            typedRole.assumeRoleProperty(), typedRole.roleArnProperty(), typedRole.externalIdProperty());

    public SignInForm() {
        profile.addListener((obs, old, name) -> prefillFrom(old, name));
        typedRole.assumeRoleProperty().addListener((obs, was, on) -> typedRoleToggled(on));
    }

    private StringBinding rule(StringProperty field, Function<String, String> check, SourceKind onlyFor) {
        return check(field, check, () -> onlyFor == null || source.get() == onlyFor, field, source, revealAll);
    }

    private StringBinding mfaRule(StringProperty field, Function<String, String> check) {
        return check(field, check, useMfa::get, field, useMfa, revealAll, source, profile);
    }

    private StringBinding check(StringProperty field, Function<String, String> check, BooleanSupplier applies,
                                Observable... dependencies) {
        return Bindings.createStringBinding(() -> {
            // Null for a moment while the profile list is read again (the chooser's items are replaced).
            var value = field.get() == null ? "" : field.get();
            return !applies.getAsBoolean() || (value.isEmpty() && !revealAll.get()) ? "" : check.apply(value);
        }, dependencies);
    }

    /** Whether sign-in assumes a role: a role profile's, or the one typed in. */
    public boolean assumesARole() {
        return chosenRole().isPresent() || typedRole.assumeRoleProperty().get();
    }

    /** A typed role takes AssumeRole's lengths (1 h by default); without it, the MFA session's come back. */
    private void typedRoleToggled(boolean on) {
        if (chosenRole().isPresent()) {
            return; // a role profile's lengths apply already
        }
        mfaSessionLength = on ? duration.get() : mfaSessionLength;
        durationChoices.setAll(on ? MfaDurations.ROLE_CHOICES : MfaDurations.CHOICES);
        duration.set(on || mfaSessionLength == null ? ONE_HOUR : mfaSessionLength);
    }

    /** The roles the chosen profile assumes; empty for any other source. */
    public Optional<RoleChain> chosenRole() {
        var name = profile.get();
        return source.get() == SourceKind.PROFILE && name != null ? Optional.ofNullable(roleChains.get(name))
                : Optional.empty();
    }

    /** The role profiles' chains, by name, given before the profile list is filled. */
    public void roleChains(java.util.Map<String, RoleChain> chains) {
        roleChains = java.util.Map.copyOf(chains);
    }

    private boolean computeValid() {
        boolean sourceOk = switch (source.get()) {
            case PROFILE -> SignInValidation.profile(profile.get()).isEmpty();
            case KEYS -> SignInValidation.accessKeyId(accessKeyId.get()).isEmpty()
                    && SignInValidation.secretKey(secretKey.get()).isEmpty();
            case ENVIRONMENT -> true;
        };
        boolean mfaOk = !useMfa.get() || (SignInValidation.mfaSerial(mfaSerial.get()).isEmpty()
                && SignInValidation.mfaCode(mfaCode.get()).isEmpty());
        boolean lengthOk = !length.applies() || length.problem(duration.get()).isEmpty();
        return sourceOk && mfaOk && lengthOk && typedRole.isValid() && SignInValidation.region(region.get()).isEmpty()
                && SignInValidation.endpoint(endpointUrl.get()).isEmpty();
    }

    /**
     * Choosing a profile fills in its region and MFA device, as the CLI would use them. An MFA
     * device that came from the previous profile does not stay behind on one without it.
     */
    private void prefillFrom(String previousName, String name) {
        var previousSerial = find(previousName).flatMap(this::serialOf);
        var role = Optional.ofNullable(name).map(roleChains::get);
        boolean typed = typedRole.assumeRoleProperty().get();
        boolean wasRole = previousName != null && roleChains.containsKey(previousName);
        if (role.isPresent() && !wasRole && !typed) {
            mfaSessionLength = duration.get();
        } else if (role.isEmpty() && wasRole && mfaSessionLength != null && !typed) {
            duration.set(mfaSessionLength);
        }
        durationChoices.setAll(role.isPresent() || typed ? MfaDurations.ROLE_CHOICES : MfaDurations.CHOICES);
        role.ifPresent(c -> duration.set(MfaDurations.format(Math.min(c.target().defaultDuration(), c.maxDuration()))));
        find(name).ifPresent(p -> {
            p.region().ifPresent(region::set);
            if (serialOf(p).isPresent()) {
                mfaSerial.set(serialOf(p).get());
                useMfa.set(true);
            } else if (previousSerial.isPresent() && previousSerial.get().equals(mfaSerial.get())) {
                mfaSerial.set("");
                useMfa.set(false);
            }
        });
    }

    /** The profile's MFA device; for a chain of roles, the one a hop names. */
    private Optional<String> serialOf(ProfileInfo p) {
        return p.mfaSerial().or(() -> Optional.ofNullable(roleChains.get(p.name())).flatMap(RoleChain::mfaSerial));
    }

    /**
     * AWS refused the session length: offer 1 h, which every role allows. The MFA code stays,
     * as AWS refused the request before it looked at the code.
     */
    public void offerRoleMaximum() {
        duration.set(ONE_HOUR);
        revealAll.set(false);
    }

    /** The session lengths to choose from: GetSessionToken's, or AssumeRole's for a role profile. */
    public ObservableList<String> durationChoices() {
        return durationChoices;
    }

    private Optional<ProfileInfo> find(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Shows every field's message, including those of fields left empty. */
    public void revealAllErrors() {
        revealAll.set(true);
    }

    /** The one-time code is used once; it never outlives the attempt that used it. */
    public void clearMfaCode() {
        mfaCode.set("");
        revealAll.set(false);
    }

    /** The request this form describes; call only when {@link #isValid()}. */
    public SignInRequest toRequest(Environment environment) {
        return SignInRequests.of(this, environment);
    }

    /** The "Then assume a role" part: a role ARN assumed with the chosen source's credentials. */
    public RoleFields role() {
        return typedRole;
    }

    public boolean isValid() {
        return valid.get();
    }

    public ObjectProperty<SourceKind> sourceProperty() {
        return source;
    }

    /** Whether the view shows the fields of {@code kind}: only the chosen source's show. */
    public BooleanBinding showsFieldsOf(SourceKind kind) {
        return source.isEqualTo(kind);
    }

    public ObservableList<ProfileInfo> profiles() {
        return profiles;
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public StringProperty accessKeyIdProperty() {
        return accessKeyId;
    }

    public StringProperty secretKeyProperty() {
        return secretKey;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public BooleanProperty useMfaProperty() {
        return useMfa;
    }

    public StringProperty mfaSerialProperty() {
        return mfaSerial;
    }

    public StringProperty mfaCodeProperty() {
        return mfaCode;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty endpointUrlProperty() {
        return endpointUrl;
    }

    public StringBinding profileErrorProperty() {
        return profileError;
    }

    public StringBinding accessKeyIdErrorProperty() {
        return accessKeyIdError;
    }

    public StringBinding secretKeyErrorProperty() {
        return secretKeyError;
    }

    public StringBinding regionErrorProperty() {
        return regionError;
    }

    public StringBinding mfaSerialErrorProperty() {
        return mfaSerialError;
    }

    public StringBinding mfaCodeErrorProperty() {
        return mfaCodeError;
    }

    public StringBinding durationErrorProperty() {
        return durationError;
    }

    /** The length's message in the role part: there it is asked for when a typed role takes no MFA code. */
    public StringBinding roleDurationErrorProperty() {
        return roleDurationError;
    }

    public StringBinding endpointErrorProperty() {
        return endpointError;
    }
}
