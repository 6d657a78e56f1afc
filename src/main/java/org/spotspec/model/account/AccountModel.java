package org.spotspec.model.account;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.spotspec.aws.CallerIdentity;
import org.spotspec.aws.SessionService;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.status.StatusState;

/**
 * The signed-in account as the main window shows it: identity (refreshable), whether EC2
 * answers with these credentials, renewal and sign-out.
 */
public final class AccountModel {
    /** What the last EC2 access check found. */
    public enum Ec2Access { UNKNOWN, CHECKING, OK, FAILED }

    private final AwsCalls calls;
    private final SessionService sessions;
    private final SessionState session;
    private final ActivityLog log;
    private final StatusState status;
    private final ReadOnlyObjectWrapper<CallerIdentity> identity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Ec2Access> ec2 = new ReadOnlyObjectWrapper<>(Ec2Access.UNKNOWN);

    public AccountModel(AwsCalls calls, SessionService sessions, SessionState session, ActivityLog log,
                        StatusState status) {
        this.calls = calls;
        this.sessions = sessions;
        this.session = session;
        this.log = log;
        this.status = status;
        session.sessionProperty().addListener((obs, old, current) -> {
            identity.set(current == null ? null : current.identity());
            if (old == null || current == null) {
                status.clearError(); // signed out, or a new sign-in: the last session's error is not this one's
            }
        });
    }

    /** Called once the main window shows a new session: checks that EC2 answers. */
    public void checkEc2Access() {
        ec2.set(Ec2Access.CHECKING);
        calls.run("Check EC2 access", s -> {
            sessions.checkEc2Access(s);
            return Boolean.TRUE;
        }, ok -> ec2.set(Ec2Access.OK), problem -> {
            ec2.set(Ec2Access.FAILED);
            status.report(problem);
        });
    }

    /** GetCallerIdentity again (renewing the MFA session first if it has expired). */
    public void refreshIdentity() {
        calls.run("Refresh identity", sessions::whoAmI, identity::set);
    }

    public void renewSession() {
        calls.renewNow("Renew the MFA session before it ends.");
    }

    public void signOut() {
        var arn = identity.get() == null ? "" : " " + identity.get().arn();
        session.clear();
        ec2.set(Ec2Access.UNKNOWN);
        log.info("Signed out" + arn);
    }

    public ReadOnlyObjectProperty<CallerIdentity> identityProperty() {
        return identity.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Ec2Access> ec2AccessProperty() {
        return ec2.getReadOnlyProperty();
    }
}
