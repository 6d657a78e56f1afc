package org.spotspec.cli;

import java.util.Optional;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.MfaDurations;
import org.spotspec.aws.MfaRequest;
import org.spotspec.aws.ProfileCatalog;
import org.spotspec.aws.ProfileDiscovery;
import org.spotspec.aws.ProfileInfo;
import org.spotspec.aws.RoleChain;
import org.spotspec.aws.RoleRequest;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.SsoRole;
import org.spotspec.aws.SourceLabels;
import org.spotspec.aws.SignInValidation;
import software.amazon.awssdk.regions.Region;

/**
 * Signs in as the desktop app does (the same {@link SessionService}), with what the options and
 * the environment say. {@link #plan} checks everything without a request; {@link #open} asks
 * for a missing MFA code, then signs in.
 *
 * <p>Credentials, in the AWS CLI's order: {@code --profile}; else the environment's keys; else
 * {@code AWS_PROFILE}; else the profile {@code default}. Region: {@code --region}, then
 * {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, the profile's {@code region}.
 */
final class SignIn {
    /** What sign-in will do; the MFA code, if already known, is inside and never printed. */
    record Plan(CredentialSource source, Region region, AwsEndpoints endpoints, Optional<String> mfaSerial,
                int durationSeconds, Optional<Secret> code, Optional<RoleRequest> role, Optional<SsoRole> ssoRole) {
    }

    private final CliContext context;
    private final ProfileDiscovery discovery;
    private ProfileCatalog catalog;
    private SessionService sessions;

    SignIn(CliContext context) {
        this.context = context;
        this.discovery = new ProfileDiscovery(context.environment());
    }

    Plan plan(CommonOptions options) {
        var env = context.environment();
        var source = source(options);
        var profile = source instanceof CredentialSource.NamedProfile p ? Optional.of(known(p.name(), options))
                : Optional.<ProfileInfo>empty();
        var region = options.regions.stream().findFirst().or(() -> env.get("AWS_REGION"))
                .or(() -> env.get("AWS_DEFAULT_REGION")).or(() -> profile.flatMap(ProfileInfo::region))
                .orElseThrow(() -> CliFailure.usage("No region: pass --region (or set AWS_REGION, or a region in "
                        + "the profile)."));
        check("--region", SignInValidation.region(region));
        check("--endpoint-url", SignInValidation.endpoint(options.endpointUrl));
        var typed = typedRole(options);
        var profileRoles = profile.flatMap(p -> RoleChain.of(profiles().profileFile(), p.name()));
        var roles = typed.map(t -> t.after(source, profileRoles)).or(() -> profileRoles);
        var serial = options.noMfa ? Optional.<String>empty() : Optional.ofNullable(options.mfaSerial)
                .filter(s -> !s.isBlank()).or(() -> profile.flatMap(ProfileInfo::mfaSerial))
                .or(() -> roles.flatMap(RoleChain::mfaSerial));
        serial.ifPresent(s -> check("--mfa-serial", SignInValidation.mfaSerial(s)));
        var seconds = roles.isPresent() ? RoleDurations.forCli(options.duration, roles.get())
                : MfaDurations.parse(options.duration == null ? "12h" : options.duration);
        if (roles.isEmpty()) {
            check("--duration", SignInValidation.duration(seconds).isEmpty() ? ""
                    : "Between 15m (900 s) and 36h (129600 s), e.g. 1h or 3600.");
        }
        Optional<Secret> code = Optional.ofNullable(options.mfaCode).map(Secret::of);
        if (code.isPresent()) {
            if (serial.isEmpty()) {
                throw CliFailure.usage("--mfa-code needs an MFA device: pass --mfa-serial, or use a profile with "
                        + "mfa_serial.");
            }
            checkCode("--mfa-code", code.get());
        }
        var role = typed.map(t -> new RoleRequest(t.roleArn(), t.externalId(), Optional.of(seconds)));
        return new Plan(source, Region.of(region.trim()), AwsEndpoints.resolve(env, options.endpointUrl), serial,
                seconds, code, role, ssoRole(options, profile));
    }

    /** Signs in; asks for the MFA code on stderr and reads it from standard input when none was given. */
    AwsSession open(Plan plan) {
        Optional<MfaRequest> mfa = plan.mfaSerial().map(serial -> new MfaRequest(serial,
                plan.code().orElseGet(() -> askCode(serial)), plan.durationSeconds()));
        var sessions = sessions();
        try {
            return sessions.signIn(new SignInRequest(plan.source(), plan.region(), mfa, plan.endpoints(), plan.role(),
                    plan.ssoRole()));
        } finally {
            mfa.ifPresent(m -> m.tokenCode().wipe());
        }
    }

