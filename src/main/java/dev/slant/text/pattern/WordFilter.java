package dev.slant.text.pattern;

/**
 * A Bloom filter of word forms: 32 KB, two bits a form. Most forms of a text are in no
 * rule, and two reads of this small array turn nearly all of them away without the
 * search of a large map. Filled once, then only read (safe to share once published).
 */
public final class WordFilter {

    private final long[] bits = new long[1 << 12];

    public void add(String form) {
        int h = form.hashCode();
        int g = h * 0x9E3779B9; // a second hash from the first
        bits[(h >>> 6) & (bits.length - 1)] |= 1L << h;
        bits[(g >>> 14) & (bits.length - 1)] |= 1L << (g >>> 8);
    }

    /** False if the form was surely never added; true if it may have been. */
    public boolean mayHave(String form) {
        int h = form.hashCode();
        int g = h * 0x9E3779B9;
        return (bits[(h >>> 6) & (bits.length - 1)] & (1L << h)) != 0
                && (bits[(g >>> 14) & (bits.length - 1)] & (1L << (g >>> 8))) != 0;
    }
}
