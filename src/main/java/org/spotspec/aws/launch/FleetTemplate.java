package org.spotspec.aws.launch;

/**
 * The launch template a fleet launches from.
 *
 * @param id      {@code lt-…}; {@code ""} when the user named an existing template by name only
 * @param name    its name; {@code ""} when named by id only
 * @param version what the fleet asks for: a number, {@code $Default} or {@code $Latest}
 * @param created whether SpotSpec created it for this launch (then the user may delete it after)
 */
public record FleetTemplate(String id, String name, String version, boolean created) {
    /** SpotSpec's tag on the templates it creates, so the user can find and delete them. */
    public static final String TAG_KEY = "spotspec:created-by";
    public static final String TAG_VALUE = "spotspec";

    /** The user's own template, by id ({@code lt-…}) or name. */
    public static FleetTemplate existing(String idOrName, String version) {
        boolean byId = idOrName.startsWith("lt-");
        return new FleetTemplate(byId ? idOrName : "", byId ? "" : idOrName, version, false);
    }

    public String label() {
        var both = id.isEmpty() ? name : name.isEmpty() ? id : name + " (" + id + ")";
        return both + " version " + version + (created ? ", created by SpotSpec" : "");
    }
}
