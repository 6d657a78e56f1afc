package org.spotspec.aws;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.spotspec.testing.AwsStub;

/** A signed-in session against the local EC2 stub, for the service wire tests. */
public final class Ec2WireFixture implements AutoCloseable {
    /** Patient enough for a cold JVM on a busy machine; these tests time nothing out. */
    private static final ClientSettings SETTINGS = new ClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), 2);

    public final AwsStub aws = new AwsStub();
    private final AwsClientFactory clients = new AwsClientFactory(SETTINGS, CallJournal.none(), Clock.systemUTC());
    public final AwsSession session;

    public Ec2WireFixture(Path home) {
        session = aws.signIn(clients, home);
    }

    /** The EC2 actions the stub received, oldest first (sign-in's STS calls left out). */
    public List<String> ec2Actions() {
        var events = new ArrayList<>(aws.server().getAllServeEvents());
        Collections.reverse(events);
        return events.stream().map(ServeEvent::getRequest).map(r -> r.getBodyAsString())
                .map(b -> b.replaceFirst("^.*?Action=([A-Za-z]+).*$", "$1"))
                .filter(a -> !a.equals("GetCallerIdentity")).toList();
    }

    /** The request bodies of {@code action}, oldest first. */
    public List<String> bodies(String action) {
        return aws.requests(action).stream().map(r -> r.getBodyAsString()).toList();
    }

    @Override
    public void close() {
        session.close();
        clients.close();
        aws.close();
    }
}
