package org.spotspec.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Every logger at TRACE for one test, every event kept, the levels put back afterwards: what a
 * canary test searches for secrets ({@code @RegisterExtension final TraceLogs logs = new TraceLogs();}).
 */
public final class TraceLogs implements BeforeEachCallback, AfterEachCallback {
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Map<Logger, Level> levels = new HashMap<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        var loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
        loggers.getLoggerList().forEach(l -> {
            levels.put(l, l.getLevel());
            l.setLevel(Level.TRACE);
        });
        events.setContext(loggers);
        events.start();
        loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(events);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        var loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
        loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(events);
        levels.forEach(Logger::setLevel);
    }

    /** Each event's message and, when it has one, its stack trace: the texts a canary searches. */
    public List<String> texts() {
        var texts = new java.util.ArrayList<String>();
        for (var event : events()) {
            texts.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                texts.add(ch.qos.logback.classic.spi.ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        return texts;
    }

    /** The events logged so far, in order. */
    public List<ILoggingEvent> events() {
        return List.copyOf(events.list);
    }
}
