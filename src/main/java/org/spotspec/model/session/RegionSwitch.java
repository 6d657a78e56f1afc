package org.spotspec.model.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.spotspec.aws.AwsRegions;
import org.spotspec.aws.AwsSession;
import org.spotspec.model.activity.ActivityLog;
import software.amazon.awssdk.regions.Region;

/**
 * Moves the signed-in session to another region without signing in again: the same credentials,
 * expiry and identity (GetSessionToken's credentials are not tied to a region), no STS call. The
 * live tables follow the session by themselves while they show the session's region (see
 * {@code TableRegions}; regions chosen there stay as chosen); what else the region decides (instance types, the Launch form's lookups) is re-read by the listeners.
 */
public final class RegionSwitch {
    private final SessionState session;
    private final AwsCalls calls;
    private final ActivityLog log;
    private final Supplier<List<AwsRegions.Choice>> regions;
    private final List<Consumer<AwsSession>> listeners = new ArrayList<>();

    /** @param regions the regions offered, e.g. {@link AwsRegions#commercial()} */
    public RegionSwitch(SessionState session, AwsCalls calls, ActivityLog log,
                        Supplier<List<AwsRegions.Choice>> regions) {
        this.session = session;
        this.calls = calls;
        this.log = log;
        this.regions = regions;
    }

    /** Runs on the FX thread after each switch, with the session in its new region. */
    public void addListener(Consumer<AwsSession> listener) {
        listeners.add(listener);
    }

    /** The session's region id; empty when signed out. */
    public String currentRegion() {
        return session.current().map(s -> s.region().id()).orElse("");
    }

    /** Whether there is a session to switch (signed in, not in the middle of an MFA renewal). */
    public boolean canSwitch() {
        return session.current().isPresent() && !calls.isRenewing();
    }

    /**
     * The regions whose id or name contains every word of {@code query} (any case), in the
     * list's order; a blank query matches all.
     */
    public List<AwsRegions.Choice> matching(String query) {
        var words = query == null ? new String[0] : query.trim().toLowerCase(Locale.ROOT).split("\\s+");
        return regions.get().stream().filter(c -> {
            var text = c.label().toLowerCase(Locale.ROOT);
            for (var word : words) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /**
     * Switches to {@code regionId}; the session it replaces is closed. Nothing happens when signed
     * out, while a renewal asks for a code, or when the session is already there.
     *
     * @return the session in its new region, when it moved
     */
    public Optional<AwsSession> switchTo(String regionId) {
        var current = session.current().orElse(null);
        if (current == null || regionId == null || regionId.isBlank() || calls.isRenewing()
                || current.region().id().equals(regionId.trim())) {
            return Optional.empty();
        }
        var moved = current.inRegion(Region.of(regionId.trim()));
        session.set(moved);
        log.info("Switched region from " + current.region().id() + " to " + moved.region().id()
                + " (same session, no new sign-in)");
        listeners.forEach(l -> l.accept(moved));
        return Optional.of(moved);
    }
}
