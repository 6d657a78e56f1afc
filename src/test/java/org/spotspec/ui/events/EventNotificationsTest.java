package org.spotspec.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A notification's text is wrapped, so a long message stays inside the window. */
class EventNotificationsTest {
    @Test
    void longTextIsBrokenAtSpacesIntoLinesOfAtMostTheLineLength() {
        var text = "EC2 will terminate instance i-0aaa1111bbbb22223 (m5.large, eu-west-1a, request sir-1a2b3c4d) at "
                + "about 07:00:12 UTC (two-minute notice). Now: save or checkpoint its work.";

        var wrapped = EventNotifications.wrap(text);

        assertThat(wrapped.lines()).allMatch(line -> line.length() <= EventNotifications.LINE).hasSizeGreaterThan(1);
        assertThat(wrapped.replace('\n', ' ')).isEqualTo(text);
        assertThat(EventNotifications.wrap("short")).isEqualTo("short");
    }
}
