package org.spotspec.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every line logged while it is attached, formatted, to check that no secret reaches a log. */
final class LoggedLines {
    private final Logger root;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LoggedLines(Logger root) {
        this.root = root;
    }

    static LoggedLines capture() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var lines = new LoggedLines(context.getLogger(Logger.ROOT_LOGGER_NAME));
        lines.appender.setContext(context);
        lines.appender.start();
        lines.root.addAppender(lines.appender);
        return lines;
    }

    void stop() {
        root.detachAppender(appender);
        appender.stop();
    }

    List<String> lines() {
        return appender.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage())).toList();
    }
}
