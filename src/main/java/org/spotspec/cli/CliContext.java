package org.spotspec.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Clock;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.CallJournal;
import org.spotspec.aws.ClientSettings;
import org.spotspec.aws.Environment;

/**
 * What one run of the command line works with: its streams, environment, terminal, clock and
 * the SDK clients' settings. Passed in, so tests run commands in-process against a local endpoint.
 */
final class CliContext implements AutoCloseable {
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    private final Environment environment;
    private final Terminal terminal;
    private final Clock clock;
    private final ClientSettings clientSettings;
    private AwsClientFactory clients;

    CliContext(InputStream in, PrintStream out, PrintStream err, Environment environment, Terminal terminal,
               Clock clock, ClientSettings clientSettings) {
        this.in = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()));
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.terminal = terminal;
        this.clock = clock;
        this.clientSettings = clientSettings;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Environment environment() {
        return environment;
    }

    Terminal terminal() {
        return terminal;
    }

    Clock clock() {
        return clock;
    }

    /**
     * The SDK clients' factory, made on first use. Its interceptor logs each call (name, status,
     * request id) at INFO, which {@code --verbose} shows.
     */
    AwsClientFactory clients() {
        if (clients == null) {
            clients = new AwsClientFactory(clientSettings, CallJournal.none(), clock);
        }
        return clients;
    }

    /** Shows {@code prompt} on stderr and reads one line of standard input; null at its end. */
    String ask(String prompt) {
        err.print(prompt);
        err.flush();
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (clients != null) {
            clients.close();
        }
    }
}
