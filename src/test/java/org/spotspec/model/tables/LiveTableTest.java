package org.spotspec.model.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.InlineCalls;
import org.spotspec.testing.WireSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * When a live table reads: a change made elsewhere (a launch, a cancel) reads a hidden table only
 * once its tab is shown, a shown one at once. The fetch counts its calls instead of calling AWS;
 * the session is a real one (an AwsSession comes only from a sign-in, here against WireMock).
 * Everything runs on the FX thread, tasks inline.
 */
@ExtendWith(ApplicationExtension.class)
class LiveTableTest {
    @RegisterExtension
    final WireSession wire = new WireSession();

    private final AtomicInteger fetches = new AtomicInteger();
    private LiveTable<String> table;

    private void build(FxRobot robot) {
        robot.interact(() -> {
            var aws = new InlineCalls(wire.session());
            table = new LiveTable<>("Describe rows", aws.calls, aws.session, aws.status, aws.clock, s -> {
                fetches.incrementAndGet();
                return List.of("row-" + fetches.get());
            }, row -> "running", List::of, List.of("running"));
        });
    }

    private void show(FxRobot robot, boolean shown) {
        robot.interact(() -> table.shownProperty().set(shown));
    }

    @Test
    void aChangeElsewhereWhileNeverShownWaitsForTheTab(FxRobot robot) {
        build(robot);

        robot.interact(table::refreshWhenShown);
        assertThat(fetches).as("no read for a tab nobody has looked at").hasValue(0);

        show(robot, true);
        assertThat(fetches).as("one read when shown").hasValue(1);
        assertThat(table.rows()).containsExactly("row-1");
    }

    @Test
    void aChangeElsewhereWhileHiddenReadsOnceWhenShownAgain(FxRobot robot) {
        build(robot);
        show(robot, true);
        show(robot, false);
        assertThat(fetches).hasValue(1);

        robot.interact(table::refreshWhenShown);
        robot.interact(table::refreshWhenShown);
        assertThat(fetches).as("hidden: only marked stale").hasValue(1);

        // Not due (no interval): only the change elsewhere makes showing it read again.
        show(robot, true);
        assertThat(fetches).as("exactly one read when shown").hasValue(2);
        assertThat(table.rows()).containsExactly("row-2");

        show(robot, false);
        show(robot, true);
        assertThat(fetches).as("read once: no longer stale").hasValue(2);
    }

    @Test
    void aChangeElsewhereWhileShownReadsAtOnce(FxRobot robot) {
        build(robot);
        show(robot, true);

        robot.interact(table::refreshWhenShown);

        assertThat(fetches).hasValue(2);
        assertThat(table.rows()).containsExactly("row-2");
    }

    @Test
    void theRefreshButtonReadsAtOnce(FxRobot robot) {
        build(robot);
        show(robot, true);

        robot.interact(table::refresh);

        assertThat(fetches).hasValue(2);
    }
}
