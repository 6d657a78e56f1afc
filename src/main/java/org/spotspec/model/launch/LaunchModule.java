package org.spotspec.model.launch;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.launch.FleetService;
import org.spotspec.aws.launch.LaunchService;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.model.session.SessionState;

/**
 * The Launch tab's models, built once for the app: the form and its lookups, the single-type launch,
 * the EC2 Fleet way sharing that form, and the capacity fallback between them. Kept here so the
 * app's object graph ({@code AppServices}) needs one line for the whole tab.
 */
public final class LaunchModule {
    private final LaunchModel launch;
    private final FleetLaunch fleet;
    private final CapacityFallback fallback;

    /** @param sources what the Prices tab knows (ticked types, latest scores) for the capacity fallback */
    public LaunchModule(AwsCalls calls, LaunchService service, SpotPriceService prices, SessionState session,
                        ActivityLog log, Clock clock, ZoneId zone, CapacityFallback.Sources sources) {
        this.launch = new LaunchModel(calls, service, session, log, new LaunchForm(clock, zone),
                new LaunchLookups(calls, service, prices));
        this.fleet = new FleetLaunch(calls, new FleetService(clock, new SecureRandom()), session, log, launch,
                new FleetForm(launch.form()));
        this.fallback = new CapacityFallback(launch, fleet, sources);
        // A region switch (or another sign-in) makes an offer of the old region's zones meaningless.
        session.sessionProperty().addListener((obs, old, now) -> fallback.withdraw());
    }

    public LaunchModel launch() {
        return launch;
    }

    public FleetLaunch fleet() {
        return fleet;
    }

    public CapacityFallback capacityFallback() {
        return fallback;
    }
}
