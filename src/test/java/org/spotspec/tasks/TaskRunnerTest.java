package org.spotspec.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner's bookkeeping and thread rule, without a toolkit (inline mode, JUnit's thread). */
class TaskRunnerTest {
    private final List<String> events = new ArrayList<>();

    @Test
    void inlineRunsTheWorkThenItsCallbacksBeforeStartReturns() {
        var tasks = TaskRunner.inline();
        tasks.task("Count", () -> {
            events.add("work, busy=" + tasks.isBusy() + ", running=" + tasks.running());
            return 42;
        }).onSuccess(v -> events.add("success " + v + ", busy=" + tasks.isBusy()))
                .onFailure(t -> events.add("failure"))
                .andFinally(() -> events.add("finally")).start();

        assertThat(events).containsExactly("work, busy=true, running=[Count]", "success 42, busy=false", "finally");
        assertThat(tasks.running()).isEmpty();
    }

    @Test
    void whatTheWorkThrowsIsItsFailure() {
        var tasks = TaskRunner.inline();
        tasks.task("Fail", () -> {
            throw new IllegalStateException("no");
        }).onSuccess(v -> events.add("success"))
                .onFailure(t -> events.add("failure " + t.getMessage()))
                .andFinally(() -> events.add("finally")).start();

        assertThat(events).containsExactly("failure no", "finally");
        assertThat(tasks.isBusy()).isFalse();
    }

    @Test
    void aTaskStartedOffTheUiThreadIsRefusedAndNothingRuns() {
        var tasks = new TaskRunner(Runnable::run, () -> false);

        assertThatThrownBy(() -> tasks.task("Elsewhere", () -> events.add("work")).start())
                .isInstanceOf(IllegalStateException.class);
        assertThat(events).isEmpty();
        assertThat(tasks.isBusy()).isFalse();
    }
}
