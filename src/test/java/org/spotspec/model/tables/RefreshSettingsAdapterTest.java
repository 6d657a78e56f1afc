package org.spotspec.model.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotspec.settings.RefreshSettings;
import org.spotspec.testing.InlineCalls;

/** The tables' intervals to and from the settings; signed out, so the tables never call. */
class RefreshSettingsAdapterTest {
    private final InlineCalls aws = new InlineCalls();
    private final LiveTable<String> requests = table();
    private final LiveTable<String> instances = table();

    private LiveTable<String> table() {
        return new LiveTable<>("Describe rows", aws.calls, aws.session, new TableRegions(aws.session), aws.status,
                aws.clock, (s, region) -> List.<String>of(),
                row -> "", List::of, List.of());
    }

    @Test
    void restoresEachTablesOwnInterval() {
        RefreshSettingsAdapter.restore(requests, instances, new RefreshSettings("SECONDS_30", "MINUTES_5"));

        assertThat(requests.intervalProperty().get()).isEqualTo(RefreshInterval.SECONDS_30);
        assertThat(instances.intervalProperty().get()).isEqualTo(RefreshInterval.MINUTES_5);
    }

    @Test
    void unknownOrMissingNamesLeaveTheDefault() {
        RefreshSettingsAdapter.restore(requests, instances, new RefreshSettings("EVERY_2_SECONDS", ""));
        assertThat(requests.intervalProperty().get()).isEqualTo(RefreshInterval.OFF);
        assertThat(instances.intervalProperty().get()).isEqualTo(RefreshInterval.OFF);

        RefreshSettingsAdapter.restore(requests, instances, new RefreshSettings("seconds_30", null));
        assertThat(requests.intervalProperty().get()).as("names are exact").isEqualTo(RefreshInterval.OFF);
    }

    @Test
    void remembersWhatEachTableShowsAndRestoresItAgain() {
        requests.intervalProperty().set(RefreshInterval.MINUTE_1);

        var saved = RefreshSettingsAdapter.remember(requests, instances);

        assertThat(saved).isEqualTo(new RefreshSettings("MINUTE_1", "OFF"));
        var again = table();
        RefreshSettingsAdapter.restore(again, table(), saved);
        assertThat(again.intervalProperty().get()).isEqualTo(RefreshInterval.MINUTE_1);
    }

    @Test
    void theRegionsShownAreRestoredToBothTablesAndRemembered() {
        RefreshSettingsAdapter.restore(requests, instances,
                new RefreshSettings("", "", List.of("us-east-1", "eu-west-1")));

        assertThat(requests.regions().chosen()).containsExactly("us-east-1", "eu-west-1");
        assertThat(instances.regions().chosen()).containsExactly("us-east-1", "eu-west-1");
        assertThat(RefreshSettingsAdapter.remember(requests, instances).regions())
                .containsExactly("us-east-1", "eu-west-1");

        RefreshSettingsAdapter.restore(requests, instances, RefreshSettings.none());
        assertThat(requests.regions().followsSession()).as("nothing saved: the session's region").isTrue();
    }
}
