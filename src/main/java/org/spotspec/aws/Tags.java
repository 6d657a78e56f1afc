package org.spotspec.aws;

import java.util.List;
import software.amazon.awssdk.services.ec2.model.Tag;

/** Reading EC2 tags, which the SDK hands over as a list that may be empty but not null. */
public final class Tags {
    private Tags() {
    }

    /** The {@code Name} tag's value, or empty. */
    public static String name(List<Tag> tags) {
        return tags == null ? "" : tags.stream().filter(t -> "Name".equals(t.key())).map(Tag::value)
                .filter(v -> v != null).findFirst().orElse("");
    }

    /** {@code null} as empty, so records and filters never see null strings. */
    public static String text(String value) {
        return value == null ? "" : value;
    }
}
