package org.spotspec.model.session;

import java.util.function.Consumer;
import org.spotspec.aws.AwsSession;

/**
 * Renews an IAM Identity Center session whose login ended: refreshed quietly when it can be,
 * else logged in again with the device-code dialog. The app's is the SSO models'; without one
 * (tests of other things) the renewal gives up and the user is told to sign in again.
 */
@FunctionalInterface
public interface SsoRelogin {
    SsoRelogin NONE = (expired, renewed, gaveUp) -> gaveUp.run();

    /** Runs on the FX thread; exactly one of {@code renewed} or {@code gaveUp} runs later. */
    void loginAgain(AwsSession expired, Consumer<AwsSession> renewed, Runnable gaveUp);
}
