package org.spotspec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spotspec sso}: IAM Identity Center; alone, it shows its commands' help. */
@Command(name = "sso", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"IAM Identity Center (SSO): 'login' signs in on this terminal with the device authorization flow.",
            "Commands with --profile <an SSO profile> use the AWS CLI's cached login (aws sso login, or sso login "
                    + "--share)."})
final class SsoCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
