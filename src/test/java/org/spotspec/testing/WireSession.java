package org.spotspec.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CallJournal;
import org.spotspec.aws.ClientSettings;

/**
 * A signed-in session against a fresh {@link AwsStub}, for service tests over the wire:
 * {@code wire = WireSession.start(home)} in {@code @BeforeEach}, {@code wire.close()} after.
 */
public final class WireSession implements AutoCloseable {
    /** Patient enough for a cold JVM on a busy machine; these tests time nothing out. */
    public static final ClientSettings SETTINGS = new ClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), 2);

    private final AwsStub aws;
    private final AwsClientFactory clients;
    private final AwsSession session;

    private WireSession(AwsStub aws, AwsClientFactory clients, AwsSession session) {
        this.aws = aws;
        this.clients = clients;
        this.session = session;
    }

    /** Starts a stub and signs in with typed test keys; {@code home} holds no AWS files. */
    public static WireSession start(Path home) {
        var aws = new AwsStub();
        var clients = new AwsClientFactory(SETTINGS, CallJournal.none(), Clock.systemUTC());
        return new WireSession(aws, clients, aws.signIn(clients, home));
    }

    public AwsStub aws() {
        return aws;
    }

    public AwsSession session() {
        return session;
    }

    @Override
    public void close() {
        session.close();
        clients.close();
        aws.close();
    }
}
