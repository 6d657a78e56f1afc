package org.spotspec.model.session;

import java.util.function.Consumer;
import org.spotspec.aws.AwsSession;

/**
 * Renews an IAM Identity Center session whose login ended: refreshed quietly when it can be,
 * else logged in again with the device-code dialog. The app's is the SSO models'; without one
 * (tests of other things) the renewal gives up and the user is told to sign in again.
 */
public interface SsoRelogin {
    SsoRelogin NONE = new SsoRelogin() {
        @Override
        public void loginAgain(AwsSession expired, Consumer<AwsSession> renewed, Runnable gaveUp) {
            gaveUp.run();
        }

        @Override
        public void loginAgainForRole(AwsSession role, boolean refused, Runnable loggedIn, Runnable gaveUp) {
            gaveUp.run();
        }
    };

    /** Runs on the FX thread; exactly one of {@code renewed} or {@code gaveUp} runs later. */
    void loginAgain(AwsSession expired, Consumer<AwsSession> renewed, Runnable gaveUp);

    /**
     * Logs in again to the IAM Identity Center login behind {@code role} (a role assumed from an
     * SSO profile, {@link AwsSession#ssoSourceLogin()}), so that the role can be assumed again.
     * {@code refused}: the portal refused the login it has (signed out, revoked), however long it
     * would otherwise last, so only a new one helps. Runs on the FX thread; exactly one of
     * {@code loggedIn} or {@code gaveUp} runs later.
     */
    void loginAgainForRole(AwsSession role, boolean refused, Runnable loggedIn, Runnable gaveUp);
}
