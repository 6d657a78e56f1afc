package org.spotspec.ui.common;

/** Switches the window between the sign-in view and the main view. */
public interface Navigator {

    /** Ends the session and shows sign-in; {@code forgetSecrets} also clears a typed secret key. */
    void signOut(boolean forgetSecrets);

    void showMain();

    /**
     * The main view with no session (no network, or no wish to sign in): the Prices and Archive
     * tabs read the price archive; nothing asks AWS.
     */
    void openOffline();

    /** From the offline main view back to sign-in, the form as the user left it. */
    void showSignIn();
}
