package org.spotspec.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/** A java.util.logging handler that keeps the messages published to it (JavaFX logs through JUL). */
public final class LoggedMessages extends Handler {
    private final List<String> messages = new CopyOnWriteArrayList<>();

    @Override
    public void publish(LogRecord record) {
        messages.add(record.getMessage());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The messages so far, oldest first. */
    public List<String> messages() {
        return messages;
    }
}
