package org.spotspec.cli;

import java.util.ArrayList;
import java.util.List;
import org.spotspec.cli.output.OutputFormat;
import picocli.CommandLine.Option;

/**
 * The options every AWS command takes: where the credentials come from, the region, the endpoint,
 * the MFA session, and the output format. Secrets are never options: keys come from a profile or
 * the standard environment variables, and an MFA code given here is used once and never printed.
 */
public final class CommonOptions {

    @Option(names = "--profile", paramLabel = "<name>",
            description = "Profile of the shared config/credentials files (default: AWS_PROFILE, or the "
                    + "environment's keys, or 'default').")
    String profile;

    @Option(names = "--region", paramLabel = "<region>", split = ",",
            description = "Region, e.g. eu-west-1 (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--endpoint-url", paramLabel = "<url>",
            description = "Send STS and EC2 calls to this URL, e.g. a local emulator (default: AWS_ENDPOINT_URL, "
                    + "AWS_ENDPOINT_URL_EC2, AWS_ENDPOINT_URL_STS).")
    String endpointUrl;

    @Option(names = "--mfa-serial", paramLabel = "<arn>",
            description = "MFA device ARN or serial for an MFA session (default: the profile's mfa_serial).")
    String mfaSerial;

    @Option(names = "--mfa-code", paramLabel = "<code>",
            description = "The 6-digit MFA code. Without it, and with an MFA device known, it is asked for on the "
                    + "terminal (or read from standard input).")
    String mfaCode;

    @Option(names = "--no-mfa", description = "Use the credentials as they are, even if the profile names an "
            + "MFA device.")
    boolean noMfa;

    @Option(names = "--duration", paramLabel = "<time>",
            description = "MFA session length: 15m to 36h, e.g. 900, 90m, 12h (default: 12h); for a role profile "
                    + "15m to 12h (default: its duration_seconds, else 1h).")
    String duration;

    @Option(names = "--role-arn", paramLabel = "<arn>",
            description = "Then assume this role with the credentials above (and the MFA code, if any), e.g. "
                    + "arn:aws:iam::123456789012:role/spot-admin; --duration 15m to 12h (default: 1h).")
    String roleArn;

    @Option(names = "--external-id", paramLabel = "<id>", description = "The external id --role-arn's role asks for.")
    String externalId;

    @Option(names = "--sso-account", paramLabel = "<id>", description = "With an IAM Identity Center profile: the "
            + "account to sign in to (with --sso-role), instead of the profile's sso_account_id.")
    String ssoAccount;

    @Option(names = "--sso-role", paramLabel = "<name>", description = "With an IAM Identity Center profile: the "
            + "role (permission set) in --sso-account, instead of the profile's sso_role_name.")
    String ssoRole;

    @Option(names = {"-o", "--output"}, paramLabel = "<format>", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat output;

    @Option(names = {"-v", "--verbose"}, description = "Log each AWS call (name, status, time) on stderr.")
    boolean verbose;

    @Option(names = "--debug", description = "Log in detail on stderr (never secrets).")
    boolean debug;
}
