package org.spotspec.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.ProfileDiscovery;
import org.spotspec.aws.BrowserOpener;
import org.spotspec.aws.SsoDeviceLogin;
import org.spotspec.aws.SsoEndpoints;
import org.spotspec.aws.SsoPortal;
import org.spotspec.aws.SsoProfile;
import org.spotspec.aws.SsoTokenCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spotspec sso login}: the device authorization flow on a terminal. The URL and code go to
 * stderr; the token is used for this run only (a GetRoleCredentials check), or with {@code --share}
 * written to the AWS CLI's cache, where every SpotSpec command, the app and the AWS CLI find it.
 */
@Command(name = "login", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sign in to IAM Identity Center: open the page shown, confirm the code, and (with --share) keep "
                + "the login in the AWS CLI's cache for SpotSpec and the AWS CLI.",
        footer = {"", "Examples:", "  spotspec sso login --profile work --share",
            "  spotspec sso login --profile work --no-browser --account 123456789012 --role SpotAdmin"})
final class SsoLoginCommand implements Callable<Integer> {
    @Option(names = "--profile", paramLabel = "<name>", description = "An SSO profile (default: AWS_PROFILE).")
    String profile;

    @Option(names = "--share", description = "Write the login to the AWS CLI's cache (~/.aws/sso/cache, owner-only), "
            + "so other commands, the app and the AWS CLI use it. Without it the login serves this run only.")
    boolean share;

    @Option(names = "--no-browser", description = "Do not open a browser; open the URL shown yourself.")
    boolean noBrowser;

    @Option(names = "--account", paramLabel = "<id>", description = "Account to check the login with (default: the "
            + "profile's sso_account_id; without either, the accounts are listed to choose from).")
    String account;

    @Option(names = "--role", paramLabel = "<name>", description = "Role in that account (default: sso_role_name).")
    String role;

    @Option(names = "--endpoint-url", paramLabel = "<url>", description = "Send the calls to this URL, e.g. a local "
            + "emulator (default: AWS_ENDPOINT_URL_SSO_OIDC / _SSO, AWS_ENDPOINT_URL).")
    String endpointUrl;

    @Option(names = {"-v", "--verbose"}, description = "Log each AWS call on stderr.")
    boolean verbose;

    @Option(names = "--debug", description = "Log in detail on stderr (never secrets).")
    boolean debug;

    @Spec
    CommandSpec spec;

    private final CliContext context;
    private final SsoDeviceLogin.Sleeper sleeper;

    SsoLoginCommand(CliContext context, SsoDeviceLogin.Sleeper sleeper) {
        this.context = context;
        this.sleeper = sleeper;
    }

    @Override
    public Integer call() {
        try {
            var sso = profile();
            var endpoints = SsoEndpoints.of(context.environment(), AwsEndpoints.resolve(context.environment(),
                    endpointUrl));
            var token = new SsoDeviceLogin(context.clients(), endpoints, context.clock(), sleeper)
                    .login(sso, this::show);
            var portal = new SsoPortal(context.clients(), endpoints);
            var chosen = new SsoRoleChoice(context, portal).choose(sso, token, account, role);
            var credentials = portal.roleCredentials(chosen, token);
            context.out().println("Signed in to " + sso.startUrl() + ": account " + chosen.requireAccount() + ", role "
                    + chosen.requireRole() + " (role credentials until " + credentials.expiresAt() + ").");
            if (share) {
                var file = SsoTokenCache.inHome(context.environment().home()).share(sso, token);
                context.out().println("Shared with the AWS CLI and SpotSpec until " + token.expiresAt() + ": " + file);
            } else {
                context.err().println("Not shared: this login ended with this command. Add --share to keep it for "
                        + "other commands, the app and the AWS CLI.");
            }
            return ExitCode.OK;
        } catch (CliFailure failure) {
            context.err().println("spotspec sso login: " + failure.getMessage());
            return failure.exitCode();
        } catch (RuntimeException e) {
            var problem = ErrorTranslator.translate("IAM Identity Center login", e);
            context.err().println("spotspec: " + problem.headline());
            Wording.forTerminal(problem.details()).lines().forEach(line -> context.err().println("  " + line));
            return problem.kind() == AwsProblem.Kind.LOCAL ? ExitCode.USAGE : ExitCode.AWS_ERROR;
        }
    }

    private SsoProfile profile() {
        var name = profile != null && !profile.isBlank() ? profile.trim()
                : context.environment().get("AWS_PROFILE").orElseThrow(() -> CliFailure.usage(
                        "--profile: name the SSO profile (or set AWS_PROFILE)."));
        var file = new ProfileDiscovery(context.environment()).discover().profileFile();
        if (file.profile(name).isEmpty()) {
            throw CliFailure.usage("--profile: there is no profile named '" + name + "'.");
        }
        if (!SsoProfile.isSso(file, name)) {
            throw CliFailure.usage("--profile: profile '" + name + "' has no sso_session or sso_start_url.");
        }
        return SsoProfile.of(file, name);
    }

    private void show(SsoDeviceLogin.Authorization authorization) {
        var err = context.err();
        err.println("To sign in, open this page and confirm the code " + authorization.userCode() + ":");
        err.println("  " + authorization.verificationUriComplete());
        err.println("(On another device: open " + authorization.verificationUri() + " and type " + authorization.userCode()
                + ". The code is valid for " + minutes(authorization.expiresIn()) + ".)");
        if (!noBrowser && !BrowserOpener.open(authorization.verificationUriComplete())) {
            err.println("Could not open a browser: open the page yourself.");
        }
        err.println("Waiting for the approval...");
    }

    private static String minutes(Duration d) {
        return Math.max(1, d.toMinutes()) + " min";
    }
}
