package org.spotspec.ui.sso;

import java.util.function.Supplier;
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
        var login = new SsoLoginDialog[1];
        flow.login().activeProperty().addListener((obs, was, active) -> {
            if (active) {
                login[0] = new SsoLoginDialog(flow.login(), owner.get());
                login[0].show();
            } else if (login[0] != null) {
                login[0].closeItself();
                login[0] = null;
            }
        });
        var chooser = new SsoRoleDialog[1];
        flow.chooser().activeProperty().addListener((obs, was, active) -> {
            if (active) {
                chooser[0] = new SsoRoleDialog(flow.chooser(), owner.get());
                chooser[0].show();
            } else if (chooser[0] != null) {
                chooser[0].closeItself();
                chooser[0] = null;
            }
        });
    }
}
