package org.spotspec.settings;

import java.util.ArrayList;
import java.util.Properties;
import org.spotspec.settings.LaunchSettings.RegionChoices;

/**
 * The {@code launch.*} keys of the settings file. One line per value keeps the file readable
 * and hand-editable; a region's values live under {@code launch.region.<id>.}, and
 * {@code launch.regions} lists the ids, most recent first; the EC2 Fleet way's under
 * {@code launch.fleet.}. Nothing is checked here: LaunchSettings
 * drops what is not a region id (it is part of a key), the form's own rules decide what is fit to
 * restore.
 */
final class LaunchSettingsFormat {
    private static final String REGION = "launch.region.";
    private static final String FLEET = "launch.fleet.";

    private LaunchSettingsFormat() {
    }

    static LaunchSettings read(Properties props) {
        var regions = new ArrayList<RegionChoices>();
        // LaunchSettings drops ids that are not region ids (they are part of keys) and the oldest.
        for (var id : SettingsStore.list(props, "launch.regions")) {
            regions.add(readRegion(props, id));
        }
        return new LaunchSettings(props.getProperty("launch.method", ""), props.getProperty("launch.count", ""),
                props.getProperty("launch.requestType", ""), props.getProperty("launch.interruption", ""),
                props.getProperty("launch.instanceProfile", ""), regions, new LaunchSettings.FleetChoices(
                        Boolean.parseBoolean(props.getProperty(FLEET + "chosen", "false")),
                        props.getProperty(FLEET + "types", ""), props.getProperty(FLEET + "strategy", ""),
                        props.getProperty(FLEET + "onDemandBase", "")));
    }

    private static RegionChoices readRegion(Properties props, String id) {
        var prefix = REGION + id + ".";
        return new RegionChoices(id, props.getProperty(prefix + "imageId", ""),
                props.getProperty(prefix + "instanceType", ""), props.getProperty(prefix + "maxPrice", ""),
                props.getProperty(prefix + "pairName", ""), SettingsStore.list(props, prefix + "securityGroups"),
                props.getProperty(prefix + "subnet", ""), props.getProperty(prefix + "zone", ""));
    }

    static void write(Properties props, LaunchSettings launch) {
        props.setProperty("launch.method", launch.method());
        props.setProperty("launch.count", launch.count());
        props.setProperty("launch.requestType", launch.requestType());
        props.setProperty("launch.interruption", launch.interruption());
        props.setProperty("launch.instanceProfile", launch.instanceProfile());
        props.setProperty(FLEET + "chosen", String.valueOf(launch.fleet().chosen()));
        props.setProperty(FLEET + "types", launch.fleet().types());
        props.setProperty(FLEET + "strategy", launch.fleet().strategy());
        props.setProperty(FLEET + "onDemandBase", launch.fleet().onDemandBase());
        props.setProperty("launch.regions", String.join(",", launch.regions().stream().map(RegionChoices::region)
                .toList()));
        for (var r : launch.regions()) {
            var prefix = REGION + r.region() + ".";
            props.setProperty(prefix + "imageId", r.imageId());
            props.setProperty(prefix + "instanceType", r.instanceType());
            props.setProperty(prefix + "maxPrice", r.maxPrice());
            props.setProperty(prefix + "pairName", r.pairName());
            props.setProperty(prefix + "securityGroups", String.join(",", r.securityGroups()));
            props.setProperty(prefix + "subnet", r.subnet());
            props.setProperty(prefix + "zone", r.zone());
        }
    }
}
