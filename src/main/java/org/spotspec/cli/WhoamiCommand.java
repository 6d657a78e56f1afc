package org.spotspec.cli;

import org.spotspec.aws.AssumedRole;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.SourceLabels;
import org.spotspec.cli.output.Column;
import org.spotspec.cli.output.ResultTable;
import picocli.CommandLine.Command;

/** {@code spotspec whoami}: signs in and says who the credentials belong to (GetCallerIdentity). */
@Command(name = "whoami", mixinStandardHelpOptions = true, abbreviateSynopsis = true, versionProvider = VersionProvider.class,
        description = "Sign in (with an MFA session if a device is known) and show the account and ARN.",
        footer = {"", "Examples:", "  spotspec whoami --profile dev", "  echo 123456 | spotspec whoami --profile dev"})
final class WhoamiCommand extends AwsCommand {

    WhoamiCommand(CliContext context) {
        super(context);
    }

    @Override
    void check() {
        // Nothing beyond the common options.
    }

    @Override
    String action() {
        return "Who am I";
    }

    @Override
    int run(AwsSession session) {
        var id = session.identity();
        print(new ResultTable(Column.of("account", "ACCOUNT"), Column.of("arn", "ARN"), Column.detail("userId"),
                Column.of("region", "REGION"), Column.of("credentials", "CREDENTIALS"),
                Column.of("mfaSession", "MFA SESSION"), Column.of("expires", "EXPIRES"))
                .add(id.account(), id.arn(), id.userId(), session.region().id(), session.assumedRole()
                                .map(AssumedRole::credentialsLabel).orElseGet(() -> SourceLabels.label(session)),
                        session.isMfaSession(), session.expiresAt().orElse(null)));
        return ExitCode.OK;
    }
}
