package org.spotspec.ui.common;

/** Switches the window between the sign-in view and the main view. */
public interface Navigator {

    /** Shows sign-in; {@code forgetSecrets} also clears a typed secret key. */
    void showSignIn(boolean forgetSecrets);

    void showMain();
}
