package org.spotspec.settings;

import java.util.Arrays;
import java.util.Optional;

/** A saved choice back from its name: empty for a name the app no longer (or never) offered. */
public final class EnumNames {
    private EnumNames() {
    }

    public static <E extends Enum<E>> Optional<E> find(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst();
    }
}
