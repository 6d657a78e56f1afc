package org.spotspec.model.sso;

import java.util.HashMap;
import java.util.function.Consumer;
import javafx.collections.MapChangeListener;
import org.spotspec.aws.SsoRole;
import org.spotspec.settings.SsoSettings;

/** Moves the remembered IAM Identity Center choices between {@link SsoChoices} and the settings. */
public final class SsoSettingsAdapter {
    private SsoSettingsAdapter() {
    }

    /** Fills {@code choices} from {@code saved}, then hands every change to {@code save}. */
    public static void restoreAndRemember(SsoChoices choices, SsoSettings saved, Consumer<SsoSettings> save) {
        saved.roles().forEach((profile, text) -> {
            var parts = text.trim().split("\\s+");
            choices.remember(profile, new SsoRole(parts[0], parts[1]));
        });
        choices.shareProperty().set(saved.share());
        choices.roles().addListener((MapChangeListener<String, SsoRole>) change -> save.accept(of(choices)));
        choices.shareProperty().addListener((obs, old, now) -> save.accept(of(choices)));
    }

    static SsoSettings of(SsoChoices choices) {
        var roles = new HashMap<String, String>();
        choices.roles().forEach((profile, role) -> roles.put(profile, role.accountId() + " " + role.roleName()));
        return new SsoSettings(roles, choices.shareProperty().get());
    }
}
