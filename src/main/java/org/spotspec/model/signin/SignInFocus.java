package org.spotspec.model.signin;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.spotspec.aws.AwsProblem;

/**
 * Where the sign-in view puts the cursor, and when; the view only moves it. The cursor goes where
 * typing starts each time the view shows, and again when the profiles arrive (the chosen profile
 * may bring its MFA device, and then the code is what is left to type) unless the user is
 * already typing in a text field. When the form is refused as typed, it goes to the first field
 * with a message. When AWS refuses the MFA code, it goes to the code once the
 * form takes input again (a disabled field cannot take the cursor, so moving it while the sign-in
 * still runs did nothing); when AWS refuses to let the typed role be assumed, to the role ARN.
 */
public final class SignInFocus {
    /** What can take the cursor, in the view's order, top to bottom. */
    public enum Target {
        PROFILE, ACCESS_KEY_ID, SECRET_KEY, REGION, MFA_SERIAL, MFA_CODE, SESSION_LENGTH, ROLE_ARN, EXTERNAL_ID,
        ROLE_SESSION_LENGTH, ENDPOINT, SIGN_IN_BUTTON
    }

    private final SignInForm form;
    private Consumer<Target> cursor = target -> { };
    private BooleanSupplier typing = () -> false;
    /** Fields of the view's parts (the role part has its own controller), moved to without the main view. */
    private final Map<Target, Runnable> parts = new EnumMap<>(Target.class);
    /** Where the cursor goes once the form takes input again; null: nowhere. */
    private Target whenDone;
    /** Where the cursor was sent last; null: nowhere yet. */
    private Target lastSent;
    /** Each field's message, shown next to it; empty when there is nothing to correct. */
    private final Map<Target, ObservableStringValue> messages;

    /** @param signingIn true while a sign-in runs and the form takes no input */
    SignInFocus(SignInForm form, ObservableValue<AwsProblem> problem, ObservableValue<Boolean> signingIn) {
        this.form = form;
        this.messages = messagesOf(form);
        problem.addListener((obs, old, now) -> {
            whenDone = now == null ? null : toCorrect(now);
            moveIfDone(signingIn.getValue());
        });
        signingIn.addListener((obs, was, running) -> moveIfDone(running));
    }

    private static Map<Target, ObservableStringValue> messagesOf(SignInForm form) {
        var role = form.role();
        return Map.ofEntries(Map.entry(Target.PROFILE, form.profileErrorProperty()),
                Map.entry(Target.ACCESS_KEY_ID, form.accessKeyIdErrorProperty()),
                Map.entry(Target.SECRET_KEY, form.secretKeyErrorProperty()),
                Map.entry(Target.REGION, form.regionErrorProperty()),
                Map.entry(Target.MFA_SERIAL, form.mfaSerialErrorProperty()),
                Map.entry(Target.MFA_CODE, form.mfaCodeErrorProperty()),
                Map.entry(Target.SESSION_LENGTH, form.durationErrorProperty()),
                Map.entry(Target.ROLE_ARN, role.roleArnErrorProperty()),
                Map.entry(Target.EXTERNAL_ID, role.externalIdErrorProperty()),
                Map.entry(Target.ROLE_SESSION_LENGTH, form.roleDurationErrorProperty()),
                Map.entry(Target.ENDPOINT, form.endpointErrorProperty()));
    }

    /** The field that most likely holds the mistake AWS refused; null when it is not one field's. */
    private Target toCorrect(AwsProblem problem) {
        if (problem.kind() == AwsProblem.Kind.WRONG_MFA_CODE) {
            return Target.MFA_CODE;
        }
        return form.role().assumeRoleProperty().get() && isAboutTheRole(problem) ? Target.ROLE_ARN : null;
    }

    /**
     * AssumeRole's AccessDenied, as RoleErrors reads it (the trust policy, or its MFA condition): the
     * typed ARN may name the wrong role. GetCallerIdentity is never denied, and with a typed role no
     * GetSessionToken is called, so no other call of a sign-in gives this.
     */
    private static boolean isAboutTheRole(AwsProblem problem) {
        return "AccessDenied".equalsIgnoreCase(problem.code()) && problem.kind() == AwsProblem.Kind.PERMISSION;
    }

    private void moveIfDone(boolean running) {
        if (whenDone != null && !running) {
            var target = whenDone;
            whenDone = null;
            moveTo(target);
        }
    }

    private void moveTo(Target target) {
        lastSent = target;
        parts.getOrDefault(target, () -> cursor.accept(target)).run();
    }

    /**
     * The view's side; until it attaches, nothing moves.
     *
     * @param cursor moves the cursor to a target
     * @param typing whether the cursor is in a text field now
     */
    public void attach(Consumer<Target> cursor, BooleanSupplier typing) {
        this.cursor = cursor;
        this.typing = typing;
    }

    /**
     * A part of the view with a controller of its own takes {@code target} itself: the main view
     * need not know the part's fields.
     *
     * @param moveThere moves the cursor to the part's field
     */
    public void attachPart(Target target, Runnable moveThere) {
        parts.put(target, moveThere);
    }

    /**
     * Whether {@code target} is still where the cursor was sent last. A move the view has to put
     * off (its field not yet in the scene) must not land after a later one that could be made at
     * once: the cursor would end where it was sent first.
     */
    public boolean isLatest(Target target) {
        return target == lastSent;
    }

    /**
     * The form was refused as typed and every field's message is shown: the cursor goes to the
     * first field to correct, top to bottom, where the user reads the first message.
     */
    void formRefused() {
        Arrays.stream(Target.values()).filter(t -> messages.containsKey(t) && !messages.get(t).get().isEmpty())
                .findFirst().ifPresent(this::moveTo);
    }

    /** The view has just been shown: the cursor goes where typing starts. */
    public void viewShown() {
        toWhereTypingStarts();
    }

    /**
     * The profile list is about to be refilled; run what this returns once a profile has been
     * chosen from it. Whether the user is typing is asked now, as the profiles come; where typing
     * starts, only then.
     *
     * @param listChanges false when an empty list stays empty: nothing changes on screen
     */
    Runnable profilesArriving(boolean listChanges) {
        if (!listChanges || typing.getAsBoolean()) {
            return () -> { };
        }
        return this::toWhereTypingStarts;
    }

    private void toWhereTypingStarts() {
        moveTo(whereTypingStarts());
    }

    /** The first thing left to type, given what is filled in; the button when nothing is. */
    public Target whereTypingStarts() {
        boolean keys = form.sourceProperty().get() == SourceKind.KEYS;
        if (keys && form.accessKeyIdProperty().get().isBlank()) {
            return Target.ACCESS_KEY_ID;
        }
        if (keys && form.secretKeyProperty().get().isEmpty()) {
            return Target.SECRET_KEY;
        }
        boolean mfaCode = form.useMfaProperty().get() && !form.mfaSerialProperty().get().isBlank();
        return mfaCode ? Target.MFA_CODE : Target.SIGN_IN_BUTTON;
    }
}
