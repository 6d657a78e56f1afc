package org.spotspec.aws;

import java.util.Comparator;
import java.util.Map;

/**
 * Orders EC2 instance types as people read them: by family in natural order (c5 &lt; c5a &lt; c6g
 * &lt; m5 &lt; m10), then by size (nano &lt; … &lt; large &lt; xlarge &lt; 2xlarge &lt; … &lt; metal
 * &lt; metal-24xl), so {@code m5.large < m5.xlarge < m5.2xlarge < m5.4xlarge}. Sizes it does not
 * know come after the known ones, alphabetically.
 */
public final class InstanceTypeOrder implements Comparator<String> {
    public static final InstanceTypeOrder INSTANCE = new InstanceTypeOrder();

    private static final Map<String, Integer> SMALL_SIZES = Map.of(
            "nano", -4, "micro", -3, "small", -2, "medium", -1, "large", 0, "xlarge", 1);
    private static final long METAL = 1_000_000L;
    private static final long UNKNOWN = Long.MAX_VALUE;

    private InstanceTypeOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int dotA = a.indexOf('.');
        int dotB = b.indexOf('.');
        String familyA = dotA < 0 ? a : a.substring(0, dotA);
        String familyB = dotB < 0 ? b : b.substring(0, dotB);
        int c = natural(familyA, familyB);
        if (c != 0) {
            return c;
        }
        String sizeA = dotA < 0 ? "" : a.substring(dotA + 1);
        String sizeB = dotB < 0 ? "" : b.substring(dotB + 1);
        c = Long.compare(rank(sizeA), rank(sizeB));
        return c != 0 ? c : a.compareTo(b);
    }

    /** Size as a number of "xlarge" units, so that 12xlarge sorts after 8xlarge. */
    private static long rank(String size) {
        var small = SMALL_SIZES.get(size);
        if (small != null) {
            return small;
        }
        if (size.endsWith("xlarge")) {
            var count = leadingNumber(size);
            return count < 0 ? UNKNOWN : count;
        }
        if (size.equals("metal")) {
            return METAL;
        }
        if (size.startsWith("metal-")) {
            var count = leadingNumber(size.substring("metal-".length()));
            return count < 0 ? UNKNOWN : METAL + count;
        }
        return UNKNOWN;
    }

    private static long leadingNumber(String text) {
        int end = 0;
        while (end < text.length() && end < 9 && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 ? -1 : Long.parseLong(text.substring(0, end));
    }

    /** Compares runs of digits by value and everything else character by character. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int c = compareDigits(a.substring(i, endA), b.substring(j, endB));
                if (c != 0) {
                    return c;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int compareDigits(String a, String b) {
        var x = a.replaceFirst("^0+(?=.)", "");
        var y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
}
