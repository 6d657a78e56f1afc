package org.spotspec.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CallJournal;
import org.spotspec.aws.CallerIdentity;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.MfaRequest;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SignInRequest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Signed-in sessions for model tests that make no AWS call: built directly
 * ({@link AwsSession#withKnownIdentity}), with no sign-in and no stub server. Their endpoint is a
 * local port nobody listens on, so a call made by mistake fails at once instead of reaching AWS.
 * Close it after the test; it closes the clients' shared HTTP client.
 */
public final class TestSessions implements AutoCloseable {
    private static final AwsEndpoints NOWHERE = new AwsEndpoints(Optional.of(java.net.URI.create("http://127.0.0.1:1")),
            Optional.of(java.net.URI.create("http://127.0.0.1:1")));
    private static final CallerIdentity ALICE = new CallerIdentity(AwsStub.ACCOUNT, AwsStub.ARN, "AIDAEXAMPLEUSERID0001");

    private final AwsClientFactory clients = new AwsClientFactory(TestAws.fastSettings(), CallJournal.none(),
            Clock.systemUTC());

    /** Typed test keys in eu-west-1, used as they are: no expiry. */
    public AwsSession typedKeys() {
        return session(Optional.empty(), Optional.empty());
    }

    /** An MFA session of the test keys in eu-west-1 that ends at {@code expiry}. */
    public AwsSession mfaSession(Instant expiry) {
        var mfa = new MfaRequest(AwsStub.MFA_SERIAL, Secret.empty(), 3600);
        return session(Optional.of(mfa), Optional.of(expiry));
    }

    private AwsSession session(Optional<MfaRequest> mfa, Optional<Instant> expiry) {
        var source = new CredentialSource.TypedKeys(TestAws.KEY_ID, Secret.of(TestAws.SECRET));
        var request = new SignInRequest(source, Region.EU_WEST_1, mfa, NOWHERE);
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(TestAws.KEY_ID, TestAws.SECRET));
        return AwsSession.withKnownIdentity(request, credentials, expiry, ALICE, clients);
    }

    @Override
    public void close() {
        clients.close();
    }
}
