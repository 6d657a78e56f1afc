package org.spotspec.model.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotspec.testing.InlineCalls;
import org.spotspec.testing.TestSessions;

/**
 * When a live table reads: a change made elsewhere (a launch, a cancel) reads a hidden table only
 * once its tab is shown, a shown one at once. The fetch counts its calls instead of calling AWS;
 * the session is built directly. No toolkit: tasks run inline on the test's thread.
 */
class LiveTableTest {
    private final TestSessions sessions = new TestSessions();
    private final InlineCalls aws = new InlineCalls(sessions.typedKeys());
    private final AtomicInteger fetches = new AtomicInteger();
    private final LiveTable<String> table = new LiveTable<>("Describe rows", aws.calls, aws.session,
            new TableRegions(aws.session), aws.status, aws.clock, (s, region) -> {
                fetches.incrementAndGet();
                return List.of("row-" + fetches.get());
            }, row -> "running", List::of, List.of("running"));

    @AfterEach
    void tearDown() {
        aws.session.clear();
        sessions.close();
    }

    private void show(boolean shown) {
        table.shownProperty().set(shown);
    }

    @Test
    void aChangeElsewhereWhileNeverShownWaitsForTheTab() {
        table.refreshWhenShown();
        assertThat(fetches).as("no read for a tab nobody has looked at").hasValue(0);

        show(true);
        assertThat(fetches).as("one read when shown").hasValue(1);
        assertThat(table.rows()).containsExactly("row-1");
    }

    @Test
    void aChangeElsewhereWhileHiddenReadsOnceWhenShownAgain() {
        show(true);
        show(false);
        assertThat(fetches).hasValue(1);

        table.refreshWhenShown();
        table.refreshWhenShown();
        assertThat(fetches).as("hidden: only marked stale").hasValue(1);

        // Not due (no interval): only the change elsewhere makes showing it read again.
        show(true);
        assertThat(fetches).as("exactly one read when shown").hasValue(2);
        assertThat(table.rows()).containsExactly("row-2");

        show(false);
        show(true);
        assertThat(fetches).as("read once: no longer stale").hasValue(2);
    }

    @Test
    void aChangeElsewhereWhileShownReadsAtOnce() {
        show(true);

        table.refreshWhenShown();

        assertThat(fetches).hasValue(2);
        assertThat(table.rows()).containsExactly("row-2");
    }

    @Test
    void theRefreshButtonReadsAtOnce() {
        show(true);

        table.refresh();

        assertThat(fetches).hasValue(2);
    }
}
