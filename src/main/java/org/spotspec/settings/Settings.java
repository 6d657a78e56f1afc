package org.spotspec.settings;

import java.util.Set;

/**
 * What SpotSpec remembers between runs. Secrets (secret keys, session tokens, MFA codes, and the
 * access key id that goes with them) are deliberately not components: whatever is a component
 * ends up in a plain-text file. The compact constructor repairs out-of-range values, so every
 * instance, however built, is one the app can use as-is.
 *
 * @param sourceKind         {@code "PROFILE"}, {@code "ENVIRONMENT"} or {@code "KEYS"}; anything
 *                           else becomes {@code "PROFILE"}
 * @param profile            last profile name, {@code ""} if none
 * @param region             last region id, {@code ""} if none
 * @param useMfa             whether the MFA box was ticked
 * @param mfaDurationSeconds session length asked of STS, clamped to
 *                           {@value #MIN_MFA_SECONDS}..{@value #MAX_MFA_SECONDS}
 * @param endpointUrl        the Advanced endpoint override, {@code ""} if none
 * @param window             main window bounds
 * @param prices             the Prices tab's last query
 * @param refresh            the Requests and Instances tables' auto-refresh intervals
 * @param launch             the Launch form's last submitted choices (never user data or tags)
 * @param archive            the price archive's URL and tracked series
 * @param watch              the watcher's interval, regions, notifications and price alert rules
 * @param roles              the sign-in form's role part: ticked or not, the last role ARNs
 * @param sso                IAM Identity Center: the account and role chosen per profile, sharing logins
 */
