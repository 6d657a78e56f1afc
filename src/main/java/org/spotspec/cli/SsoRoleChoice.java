package org.spotspec.cli;

import java.util.List;
import org.spotspec.aws.SsoPortal;
import org.spotspec.aws.SsoProfile;
import org.spotspec.aws.SsoToken;

/**
 * The account and role an SSO login is checked with: {@code --account}/{@code --role}, else the
 * profile's, else chosen from the lists IAM Identity Center gives (ListAccounts, ListAccountRoles)
 * by number on standard input. The choice is not remembered: a profile used by other commands
 * needs {@code sso_account_id} and {@code sso_role_name} in ~/.aws/config, which SpotSpec never writes.
 */
final class SsoRoleChoice {
    private final CliContext context;
    private final SsoPortal portal;

    SsoRoleChoice(CliContext context, SsoPortal portal) {
        this.context = context;
        this.portal = portal;
    }

    SsoProfile choose(SsoProfile profile, SsoToken token, String account, String role) {
        var accountId = blank(account) ? profile.accountId().orElse(null) : account.trim();
        var roleName = blank(role) ? profile.roleName().orElse(null) : role.trim();
        if (accountId == null) {
            var accounts = portal.accounts(profile, token);
            var labels = accounts.stream().map(a -> a.id() + "  " + a.name() + (a.email().isEmpty() ? ""
                    : " <" + a.email() + ">")).toList();
            accountId = accounts.get(pick("account", labels)).id();
        }
        if (roleName == null) {
            var roles = portal.roles(profile, token, accountId);
            roleName = roles.get(pick("role in " + accountId, roles));
        }
        return profile.withRole(accountId, roleName);
    }

    private int pick(String what, List<String> choices) {
        if (choices.isEmpty()) {
            throw new CliFailure(ExitCode.AWS_ERROR, "IAM Identity Center lists no " + what + " for you: ask your administrator for an "
                    + "assignment.");
        }
        context.err().println("Choose the " + what + ":");
        for (int i = 0; i < choices.size(); i++) {
            context.err().println("  " + (i + 1) + ") " + choices.get(i));
        }
        var answer = context.ask("Number (1-" + choices.size() + "): ");
        try {
            int n = Integer.parseInt(answer == null ? "" : answer.trim());
            if (n >= 1 && n <= choices.size()) {
                return n - 1;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw CliFailure.usage("No " + what + " chosen: answer with a number from the list, or pass --account "
                + "and --role.");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
