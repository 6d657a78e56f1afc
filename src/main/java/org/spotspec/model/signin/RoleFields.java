package org.spotspec.model.signin;

import java.util.ArrayList;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.spotspec.aws.RoleRequest;
import org.spotspec.aws.SignInValidation;
import org.spotspec.settings.RoleSettings;

/**
 * The sign-in form's "Then assume a role" part: a role ARN (offered from the last ones used), an
 * optional external id, with a message per field. Nothing here is a secret, so the ARNs may be
 * remembered in the settings.
 */
public final class RoleFields {
    private final BooleanProperty assumeRole = new SimpleBooleanProperty(false);
    private final StringProperty roleArn = new SimpleStringProperty("");
    private final StringProperty externalId = new SimpleStringProperty("");
    private final ObservableList<String> recentArns = FXCollections.observableArrayList();
    private final StringBinding roleArnError;
    private final StringBinding externalIdError;

    /** @param revealAll whether to show the messages of fields left empty (after a sign-in attempt) */
    public RoleFields(ReadOnlyBooleanProperty revealAll) {
        roleArnError = Bindings.createStringBinding(() -> shown(text(roleArn), SignInValidation.roleArn(text(roleArn)),
                revealAll.get()), assumeRole, roleArn, revealAll);
        externalIdError = Bindings.createStringBinding(() -> shown(text(externalId),
                SignInValidation.externalId(text(externalId)), revealAll.get()), assumeRole, externalId, revealAll);
    }

    private String shown(String value, String message, boolean revealAll) {
        return !assumeRole.get() || (value.isEmpty() && !revealAll) ? "" : message;
    }

    private static String text(StringProperty field) {
        return field.get() == null ? "" : field.get().trim();
    }

    /** True when no role is to be assumed, or the role's fields are acceptable. */
    public boolean isValid() {
        return !assumeRole.get() || (SignInValidation.roleArn(text(roleArn)).isEmpty()
                && SignInValidation.externalId(text(externalId)).isEmpty());
    }

    /** The role to assume, with the session length to ask for without an MFA code; empty when off. */
    public Optional<RoleRequest> toRequest(Integer seconds) {
        if (!assumeRole.get()) {
            return Optional.empty();
        }
        return Optional.of(new RoleRequest(text(roleArn), Optional.of(text(externalId)), Optional.ofNullable(seconds)));
    }

    /** What to remember after a sign-in: ticked or not, and this ARN first when a role was assumed. */
    public RoleSettings remembered(RoleSettings before) {
        if (!assumeRole.get()) {
            return new RoleSettings(false, before.roleArns());
        }
        var arns = new ArrayList<String>();
        arns.add(text(roleArn));
        arns.addAll(before.roleArns());
        return new RoleSettings(true, arns);
    }

    /** Offers the remembered ARNs and fills in the last one; ticked if a role was assumed last time. */
    public void restore(RoleSettings remembered) {
        recentArns.setAll(remembered.roleArns());
        roleArn.set(remembered.roleArns().isEmpty() ? "" : remembered.roleArns().get(0));
        assumeRole.set(remembered.assumeRole());
    }

    public BooleanProperty assumeRoleProperty() {
        return assumeRole;
    }

    public StringProperty roleArnProperty() {
        return roleArn;
    }

    public StringProperty externalIdProperty() {
        return externalId;
    }

    /** The last role ARNs used, newest first, for the ARN field's list. */
    public ObservableList<String> recentArns() {
        return recentArns;
    }

    public StringBinding roleArnErrorProperty() {
        return roleArnError;
    }

    public StringBinding externalIdErrorProperty() {
        return externalIdError;
    }
}
