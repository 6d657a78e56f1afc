package org.spotspec.archive;

import java.util.ArrayList;
import java.util.List;

/** Closed spans of epoch seconds as {@code long[]{from, to}}, sorted by {@code from}, merged. */
final class SpanMath {
    private SpanMath() {
    }

    /** The parts of [from, to] that no span covers, in time order. */
    static List<long[]> missing(List<long[]> spans, long from, long to) {
        var result = new ArrayList<long[]>();
        long cursor = from;
        for (var s : spans) {
            if (s[1] < cursor) {
                continue;
            }
            if (s[0] > to) {
                break;
            }
            if (s[0] > cursor) {
                result.add(new long[] {cursor, s[0]});
            }
            cursor = Math.max(cursor, s[1]);
            if (cursor >= to) {
                return result;
            }
        }
        if (cursor < to || result.isEmpty() && cursor == from && !covers(spans, from)) {
            result.add(new long[] {cursor, to});
        }
        return result;
    }

    /** The holes between spans, clipped to [from, to]: before the first or after the last span is no gap. */
    static List<long[]> gaps(List<long[]> spans, long from, long to) {
        var result = new ArrayList<long[]>();
        for (int i = 1; i < spans.size(); i++) {
            long holeFrom = Math.max(spans.get(i - 1)[1], from);
            long holeTo = Math.min(spans.get(i)[0], to);
            if (holeFrom < holeTo) {
                result.add(new long[] {holeFrom, holeTo});
            }
        }
        return result;
    }

    private static boolean covers(List<long[]> spans, long t) {
        return spans.stream().anyMatch(s -> s[0] <= t && t <= s[1]);
    }
}
