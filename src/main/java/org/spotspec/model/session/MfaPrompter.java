package org.spotspec.model.session;

import java.util.Optional;
import org.spotspec.aws.Secret;

/** Asks the user for a fresh MFA code; the UI shows a dialog, tests answer directly. */
@FunctionalInterface
public interface MfaPrompter {

    /**
     * What the prompt must tell the user.
     *
     * @param source        which credentials, e.g. {@code profile dev}
     * @param serial        the MFA device ARN
     * @param reason        why a code is needed now
     * @param previousError the last attempt's problem, empty on the first ask
     */
    record Prompt(String source, String serial, String reason, String previousError) {
    }

    /** Blocks (on the FX thread) until the user answers; empty when they cancel. */
    Optional<Secret> askForCode(Prompt prompt);
}
