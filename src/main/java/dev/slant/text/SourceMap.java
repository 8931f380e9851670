package dev.slant.text;

import java.util.Arrays;

/**
 * Maps offsets in the prose slant reads back to offsets in the file it came from. The prose
 * of a Markdown or HTML draft is built from pieces of the file: runs copied as they are,
 * which map character for character, and replacements (an entity such as "&amp;rsquo;" read
 * as "’", a block break), which map as a whole to the source they replace. Plain text maps
 * to itself.
 */
public final class SourceMap {

    /** The map of a text that is its own source. */
    public static final SourceMap IDENTITY = new SourceMap(new int[0], new int[0], new int[0], 0);

    // Segment i covers prose [proseStart[i], proseStart[i+1]) (the last runs to proseLength)
    // and source [sourceStart[i], sourceEnd[i]).
    private final int[] proseStart;
    private final int[] sourceStart;
    private final int[] sourceEnd;
    private final int proseLength;

    private SourceMap(int[] proseStart, int[] sourceStart, int[] sourceEnd, int proseLength) {
        this.proseStart = proseStart;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
        this.proseLength = proseLength;
    }

    /** The source offset of the prose character at {@code offset} (a span's start). */
    public int start(int offset) {
        if (proseStart.length == 0) {
            return offset;
        }
        if (offset >= proseLength) {
            return end(offset);
        }
        int i = segment(offset);
        return verbatim(i) ? sourceStart[i] + offset - proseStart[i] : sourceStart[i];
    }

    /** The source offset just after the prose character before {@code offset} (a span's exclusive end). */
    public int end(int offset) {
        if (proseStart.length == 0) {
            return offset;
        }
        if (offset <= 0) {
            return start(0);
        }
        int i = segment(Math.min(offset, proseLength) - 1);
        return verbatim(i) ? sourceStart[i] + Math.min(offset, proseLength) - proseStart[i] : sourceEnd[i];
    }

    private boolean verbatim(int i) {
        int proseEnd = i + 1 < proseStart.length ? proseStart[i + 1] : proseLength;
        return proseEnd - proseStart[i] == sourceEnd[i] - sourceStart[i];
    }

    private int segment(int offset) {
        int i = Arrays.binarySearch(proseStart, offset);
        if (i < 0) {
            return -i - 2;
        }
        // several segments may start here when some are empty: take the last, which is not
        while (i + 1 < proseStart.length && proseStart[i + 1] == offset) {
            Work.step();
            i++;
        }
        return i;
    }

    /** Builds prose and its map piece by piece, in source order. */
    public static final class Builder {
        private final StringBuilder prose = new StringBuilder();
        private int[] starts = new int[64];
        private int[] from = new int[64];
        private int[] to = new int[64];
        private int n;

        /** Copies {@code source[start, end)} as it is. */
        public Builder copy(String source, int start, int end) {
            return put(source.substring(start, end), start, end);
        }

        /**
         * Appends {@code text} standing for {@code source[start, end)}: character for
         * character when the lengths agree, as a whole when they don't.
         */
        public Builder put(String text, int start, int end) {
            if (text.isEmpty()) {
                return this;
            }
            boolean lastVerbatim = n > 0 && prose.length() - starts[n - 1] == to[n - 1] - from[n - 1];
            if (lastVerbatim && to[n - 1] == start && text.length() == end - start) {
                to[n - 1] = end; // extends the previous run copied as it is
            } else {
                grow();
                starts[n] = prose.length();
                from[n] = start;
                to[n] = end;
                n++;
            }
            prose.append(text);
            return this;
        }

        public int length() {
            return prose.length();
        }

        /** The last character appended, or 0. */
        public char last() {
            return prose.length() == 0 ? 0 : prose.charAt(prose.length() - 1);
        }

        public String text() {
            return prose.toString();
        }

        public SourceMap build() {
            return new SourceMap(Arrays.copyOf(starts, n), Arrays.copyOf(from, n), Arrays.copyOf(to, n),
                    prose.length());
        }

        private void grow() {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                from = Arrays.copyOf(from, n * 2);
                to = Arrays.copyOf(to, n * 2);
            }
        }
    }
}
