package org.spotspec.testing;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CallJournal;
import org.spotspec.aws.ClientSettings;

/**
 * A signed-in session against a fresh {@link AwsStub} for each test, for service tests over the
 * wire (the real SDK clients, EC2's XML over HTTP):
 * {@code @RegisterExtension final WireSession wire = new WireSession();}, then
 * {@code wire.aws()} to stub answers, {@code wire.session()} to call, {@link #ec2Actions()} and
 * {@link #bodies(String)} to see what was sent. Signs in with typed test keys from an empty home.
 */
public final class WireSession implements BeforeEachCallback, AfterEachCallback {
    /** Patient enough for a cold JVM on a busy machine; these tests time nothing out. */
    public static final ClientSettings SETTINGS = new ClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), 2);

    private final ClientSettings settings;
    private Path home;
    private AwsStub aws;
    private AwsClientFactory clients;
    private AwsSession session;

    public WireSession() {
        this(SETTINGS);
    }

    /** With other client settings, e.g. more attempts where a retry is tested. */
    public WireSession(ClientSettings settings) {
        this.settings = settings;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("spotspec-wire");
        aws = new AwsStub();
        clients = new AwsClientFactory(settings, CallJournal.none(), Clock.systemUTC());
        session = aws.signIn(clients, home);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (session != null) {
            session.close();
        }
        if (clients != null) {
            clients.close();
        }
        if (aws != null) {
            aws.close();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(WireSession::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AwsStub aws() {
        return aws;
    }

    public AwsSession session() {
        return session;
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
        return aws.bodies(action);
    }
}
