package org.spotspec.ui.account;

import java.time.Duration;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsRegions;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.SourceLabels;
import org.spotspec.model.account.AccountModel;
import org.spotspec.model.session.SessionState;

/** The Account tab's wording: region names, endpoints, what kind of session, time left, EC2 access. */
final class AccountTexts {
    private AccountTexts() {
    }

    static String regionName(String id) {
        return AwsRegions.commercial().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(AwsRegions.Choice::label).orElse(id);
    }

    static String endpoints(AwsEndpoints endpoints) {
        if (!endpoints.isOverridden()) {
            return "AWS (the region's public endpoints)";
        }
        return "EC2 " + endpoints.ec2().map(Object::toString).orElse("AWS") + "   ·   STS "
                + endpoints.sts().map(Object::toString).orElse("AWS");
    }

    static String sessionKind(AwsSession s) {
        if (s == null) {
            return "";
        }
        if (s.assumedRole().isPresent()) {
            return "Assumed role (AssumeRole) " + s.assumedRole().get().assumedRoleArn()
                    + s.mfaSerial().map(serial -> ", MFA with " + serial).orElse("");
        }
        if (SourceLabels.isSso(s)) {
            return "IAM Identity Center role credentials (GetRoleCredentials), fetched again while the login lasts";
        }
        if (SourceLabels.isCredentialProcess(s)) {
            return "Credentials from the profile's credential_process, as it gives them (no MFA session)";
        }
        return s.mfaSerial().map(serial -> "MFA session (GetSessionToken) with " + serial)
                .orElse("The source's own credentials, as they are (no MFA session)");
    }

    static String timeLeft(Duration left) {
        if (left == null) {
            return "—";
        }
        return left.isZero() ? "Expired" : SessionState.formatRemaining(left);
    }

    static String ec2(AccountModel.Ec2Access access) {
        return switch (access) {
            case UNKNOWN -> "Not checked yet";
            case CHECKING -> "Checking…";
            case OK -> "EC2 answers with these credentials ✓";
            case FAILED -> "EC2 refused these credentials (see the status bar and the Log tab)";
        };
    }
}
