package org.spotspec.aws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sso.SsoClient;

/**
 * IAM Identity Center's portal, called with a bearer token: the role credentials of an account and
 * role (GetRoleCredentials), and the accounts and roles the user may choose from (paged).
 */
public final class SsoPortal {
    private final AwsClientFactory clients;
    private final SsoEndpoints endpoints;

    public SsoPortal(AwsClientFactory clients, SsoEndpoints endpoints) {
        this.clients = clients;
        this.endpoints = endpoints;
    }

    /** Role credentials and when they end. Secrets: toString names neither. */
    public record RoleCredentials(AwsSessionCredentials credentials, Instant expiresAt) {
        @Override
        public String toString() {
            return "RoleCredentials[expires " + expiresAt + "]";
        }
    }

    public record Account(String id, String name, String email) {
    }

    public RoleCredentials roleCredentials(SsoProfile profile, SsoToken token) {
        try (var sso = client(profile)) {
            var answer = sso.getRoleCredentials(b -> b.accessToken(token.accessToken())
                    .accountId(profile.requireAccount()).roleName(profile.requireRole())).roleCredentials();
            var credentials = AwsSessionCredentials.create(answer.accessKeyId(), answer.secretAccessKey(),
                    answer.sessionToken());
            return new RoleCredentials(credentials, Instant.ofEpochMilli(answer.expiration()));
        } catch (AwsServiceException e) {
            throw SsoProblems.portal(e, profile);
        }
    }

    public List<Account> accounts(SsoProfile profile, SsoToken token) {
        var accounts = new ArrayList<Account>();
        try (var sso = client(profile)) {
            String next = null;
            do {
                var previous = next;
                var page = sso.listAccounts(b -> b.accessToken(token.accessToken()).nextToken(previous));
                page.accountList().forEach(a -> accounts.add(new Account(a.accountId(), orEmpty(a.accountName()),
                        orEmpty(a.emailAddress()))));
                next = page.nextToken();
            } while (next != null && !next.isEmpty());
        } catch (AwsServiceException e) {
            throw SsoProblems.portal(e, profile);
        }
        return accounts;
    }

    public List<String> roles(SsoProfile profile, SsoToken token, String accountId) {
        var roles = new ArrayList<String>();
        try (var sso = client(profile)) {
            String next = null;
            do {
                var previous = next;
                var page = sso.listAccountRoles(b -> b.accessToken(token.accessToken()).accountId(accountId)
                        .nextToken(previous));
                page.roleList().forEach(r -> roles.add(r.roleName()));
                next = page.nextToken();
            } while (next != null && !next.isEmpty());
        } catch (AwsServiceException e) {
            throw SsoProblems.portal(e, profile);
        }
        return roles;
    }

    private SsoClient client(SsoProfile profile) {
        return clients.sso(profile.region(), endpoints.portal());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
