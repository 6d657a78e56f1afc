package org.spotspec.cli;

import picocli.CommandLine.Command;

/** {@code spotspec}: the top of the command tree; it only shows help. */
@Command(name = "spotspec", mixinStandardHelpOptions = true, abbreviateSynopsis = true, versionProvider = VersionProvider.class,
        description = {"EC2 Spot Instances from a terminal: the desktop app's actions for scripts and CI.",
            "Without a command, spotspec opens the desktop app."},
        footer = {"", "Credentials: --profile, else AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY(/AWS_SESSION_TOKEN), "
                + "else AWS_PROFILE, else the profile 'default'; never a secret on the command line.",
            "With an MFA device (--mfa-serial or the profile's mfa_serial) and no --mfa-code, the code is asked "
                    + "for on stderr and read from stdin."})
final class SpotspecCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
