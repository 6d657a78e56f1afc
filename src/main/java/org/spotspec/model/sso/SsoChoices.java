package org.spotspec.model.sso;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.spotspec.aws.SsoRole;

/**
 * What SpotSpec remembers of IAM Identity Center sign-ins (in its own settings, never in
 * ~/.aws/config): the account and role chosen for each profile that names none, and whether the
 * user shares in-app logins with the AWS CLI.
 */
public final class SsoChoices {
    private final ObservableMap<String, SsoRole> roles = FXCollections.observableHashMap();
    private final BooleanProperty share = new SimpleBooleanProperty(false);

    public Optional<SsoRole> roleOf(String profile) {
        return Optional.ofNullable(roles.get(profile));
    }

    public void remember(String profile, SsoRole role) {
        roles.put(profile, role);
    }

    public void forget(String profile) {
        roles.remove(profile);
    }

    /** The remembered roles by profile, observable so the settings follow. */
    public ObservableMap<String, SsoRole> roles() {
        return roles;
    }

    /** "Share this login with the AWS CLI", as the user last left it (off until ticked). */
    public BooleanProperty shareProperty() {
        return share;
    }
}
