package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.testing.Ec2Fixtures;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.WireSession;
import org.spotspec.watch.MemoryEventStore;
import org.spotspec.watch.PollSchedule;
import org.spotspec.watch.RegionReader;
import org.spotspec.watch.RegionSnapshot;
import org.spotspec.watch.SessionWatch;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEngine;
import org.spotspec.watch.WatchEvent;

/** The watch loop over real HTTP: parallel regions, a store that fails for a while, and stop(). */
class WatchLoopTest {
    @RegisterExtension
    final WireSession wire = new WireSession();
    private final MutableClock clock = new MutableClock(CliHarness.NOW);
    private final List<StoredEvent> told = new CopyOnWriteArrayList<>();
    private final List<String> notes = new CopyOnWriteArrayList<>();

    @Test
    void aStoreThatFailsIsReportedAndThePollsGoOnUntilStopped() throws Exception {
        wire.aws().ec2Page("DescribeSpotInstanceRequests", null, null, Ec2Fixtures.describeSpotRequests(null,
                Ec2Fixtures.spotRequest("sir-1a2b3c4d", "active", "marked-for-termination", "i-0aaa1111bbbb22223")));
        wire.aws().ec2Page("DescribeInstances", null, null, Ec2Fixtures.describeInstances(null));
        var memory = new MemoryEventStore();
        var failures = new AtomicInteger(1);
        var store = new DelegatingStore(memory) {
            @Override
            public List<StoredEvent> record(RegionSnapshot now, List<WatchEvent> events) {
                if (failures.getAndDecrement() > 0) {
                    throw new IllegalStateException("database unavailable");
                }
                return super.record(now, events);
            }
        };
        var schedule = new PollSchedule(clock);
        schedule.regions(List.of("eu-west-1", "us-east-1"));
        var loop = new WatchLoop(new WatchLoop.Parts(new RegionReader(new SpotRequestService(), new InstanceService()),
                new WatchEngine(store, clock), schedule, new SessionWatch(), told::addAll, s -> Optional.empty(),
                s -> List.of(), notes::add), clock);

        var run = CompletableFuture.supplyAsync(() -> loop.run(wire.session()));
        CliWatchWireTest.await(() -> wire.aws().count("DescribeInstances") >= 2 && settled(schedule));
        clock.advance(Duration.ofSeconds(60));
        CliWatchWireTest.await(() -> wire.aws().count("DescribeInstances") >= 4 && told.size() >= 2);
        loop.stop();

        assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCode.OK);
        assertThat(loop.awaitEnd(Duration.ofSeconds(1))).isTrue();
        assertThat(notes).anyMatch(n -> n.contains("could not be stored (database unavailable)"));
        // The failed region's interruption is told after its next poll; the other's at once: each once.
        assertThat(told).extracting(s -> s.event().region() + " " + s.event().kind().id()).containsExactlyInAnyOrder(
                "eu-west-1 interruption", "us-east-1 interruption");
        assertThat(schedule.statuses()).noneMatch(s -> s.inFlight());
    }

    @Test
    void aRegionThatCannotBeReadIsToldOnceAndTheOthersGoOn() throws Exception {
        wire.aws().ec2Page("DescribeSpotInstanceRequests", "eu-west-1", null, Ec2Fixtures.describeSpotRequests(null));
        wire.aws().ec2Error("DescribeSpotInstanceRequests", "us-east-1", 403, "UnauthorizedOperation",
                "You are not authorized to perform this operation.");
        wire.aws().ec2Page("DescribeInstances", null, null, Ec2Fixtures.describeInstances(null));
        var schedule = new PollSchedule(clock);
        schedule.regions(List.of("eu-west-1", "us-east-1"));
        var loop = new WatchLoop(new WatchLoop.Parts(new RegionReader(new SpotRequestService(), new InstanceService()),
                new WatchEngine(new MemoryEventStore(), clock), schedule, new SessionWatch(), told::addAll,
                s -> Optional.empty(), s -> List.of(), notes::add), clock);

        var run = CompletableFuture.supplyAsync(() -> loop.run(wire.session()));
        CliWatchWireTest.await(() -> wire.aws().count("DescribeSpotInstanceRequests") >= 2 && told.size() >= 1
                && settled(schedule));
        clock.advance(Duration.ofSeconds(60));
        CliWatchWireTest.await(() -> wire.aws().count("DescribeSpotInstanceRequests") >= 4
                && settled(schedule));
        loop.stop();

        assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCode.OK);
        assertThat(told).singleElement().satisfies(s -> {
            assertThat(s.event().kind().id()).isEqualTo("watch");
            assertThat(s.event().region()).isEqualTo("us-east-1");
            assertThat(s.event().account()).isEqualTo("123456789012");
            assertThat(s.event().to()).isEqualTo("UnauthorizedOperation");
        });
        assertThat(notes).anyMatch(n -> n.startsWith("eu-west-1: 0 spot requests"));
    }

    /**
     * No poll in flight: the stub counts a call when it arrives, the schedule dates a poll when its
     * answer was read. A clock moved in between dates that poll later, and its next one never comes due.
     */
    private static boolean settled(PollSchedule schedule) {
        return schedule.statuses().stream().noneMatch(s -> s.inFlight());
    }
}
