package org.spotspec.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.Ec2Fixtures;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.WireSession;

/**
 * The watcher's read → diff → store over real HTTP, with a stub whose answers change between polls:
 * each kind of change is told once, a restart on the same store tells nothing again, and EC2's
 * throttling slows the region down.
 */
class WatchWireTest {
    private static final String REGION = "eu-west-1";
    private static final String REQUESTS = "DescribeSpotInstanceRequests";
    private static final String INSTANCES = "DescribeInstances";

    @RegisterExtension
    final WireSession wire = new WireSession();
    private final MutableClock clock = new MutableClock(Rows.NOW);
    private final RegionReader reader = new RegionReader(new SpotRequestService(), new InstanceService());
    private final MemoryEventStore store = new MemoryEventStore();

    @Test
    void eachChangeIsToldOnceAndARestartRepeatsNothing() {
        var engine = new WatchEngine(store, clock);
        var told = new ArrayList<WatchEvent>();
        answer(List.of(request("sir-11111111", "open", "pending-evaluation", "")), List.of());
        assertThat(poll(engine, told)).as("baseline").isEmpty();

        answer(List.of(request("sir-11111111", "active", "fulfilled", "i-0aaa1111bbbb22223"),
                request("sir-22222222", "open", "capacity-not-available", "")),
                List.of(Ec2Fixtures.instance("i-0aaa1111bbbb22223", "running", "sir-11111111")));
        poll(engine, told);
        answer(List.of(request("sir-11111111", "active", "marked-for-termination", "i-0aaa1111bbbb22223"),
                request("sir-22222222", "open", "capacity-not-available", "")),
                List.of(Ec2Fixtures.instance("i-0aaa1111bbbb22223", "running", "sir-11111111")));
        poll(engine, told);
        poll(engine, told); // nothing changed
        answer(List.of(request("sir-11111111", "closed", "instance-terminated-by-price", "i-0aaa1111bbbb22223"),
                request("sir-22222222", "open", "capacity-not-available", "")),
                List.of(interrupted("i-0aaa1111bbbb22223", "shutting-down", "sir-11111111")));
        poll(engine, told);
        answer(List.of(request("sir-22222222", "open", "capacity-not-available", "")), List.of());
        poll(engine, told);

        assertThat(told).extracting(e -> e.kind() + " " + e.id() + " " + e.from() + "→" + e.to()).containsExactly(
                "REQUEST_STATUS sir-11111111 pending-evaluation→fulfilled",
                "REQUEST_NEW sir-22222222 →capacity-not-available",
                "INSTANCE_NEW i-0aaa1111bbbb22223 →running",
                "INTERRUPTION sir-11111111 fulfilled→marked-for-termination",
                "REQUEST_STATUS sir-11111111 marked-for-termination→instance-terminated-by-price",
                "INSTANCE_STATE i-0aaa1111bbbb22223 running→shutting-down",
                "REQUEST_GONE sir-11111111 instance-terminated-by-price→",
                "INSTANCE_GONE i-0aaa1111bbbb22223 shutting-down→");
        assertThat(told.get(5).message()).contains("Server.SpotInstanceTermination");
        assertThat(told.get(5).severity()).isEqualTo(Severity.URGENT);
        assertThat(told).allMatch(e -> e.account().equals(AwsStub.ACCOUNT) && e.region().equals(REGION));

        var restarted = new WatchEngine(store, clock);
        assertThat(poll(restarted, told)).as("after a restart").isEmpty();
        assertThat(store.since(Rows.NOW, 100)).hasSize(8);
        assertThat(wire.aws().count(REQUESTS)).isEqualTo(7);
        assertThat(wire.aws().count(INSTANCES)).isEqualTo(7);
    }

    @Test
    void throttlingDoublesTheRegionsIntervalAndSuccessBringsItBack() {
        var schedule = new PollSchedule(clock);
        schedule.regions(List.of(REGION));
        wire.aws().ec2Error(REQUESTS, 503, "RequestLimitExceeded", "Request limit exceeded.");
        answer(null, List.of());

        assertThat(schedule.due()).containsExactly(REGION);
        var problem = readFails();
        var told = schedule.failed(REGION, problem);

        assertThat(problem.code()).isEqualTo("RequestLimitExceeded");
        assertThat(told).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.WATCH);
            assertThat(e.message()).contains("throttling", "every 120 s");
        });
        clock.advance(Duration.ofSeconds(60));
        assertThat(schedule.due()).as("not at the old interval").isEmpty();
        clock.advance(Duration.ofSeconds(60));
        assertThat(schedule.due()).containsExactly(REGION);

        answer(List.of(request("sir-11111111", "open", "pending-evaluation", "")), List.of());
        new WatchEngine(store, clock).observe(AwsStub.ACCOUNT, reader.read(wire.session(), REGION));
        assertThat(schedule.succeeded(REGION)).singleElement().satisfies(e -> assertThat(e.message())
                .contains("every 60 s again"));
        assertThat(schedule.interval(REGION)).isEqualTo(Duration.ofSeconds(60));
    }

    private org.spotspec.aws.AwsProblem readFails() {
        try {
            reader.read(wire.session(), REGION);
        } catch (RuntimeException e) {
            return ErrorTranslator.translate("Read " + REGION, e);
        }
        throw new AssertionError("the read should fail");
    }

    private List<StoredEvent> poll(WatchEngine engine, List<WatchEvent> told) {
        clock.advance(Duration.ofSeconds(60));
        var stored = engine.observe(wire.session().identity().account(), reader.read(wire.session(), REGION));
        stored.forEach(s -> told.add(s.event()));
        return stored;
    }

    /** What the stub answers from now on (the newest stub wins); null leaves the requests' answer as it is. */
    private void answer(List<String> requests, List<String> instances) {
        if (requests != null) {
            wire.aws().ec2Page(REQUESTS, REGION, null, Ec2Fixtures.describeSpotRequests(null,
                    requests.toArray(String[]::new)));
        }
        wire.aws().ec2Page(INSTANCES, REGION, null, Ec2Fixtures.describeInstances(null, instances.toArray(String[]::new)));
    }

    private static String request(String id, String state, String code, String instanceId) {
        return Ec2Fixtures.spotRequest(id, state, code, instanceId);
    }

    /** An instance EC2 is taking back, with its StateReason as EC2 writes it. */
    private static String interrupted(String id, String state, String requestId) {
        return Ec2Fixtures.instance(id, state, requestId).replace("<architecture>", "<stateReason><code>"
                + "Server.SpotInstanceTermination</code><message>Server.SpotInstanceTermination: Spot instance "
                + "termination</message></stateReason><architecture>");
    }
}
