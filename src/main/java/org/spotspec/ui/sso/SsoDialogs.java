package org.spotspec.ui.sso;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.stage.Window;
import org.spotspec.model.sso.SsoSignInFlow;

/**
 * Shows the IAM Identity Center dialogs while their models are active: the device-code dialog
 * during a login, the chooser while an account and role are chosen. The models decide; this only
 * opens and closes windows.
 */
public final class SsoDialogs {
    private SsoDialogs() {
    }

    public static void follow(SsoSignInFlow flow, Supplier<Window> owner) {
        follow(flow.login().activeProperty(), () -> new SsoLoginDialog(flow.login(), owner.get()));
        follow(flow.chooser().activeProperty(), () -> new SsoRoleDialog(flow.chooser(), owner.get()));
    }

    private static void follow(ReadOnlyBooleanProperty active, Supplier<SsoDialog> create) {
        var open = new SsoDialog[1];
        active.addListener((obs, was, now) -> {
            if (now) {
                open[0] = create.get();
                open[0].show();
            } else if (open[0] != null) {
                open[0].closeItself();
                open[0] = null;
            }
        });
    }
}