    /**
     * A new MFA session for one AWS says has expired, with a fresh code asked for on the terminal;
     * empty without a terminal (a script gets the failure instead), for a session without an MFA
     * device, or when no valid code comes.
     */
    Optional<AwsSession> renew(AwsSession expired) {
        var serial = expired.mfaSerial();
        if (SourceLabels.isSso(expired)) {
            return renewSso(expired);
        }
        if (serial.isEmpty() && expired.isRenewable()) {
            context.err().println("The role session has ended; SpotSpec assumes the role again and the command goes on.");
            return Optional.of(sessions().renewWithoutCode(expired));
        }
        if (serial.isEmpty() || !context.terminal().interactive()) {
            return Optional.empty();
        }
        context.err().println("Your MFA session has expired; a fresh code renews it and the command goes on.");
        Secret code;
        try {
            code = askCode(serial.get());
        } catch (CliFailure failure) {
            context.err().println("spotspec: " + Cli.scrub(failure.getMessage()));
            return Optional.empty();
        }
        try {
            return Optional.of(sessions().renew(expired, code));
        } finally {
            code.wipe();
        }
    }

    /** An IAM Identity Center login refreshed (or shared anew by a login elsewhere); else empty, the command says why. */
    private Optional<AwsSession> renewSso(AwsSession expired) {
        try {
            var renewed = sessions().renewSso(expired);
            context.err().println("The IAM Identity Center login was renewed; the command goes on.");
            return Optional.of(renewed);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code --sso-account} and {@code --sso-role}, both or neither, with an IAM Identity Center profile
     * (or a role profile whose chain starts at one): the account and role to sign in as, for a
     * profile that names none (the app remembers its choice; ~/.aws/config is never written).
     */
    private static Optional<SsoRole> ssoRole(CommonOptions options, Optional<ProfileInfo> profile) {
        boolean account = options.ssoAccount != null && !options.ssoAccount.isBlank();
        boolean role = options.ssoRole != null && !options.ssoRole.isBlank();
        if (!account && !role) {
            return Optional.empty();
        }
        if (account != role) {
            throw CliFailure.usage(account ? "--sso-account goes with --sso-role." : "--sso-role goes with --sso-account.");
        }
        if (profile.isEmpty() || profile.get().kind() == ProfileInfo.Kind.STATIC_KEYS
                || profile.get().kind() == ProfileInfo.Kind.PROCESS) {
            throw CliFailure.usage("--sso-account: give it with an IAM Identity Center profile (--profile).");
        }
        if (!options.ssoAccount.trim().matches("\\d{12}")) {
            throw CliFailure.usage("--sso-account: an AWS account id is 12 digits.");
        }
        return Optional.of(new SsoRole(options.ssoAccount, options.ssoRole));
    }

    /** {@code --role-arn} and {@code --external-id}, checked; empty without {@code --role-arn}. */
    private static Optional<RoleRequest> typedRole(CommonOptions options) {
        if (options.roleArn == null) {
            if (options.externalId != null) {
                throw CliFailure.usage("--external-id goes with --role-arn.");
            }
            return Optional.empty();
        }
        check("--role-arn", SignInValidation.roleArn(options.roleArn));
        check("--external-id", SignInValidation.externalId(options.externalId));
        return Optional.of(new RoleRequest(options.roleArn, Optional.ofNullable(options.externalId), Optional.empty()));
    }

    private SessionService sessions() {
        if (sessions == null) {
            sessions = new SessionService(context.clients(), context.environment(), this::profiles);
        }
        return sessions;
    }

    private CredentialSource source(CommonOptions options) {
        var env = context.environment();
        if (options.profile != null && !options.profile.isBlank()) {
            return new CredentialSource.NamedProfile(options.profile.trim());
        }
        if (env.get("AWS_ACCESS_KEY_ID").isPresent() && env.get("AWS_SECRET_ACCESS_KEY").isPresent()) {
            return new CredentialSource.EnvironmentVariables();
        }
        return new CredentialSource.NamedProfile(env.get("AWS_PROFILE").orElse("default"));
    }

    /** The profile, or a usage failure that says where it was looked for and what else would do. */
    private ProfileInfo known(String name, CommonOptions options) {
        var env = context.environment();
        var files = env.awsConfigFile() + " or " + env.awsCredentialsFile();
        return profiles().find(name).orElseThrow(() -> CliFailure.usage(options.profile != null
                ? "--profile: there is no profile named '" + name + "' in " + files + "."
                : "No credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, and there is no profile '"
                        + name + "' in " + files + ". Pass --profile, or set AWS_PROFILE or the keys."));
    }

    private Secret askCode(String serial) {
        var line = context.ask("MFA code for " + serial + ": ");
        if (!context.terminal().interactive()) {
            context.err().println(); // piped: no Enter was echoed, so end the prompt's line
        }
        if (line == null) {
            throw CliFailure.usage("No MFA code: pass --mfa-code, or type the code when asked.");
        }
        var code = Secret.of(line.trim());
        checkCode("The MFA code", code);
        return code;
    }

    private static void checkCode(String what, Secret code) {
        // The message never repeats the value: it is a one-time secret.
        check(what, SignInValidation.mfaCode(code.reveal()));
    }

    private ProfileCatalog profiles() {
        if (catalog == null) {
            catalog = discovery.discover();
            catalog.warnings().forEach(w -> context.err().println("spotspec: warning: " + w));
        }
        return catalog;
    }

    static void check(String option, String problem) {
        if (!problem.isEmpty()) {
            throw CliFailure.usage(option + ": " + problem);
        }
    }
}
