package org.spotspec.ui.main;

import java.time.Duration;
import java.util.Optional;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CallerIdentity;
import org.spotspec.aws.SourceLabels;
import org.spotspec.model.account.AccountModel;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.status.StatusState;

/** What the status bar's segments say, worked out from the models' values. */
final class StatusTexts {
    private StatusTexts() {
    }

    /** What runs, oldest first; not the price sync, which has its own segment with its progress. */
    static String busy(java.util.List<String> running) {
        var shown = running.stream().filter(t -> !t.equals(StatusState.SYNC_TASK)).toList();
        return shown.isEmpty() ? "" : String.join(", ", shown) + "…";
    }

    /** The status bar shows in the main window only, which without a session is the offline one. */
    static String account(CallerIdentity identity) {
        if (identity == null) {
            return "Offline — not signed in";
        }
        var a = identity.account();
        var grouped = a.length() == 12 ? a.substring(0, 4) + "-" + a.substring(4, 8) + "-" + a.substring(8) : a;
        return "Account " + grouped + " · " + identity.shortName();
    }

    static String region(AwsSession current) {
        return current == null ? "" : current.region().id();
    }

    /** What a screen reader says for the region segment, which opens the region chooser. */
    static String regionAccessible(AwsSession current) {
        return current == null ? "" : "Region " + current.region().id() + ", switch region";
    }

    static String source(AwsSession current) {
        if (current == null) {
            return "";
        }
        return SourceLabels.label(current) + (current.endpoints().isOverridden() ? " · local endpoint" : "");
    }

    static String session(Optional<AwsSession> current, Duration remaining) {
        if (current.isEmpty()) {
            return "";
        }
        if (remaining == null) {
            if (SourceLabels.isSso(current.get())) {
                return "IAM Identity Center role credentials, fetched again while the login lasts";
            }
            return SourceLabels.isCredentialProcess(current.get())
                    ? "Credentials from the process, fetched again before they end"
                    : "Long-term credentials (no MFA session)";
        }
        var kind = SourceLabels.isSso(current.get()) ? "SSO login"
                : current.get().assumedRole().isPresent() ? "Role session" : "MFA session";
        return remaining.isZero() ? kind + " expired" : kind + " " + SessionState.formatRemaining(remaining) + " left";
    }

    static String ec2(AccountModel.Ec2Access access) {
        return switch (access) {
            case UNKNOWN -> "";
            case CHECKING -> "EC2: checking…";
            case OK -> "EC2 ✓";
            case FAILED -> "EC2 ✗";
        };
    }
}
