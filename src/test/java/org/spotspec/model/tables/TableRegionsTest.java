package org.spotspec.model.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotspec.testing.InlineCalls;
import org.spotspec.testing.TestSessions;
import software.amazon.awssdk.regions.Region;

/** The regions the tables show: the session's while nothing is chosen, the choice otherwise. No toolkit. */
class TableRegionsTest {
    private final TestSessions sessions = new TestSessions();
    private final InlineCalls aws = new InlineCalls();
    private final TableRegions regions = new TableRegions(aws.session);
    private final List<List<String>> seen = new ArrayList<>();

    @AfterEach
    void tearDown() {
        aws.session.clear();
        sessions.close();
    }

    @Test
    void withNothingChosenTheSessionsRegionIsShownAndFollowsASwitch() {
        regions.effectiveProperty().addListener((obs, old, now) -> seen.add(now));
        assertThat(regions.effective()).as("signed out").isEmpty();

        var signedIn = sessions.typedKeys();
        aws.session.set(signedIn);
        assertThat(regions.effective()).containsExactly(signedIn.region().id());

        aws.session.set(signedIn.inRegion(Region.AP_SOUTHEAST_2));
        assertThat(regions.effective()).containsExactly("ap-southeast-2");
        assertThat(seen).containsExactly(List.of(signedIn.region().id()), List.of("ap-southeast-2"));
    }

    @Test
    void aChoiceIsKeptAcrossARegionSwitchAndAnEmptyOneGoesBackToTheSessions() {
        var signedIn = sessions.typedKeys();
        aws.session.set(signedIn);

        regions.choose(Arrays.asList(" us-east-1", "eu-west-1", "", null, "us-east-1"));
        assertThat(regions.chosen()).as("trimmed, blanks and repeats dropped").containsExactly("us-east-1", "eu-west-1");
        assertThat(regions.effective()).containsExactly("us-east-1", "eu-west-1");
        assertThat(regions.followsSession()).isFalse();

        aws.session.set(signedIn.inRegion(Region.AP_SOUTHEAST_2));
        assertThat(regions.effective()).containsExactly("us-east-1", "eu-west-1");

        regions.choose(List.of());
        assertThat(regions.followsSession()).isTrue();
        assertThat(regions.effectiveProperty().get()).containsExactly("ap-southeast-2");
    }
}
