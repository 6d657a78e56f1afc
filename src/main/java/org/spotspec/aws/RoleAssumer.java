package org.spotspec.aws;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;

/**
 * Assumes the roles of a {@link RoleChain} with STS AssumeRole, each hop signed with the previous
 * hop's credentials, over the session's endpoints. The one MFA code goes to the hop that names
 * {@code mfa_serial} (else, when the user asked for MFA, to the last hop). Blocking.
 */
final class RoleAssumer {
    private static final Logger LOG = LoggerFactory.getLogger(RoleAssumer.class);

    /** The last hop's answer. */
    record Assumed(AwsCredentialsProvider credentials, java.time.Instant expiresAt, String assumedRoleArn) {
    }

    private final AwsClientFactory clients;
    private final Clock clock;
    private final String user;

    RoleAssumer(AwsClientFactory clients, Clock clock, String user) {
        this.clients = clients;
        this.clock = clock;
        this.user = user;
    }

    Assumed assume(AwsCredentialsProvider base, RoleChain chain, Optional<MfaRequest> mfa, Region region,
                   AwsEndpoints endpoints) {
        var hops = chain.hops();
        int mfaHop = mfaHop(chain, mfa);
        var credentials = base;
        AssumeRoleResponse answer = null;
        for (int i = 0; i < hops.size(); i++) {
            var hop = hops.get(i);
            var code = i == mfaHop ? mfa : Optional.<MfaRequest>empty();
            int seconds = duration(hop, i, i == hops.size() - 1 ? mfa : Optional.empty());
            LOG.info("Assuming role {} ({}) for {} s{}", hop.roleArn(),
                    RoleRequest.isTyped(hop) ? "given by its ARN" : "profile " + hop.name(), seconds,
                    code.isPresent() ? " with MFA" : "");
            answer = call(credentials, hop, code, seconds, i > 0, region, endpoints);
            var c = answer.credentials();
            credentials = StaticCredentialsProvider.create(
                    AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), c.sessionToken()));
        }
        return new Assumed(credentials, answer.credentials().expiration(), answer.assumedRoleUser().arn());
    }

    private static int mfaHop(RoleChain chain, Optional<MfaRequest> mfa) {
        var hops = chain.hops();
        for (int i = 0; i < hops.size(); i++) {
            if (hops.get(i).mfaSerial().isPresent()) {
                if (mfa.isEmpty()) {
                    throw new AwsProblemException(AwsProblem.local("MfaCodeNeeded", "Profile '" + hops.get(i).name()
                            + "' names an MFA device (mfa_serial): assuming its role needs a code from it.",
                            "Enter the 6-digit code shown by your MFA device and sign in again."));
                }
                return i;
            }
        }
        return mfa.isPresent() ? hops.size() - 1 : -1;
    }

    /** The user's choice for the last hop, else the profile's; a chained hop at most 1 h, as AWS allows. */
    private static int duration(RoleProfile hop, int index, Optional<MfaRequest> chosen) {
        int seconds = chosen.map(MfaRequest::durationSeconds).orElse(hop.defaultDuration());
        if (index > 0 && seconds > RoleProfile.DEFAULT_DURATION) {
            LOG.info("Role {} is assumed with another role's credentials: session shortened to 1 h", hop.name());
            return RoleProfile.DEFAULT_DURATION;
        }
        return seconds;
    }

    private AssumeRoleResponse call(AwsCredentialsProvider credentials, RoleProfile hop, Optional<MfaRequest> mfa,
                                    int seconds, boolean chained, Region region, AwsEndpoints endpoints) {
        var request = AssumeRoleRequest.builder().roleArn(hop.roleArn())
                .roleSessionName(hop.roleSessionName().orElseGet(this::sessionName))
                .durationSeconds(seconds);
        hop.externalId().ifPresent(request::externalId);
        mfa.ifPresent(m -> request.serialNumber(m.serialNumber().trim()).tokenCode(m.tokenCode().reveal()));
        try (var sts = clients.sts(credentials, region, endpoints)) {
            return sts.assumeRole(request.build());
        } catch (AwsServiceException e) {
            var problem = ErrorTranslator.translate("Assume role", e);
            throw new AwsProblemException(RoleErrors.explain(problem, hop, seconds, mfa.isPresent(), chained));
        }
    }

    /**
     * {@code spotspec-alice}: who, in CloudTrail (which has the when); AWS allows 2-64 of [\w+=,.@-].
     * The same at each renewal, so the assumed-role ARN stays the same and the tables keep their rows.
     */
    private String sessionName() {
        var who = user.replaceAll("[^\\w+=,.@-]", "");
        var name = "spotspec-" + (who.isEmpty() ? "user" : who);
        return name.length() <= 64 ? name : name.substring(0, 64);
    }
}
