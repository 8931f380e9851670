package dev.slant.text.pattern;

import dev.slant.text.Work;

/**
 * A fixed set of {@link WordIds}: a bit map from its lowest id's word of 64 on, so a test
 * is one array read. Immutable.
 */
final class IdSet {

    private final int base; // the index of the first word of 64 ids the map holds
    private final long[] bits;

    private IdSet(int base, long[] bits) {
        this.base = base;
        this.bits = bits;
    }

    static IdSet of(int[] ids) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int id : ids) {
            Work.step();
            lo = Math.min(lo, id >> 6);
            hi = Math.max(hi, id >> 6);
        }
        if (hi < 0) {
            return new IdSet(0, new long[0]);
        }
        long[] bits = new long[hi - lo + 1];
        for (int id : ids) {
            Work.step();
            bits[(id >> 6) - lo] |= 1L << id;
        }
        return new IdSet(lo, bits);
    }

    /** True if the set holds {@code id}; false for -1 (a form no pattern tests). */
    boolean contains(int id) {
        int word = (id >> 6) - base;
        return id >= 0 && word >= 0 && word < bits.length && (bits[word] & (1L << id)) != 0;
    }
}
