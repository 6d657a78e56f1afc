package org.spotspec.model.archive;

import java.util.Locale;

/** Sizes on disk as people read them. */
public final class Sizes {
    private Sizes() {
    }

    /** 812 bytes, 4.2 KB, 18.5 MB, 2.1 GB (powers of 1024, as file managers show them). */
    public static String bytes(long n) {
        if (n < 1024) {
            return n + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = n;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