public record Settings(
        String sourceKind,
        String profile,
        String region,
        boolean useMfa,
        int mfaDurationSeconds,
        String endpointUrl,
        WindowBounds window,
        PriceQuerySettings prices,
        RefreshSettings refresh,
        LaunchSettings launch,
        ArchiveSettings archive,
        WatchSettings watch,
        RoleSettings roles,
        SsoSettings sso) {

    public static final String PROFILE = "PROFILE";
    public static final String ENVIRONMENT = "ENVIRONMENT";
    public static final String KEYS = "KEYS";
    public static final Set<String> SOURCE_KINDS = Set.of(PROFILE, ENVIRONMENT, KEYS);

    // The limits STS GetSessionToken accepts for IAM users; 12 h is its own default.
    public static final int MIN_MFA_SECONDS = 900;
    public static final int MAX_MFA_SECONDS = 129_600;
    public static final int DEFAULT_MFA_SECONDS = 43_200;

    public Settings {
        sourceKind = SOURCE_KINDS.contains(sourceKind) ? sourceKind : PROFILE;
        profile = profile == null ? "" : profile;
        region = region == null ? "" : region;
        mfaDurationSeconds = Math.max(MIN_MFA_SECONDS, Math.min(MAX_MFA_SECONDS, mfaDurationSeconds));
        endpointUrl = endpointUrl == null ? "" : endpointUrl;
        window = window == null ? WindowBounds.unset() : window;
        prices = prices == null ? PriceQuerySettings.none() : prices;
        refresh = refresh == null ? RefreshSettings.none() : refresh;
        launch = launch == null ? LaunchSettings.none() : launch;
        archive = archive == null ? ArchiveSettings.none() : archive;
        watch = watch == null ? WatchSettings.none() : watch;
        roles = roles == null ? RoleSettings.none() : roles;
        sso = sso == null ? SsoSettings.none() : sso;
    }

    public static Settings defaults() {
        return new Settings(PROFILE, "", "", false, DEFAULT_MFA_SECONDS, "", WindowBounds.unset(),
                PriceQuerySettings.none(), RefreshSettings.none(), LaunchSettings.none(), ArchiveSettings.none(),
                WatchSettings.none(), RoleSettings.none(), SsoSettings.none());
    }

    public Settings withSourceKind(String value) {
        return new Settings(value, profile, region, useMfa, mfaDurationSeconds, endpointUrl, window, prices,
                refresh, launch, archive, watch, roles, sso);
    }

    public Settings withProfile(String value) {
        return new Settings(sourceKind, value, region, useMfa, mfaDurationSeconds, endpointUrl, window, prices,
                refresh, launch, archive, watch, roles, sso);
    }

    public Settings withRegion(String value) {
        return new Settings(sourceKind, profile, value, useMfa, mfaDurationSeconds, endpointUrl, window, prices,
                refresh, launch, archive, watch, roles, sso);
    }

    public Settings withUseMfa(boolean value) {
        return new Settings(sourceKind, profile, region, value, mfaDurationSeconds, endpointUrl, window, prices,
                refresh, launch, archive, watch, roles, sso);
    }

    public Settings withMfaDurationSeconds(int value) {
        return new Settings(sourceKind, profile, region, useMfa, value, endpointUrl, window, prices,
                refresh, launch, archive, watch, roles, sso);
    }

    public Settings withEndpointUrl(String value) {
        return new Settings(sourceKind, profile, region, useMfa, mfaDurationSeconds, value, window, prices,
                refresh, launch, archive, watch, roles, sso);
    }

    public Settings withWindow(WindowBounds value) {
        return new Settings(sourceKind, profile, region, useMfa, mfaDurationSeconds, endpointUrl, value, prices,
                refresh, launch, archive, watch, roles, sso);
    }

    public Settings withPrices(PriceQuerySettings value) {
        return new Settings(sourceKind, profile, region, useMfa, mfaDurationSeconds, endpointUrl, window, value,
                refresh, launch, archive, watch, roles, sso);
    }

    public Settings withRefresh(RefreshSettings value) {
        return new Settings(sourceKind, profile, region, useMfa, mfaDurationSeconds, endpointUrl, window, prices,
                value, launch, archive, watch, roles, sso);
    }

    public Settings withLaunch(LaunchSettings value) {
        return new Settings(sourceKind, profile, region, useMfa, mfaDurationSeconds, endpointUrl, window, prices,
                refresh, value, archive, watch, roles, sso);
    }

    public Settings withArchive(ArchiveSettings value) {
        return new Settings(sourceKind, profile, region, useMfa, mfaDurationSeconds, endpointUrl, window, prices,
                refresh, launch, value, watch, roles, sso);
    }

    public Settings withWatch(WatchSettings value) {
        return new Settings(sourceKind, profile, region, useMfa, mfaDurationSeconds, endpointUrl, window, prices,
                refresh, launch, archive, value, roles, sso);
    }

    public Settings withRoles(RoleSettings value) {
        return new Settings(sourceKind, profile, region, useMfa, mfaDurationSeconds, endpointUrl, window, prices,
                refresh, launch, archive, watch, value, sso);
    }

    public Settings withSso(SsoSettings value) {
        return new Settings(sourceKind, profile, region, useMfa, mfaDurationSeconds, endpointUrl, window, prices,
                refresh, launch, archive, watch, roles, value);
    }

    /**
     * Main window geometry. When {@code maximized} is true the other values are the bounds to
     * restore to on un-maximizing, not the maximized size. NaN {@code x}/{@code y} mean "never
     * placed": the app centres the window itself.
     */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        public static final double MIN_WIDTH = 1024;
        public static final double MIN_HEIGHT = 700;
        public static final double DEFAULT_WIDTH = 1200;
        public static final double DEFAULT_HEIGHT = 800;

        public WindowBounds {
            // An infinite position is as meaningless as a missing one.
            x = Double.isFinite(x) ? x : Double.NaN;
            y = Double.isFinite(y) ? y : Double.NaN;
            // NaN fails every comparison, so test finiteness before clamping.
            width = Double.isFinite(width) ? Math.max(MIN_WIDTH, width) : DEFAULT_WIDTH;
            height = Double.isFinite(height) ? Math.max(MIN_HEIGHT, height) : DEFAULT_HEIGHT;
        }

        public static WindowBounds unset() {
            return new WindowBounds(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
        }

        /**
         * The same bounds no larger than a screen of {@code width} × {@code height} (but never
         * under the minimum): the default 1200 × 800, or a size saved on a bigger monitor, would
         * otherwise open partly off a small screen, its menu and status bar out of reach.
         */
        public WindowBounds fittedTo(double screenWidth, double screenHeight) {
            return new WindowBounds(x, y, Math.min(width, screenWidth), Math.min(height, screenHeight), maximized);
        }

        /** True when there is a remembered position to restore, false when the app should centre. */
        public boolean hasPosition() {
            return !Double.isNaN(x) && !Double.isNaN(y);
        }
    }
}
