package org.spotspec.model.signin;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import org.spotspec.aws.AwsProblem;

/**
 * Where the sign-in view puts the cursor, and when; the view only moves it. The cursor goes where
 * typing starts each time the view shows, and again when the profiles arrive (the chosen profile
 * may bring its MFA device, and then the code is what is left to type) unless the user is
 * already typing in a text field. When AWS refuses the MFA code, it goes to the code once the
 * form takes input again (a disabled field cannot take the cursor, so moving it while the sign-in
 * still runs did nothing).
 */
public final class SignInFocus {
    /** What can take the cursor. */
    public enum Target { ACCESS_KEY_ID, SECRET_KEY, MFA_CODE, SIGN_IN_BUTTON }

    private final SignInForm form;
    private Consumer<Target> cursor = target -> { };
    private BooleanSupplier typing = () -> false;
    private boolean toCodeWhenDone;

    /** @param signingIn true while a sign-in runs and the form takes no input */
    SignInFocus(SignInForm form, ObservableValue<AwsProblem> problem, ObservableValue<Boolean> signingIn) {
        this.form = form;
        problem.addListener((obs, old, now) -> {
            if (now != null && now.kind() == AwsProblem.Kind.WRONG_MFA_CODE) {
                toCodeWhenDone = true;
                moveToCodeIfDone(signingIn.getValue());
            }
        });
        signingIn.addListener((obs, was, running) -> moveToCodeIfDone(running));
    }

    private void moveToCodeIfDone(boolean running) {
        if (toCodeWhenDone && !running) {
            toCodeWhenDone = false;
            cursor.accept(Target.MFA_CODE);
        }
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
        cursor.accept(whereTypingStarts());
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
