package dev.slant.engine;

import dev.slant.text.Work;
import java.util.Arrays;
import java.util.List;

/**
 * The token spans of a rule's exception matches in one sentence, for asking in log time
 * whether a match lies inside one (a scan per match made a sentence with thousands of
 * matches quadratic).
 */
final class ExceptionSpans {

    private static final ExceptionSpans NONE = new ExceptionSpans(new int[0], new int[0]);

    private final int[] starts;   // sorted
    private final int[] reach;    // reach[i]: the furthest end of spans 0..i

    private ExceptionSpans(int[] starts, int[] reach) {
        this.starts = starts;
        this.reach = reach;
    }

    /** The exception spans among {@code matches}. */
    static ExceptionSpans of(List<PhraseMatcher.Match> matches) {
        int n = 0;
        for (PhraseMatcher.Match m : matches) {
            Work.step();
            if (m.exception()) {
                n++;
            }
        }
        if (n == 0) {
            return NONE;
        }
        long[] spans = new long[n];
        int i = 0;
        for (PhraseMatcher.Match m : matches) {
            Work.step();
            if (m.exception()) {
                spans[i++] = ((long) m.firstToken() << 32) | (m.endToken() & 0xFFFFFFFFL);
            }
        }
        Arrays.sort(spans);
        int[] starts = new int[n];
        int[] reach = new int[n];
        int furthest = Integer.MIN_VALUE;
        for (i = 0; i < n; i++) {
            Work.step();
            starts[i] = (int) (spans[i] >>> 32);
            furthest = Math.max(furthest, (int) spans[i]);
            reach[i] = furthest;
        }
        return new ExceptionSpans(starts, reach);
    }

    /** True if tokens [first, end) lie inside an exception span. */
    boolean covers(int first, int end) {
        int lo = 0;
        int hi = starts.length - 1;
        int last = -1; // the last span starting at or before first
        while (lo <= hi) {
            Work.step();
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= first) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && reach[last] >= end;
    }
}
