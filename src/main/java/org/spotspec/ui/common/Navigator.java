package org.spotspec.ui.common;

/** Switches the window between the sign-in view and the main view. */
public interface Navigator {

    /** Ends the session and shows sign-in; {@code forgetSecrets} also clears a typed secret key. */
    void signOut(boolean forgetSecrets);

    void showMain();
}
