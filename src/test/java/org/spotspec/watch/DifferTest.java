package org.spotspec.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.watch.Rows.ACCOUNT;
import static org.spotspec.watch.Rows.NOW;
import static org.spotspec.watch.Rows.instance;
import static org.spotspec.watch.Rows.read;
import static org.spotspec.watch.Rows.request;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DifferTest {
    private final Differ differ = new Differ();

    /** before state, before code, now state, now code → kind, severity. */
    static Stream<Arguments> requestChanges() {
        return Stream.of(
                Arguments.of("open", "pending-evaluation", "active", "fulfilled", EventKind.REQUEST_STATUS, Severity.NOTIFY),
                Arguments.of("open", "pending-evaluation", "open", "pending-fulfillment", EventKind.REQUEST_STATUS,
                        Severity.INFO),
                Arguments.of("open", "pending-evaluation", "open", "capacity-not-available", EventKind.REQUEST_STATUS,
                        Severity.NOTIFY),
                Arguments.of("open", "pending-evaluation", "open", "price-too-low", EventKind.REQUEST_STATUS,
                        Severity.NOTIFY),
                Arguments.of("active", "fulfilled", "cancelled", "request-canceled-and-instance-running",
                        EventKind.REQUEST_STATUS, Severity.NOTIFY),
                Arguments.of("active", "fulfilled", "active", "marked-for-termination", EventKind.INTERRUPTION,
                        Severity.URGENT),
                Arguments.of("active", "fulfilled", "active", "marked-for-stop", EventKind.INTERRUPTION, Severity.URGENT),
                Arguments.of("active", "fulfilled", "active", "marked-for-hibernation", EventKind.INTERRUPTION,
                        Severity.URGENT),
                Arguments.of("active", "marked-for-termination", "closed", "instance-terminated-by-price",
                        EventKind.REQUEST_STATUS, Severity.URGENT),
                Arguments.of("active", "marked-for-termination", "closed", "instance-terminated-no-capacity",
                        EventKind.REQUEST_STATUS, Severity.URGENT),
                Arguments.of("active", "marked-for-termination", "open", "instance-terminated-capacity-oversubscribed",
                        EventKind.REQUEST_STATUS, Severity.URGENT),
                Arguments.of("active", "marked-for-stop", "disabled", "instance-stopped-no-capacity",
                        EventKind.REQUEST_STATUS, Severity.URGENT),
                Arguments.of("active", "fulfilled", "closed", "instance-terminated-by-user", EventKind.REQUEST_STATUS,
                        Severity.INFO),
                // The state alone changes (cancelled with the same code): told, quietly.
                Arguments.of("active", "fulfilled", "cancelled", "fulfilled", EventKind.REQUEST_STATUS, Severity.INFO));
    }

    @ParameterizedTest(name = "{1} → {3}: {4} {5}")
    @MethodSource("requestChanges")
    void aRequestChangeMakesOneEvent(String state0, String code0, String state1, String code1, EventKind kind,
                                     Severity severity) {
        var before = differ.snapshot(ACCOUNT, read(List.of(request("sir-1", state0, code0, "i-1")), List.of()));

        var events = differ.diff(ACCOUNT, Optional.of(before), read(List.of(request("sir-1", state1, code1, "i-1")),
                List.of()), NOW);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.severity()).isEqualTo(severity);
            assertThat(e.from()).isEqualTo(code0);
            assertThat(e.to()).isEqualTo(code1);
            assertThat(e.id()).isEqualTo("sir-1");
            assertThat(e.account()).isEqualTo(ACCOUNT);
            assertThat(e.region()).isEqualTo("eu-west-1");
            assertThat(e.time()).isEqualTo(NOW);
        });
    }

    /** before state → now state, reason → severity. */
    static Stream<Arguments> instanceChanges() {
        return Stream.of(
                Arguments.of("pending", "running", "", Severity.INFO),
                Arguments.of("running", "shutting-down", "Server.SpotInstanceTermination", Severity.URGENT),
                Arguments.of("running", "stopping", "Server.SpotInstanceShutdown", Severity.URGENT),
                Arguments.of("running", "shutting-down", "Client.UserInitiatedShutdown", Severity.INFO),
                // The interruption's later step: told, quietly (the urgent one came with the first).
                Arguments.of("shutting-down", "terminated", "Server.SpotInstanceTermination", Severity.INFO));
    }

    @ParameterizedTest(name = "{0} → {1} ({2}): {3}")
    @MethodSource("instanceChanges")
    void anInstanceStateChangeNamesItsReason(String state0, String state1, String reason, Severity severity) {
        var before = differ.snapshot(ACCOUNT, read(List.of(), List.of(instance("i-1", state0, ""))));

        var events = differ.diff(ACCOUNT, Optional.of(before), read(List.of(), List.of(instance("i-1", state1, reason))),
                NOW);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.INSTANCE_STATE);
            assertThat(e.severity()).isEqualTo(severity);
            assertThat(e.from()).isEqualTo(state0);
            assertThat(e.to()).isEqualTo(state1);
            assertThat(e.message()).contains(reason);
        });
    }

    @Test
    void newAndGoneItemsAreTold() {
        var before = differ.snapshot(ACCOUNT, read(List.of(request("sir-old", "closed", "instance-terminated-by-user",
                "")), List.of(instance("i-old", "terminated", "Client.UserInitiatedShutdown"))));

        var events = differ.diff(ACCOUNT, Optional.of(before), read(List.of(request("sir-new", "open",
                "pending-evaluation", "")), List.of(instance("i-new", "pending", ""))), NOW);

        assertThat(events).extracting(WatchEvent::kind, WatchEvent::id, WatchEvent::from, WatchEvent::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EventKind.REQUEST_NEW, "sir-new", "", "pending-evaluation"),
                        org.assertj.core.groups.Tuple.tuple(EventKind.REQUEST_GONE, "sir-old",
                                "instance-terminated-by-user", ""),
                        org.assertj.core.groups.Tuple.tuple(EventKind.INSTANCE_NEW, "i-new", "", "pending"),
                        org.assertj.core.groups.Tuple.tuple(EventKind.INSTANCE_GONE, "i-old", "terminated", ""));
    }

    @Test
    void nothingChangedTellsNothing() {
        var now = read(List.of(request("sir-1", "active", "fulfilled", "i-1")), List.of(instance("i-1", "running", "")));

        assertThat(differ.diff(ACCOUNT, Optional.of(differ.snapshot(ACCOUNT, now)), now, NOW)).isEmpty();
    }

    @Test
    void theFirstPollIsABaselineButAnInterruptionAlreadyRunningIsTold() {
        var now = read(List.of(request("sir-1", "active", "fulfilled", "i-1"),
                request("sir-2", "active", "marked-for-termination", "i-2")), List.of(instance("i-1", "running", ""),
                instance("i-2", "running", "")));

        var events = differ.diff(ACCOUNT, Optional.empty(), now, NOW);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.INTERRUPTION);
            assertThat(e.id()).isEqualTo("sir-2");
            assertThat(e.from()).isEmpty();
        });
    }

    @Test
    void theInterruptionSaysWhatHappensWhenAndWhatToDo() {
        var before = differ.snapshot(ACCOUNT, read(List.of(request("sir-1", "active", "fulfilled", "i-0abc")),
                List.of()));

        var event = differ.diff(ACCOUNT, Optional.of(before), read(List.of(request("sir-1", "active",
                "marked-for-stop", "i-0abc")), List.of()), NOW).get(0);

        // Status updated at 09:59:30; EC2 acts two minutes later.
        assertThat(event.message()).contains("EC2 will stop instance i-0abc", "m5.large", "eu-west-1a",
                "at about 10:01:30 UTC", "save", "drain", "launch a replacement");
    }

    @Test
    void theSnapshotKeepsStatesAndCodes() {
        var snapshot = differ.snapshot(ACCOUNT, read(List.of(request("sir-1", "open", "price-too-low", "")),
                List.of(instance("i-1", "stopped", "Server.SpotInstanceShutdown"))));

        assertThat(snapshot.requests()).containsEntry("sir-1", new SeenItem("sir-1", "open", "price-too-low"));
        assertThat(snapshot.instances()).containsEntry("i-1", new SeenItem("i-1", "stopped",
                "Server.SpotInstanceShutdown"));
        assertThat(snapshot.region()).isEqualTo("eu-west-1");
        assertThat(snapshot.account()).isEqualTo(ACCOUNT);
    }
}
