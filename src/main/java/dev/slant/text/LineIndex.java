package dev.slant.text;

import java.util.Arrays;
import java.util.List;

/**
 * Converts UTF-16 offsets into {@link Position}s (1-based line and column, code points).
 * Lines end at "\n", "\r\n" or a lone "\r", as in editors and the Language Server Protocol.
 */
public final class LineIndex {

    private final String text;
    private final int[] lineStarts;      // UTF-16 offset of each line's first char
    private final int[] lineStartPoints; // code point offset of each line's first char
    private final java.util.BitSet astral = new java.util.BitSet(); // lines with surrogate pairs

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int[] points = new int[16];
        int n = 1;
        int cp = 0;
        // read through a small window of chars, which the launcher's C1 JIT reads faster than
        // the string (a copy of the whole text would double the memory a huge file needs)
        int length = text.length();
        char[] window = new char[Math.min(length, 1 << 16)];
        int windowStart = 0;
        int windowEnd = 0;
        for (int i = 0; i < length; i++) {
            Work.step();
            if (i >= windowEnd) {
                windowStart = i;
                windowEnd = Math.min(length, i + window.length);
                text.getChars(windowStart, windowEnd, window, 0);
            }
            char c = window[i - windowStart];
            if (c > '\r' && !Character.isSurrogate(c)) {
                cp++; // the common case: one code point, no line break
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                astral.set(n - 1);
                i++;
            } else if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                i++;
                cp++;
            }
            cp++;
            if (c == '\n' || c == '\r') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    points = Arrays.copyOf(points, n * 2);
                }
                starts[n] = i + 1;
                points[n] = cp;
                n++;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.lineStartPoints = Arrays.copyOf(points, n);
    }

    private LineIndex(String text, int[] lineStarts, int[] lineStartPoints, java.util.BitSet astral) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.lineStartPoints = lineStartPoints;
        this.astral.or(astral);
    }

    /**
     * The index of a text without surrogate pairs whose lines start at {@code lineStarts}
     * (0 first), which the caller found in a pass over the text it made anyway (see
     * {@link FoldingCharStream}): the same index as {@code new LineIndex(text)}.
     */
    static LineIndex ofLineStarts(String text, int[] lineStarts) {
        return new LineIndex(text, lineStarts, lineStarts, new java.util.BitSet()); // code points are chars
    }

    /**
     * The index of {@code text} from the indexes of its parts, without reading the text
     * again: {@code parts.get(p)} indexes the text from {@code starts.get(p)} to the next
     * start, and every part but the first starts a line (the part before ends with a line
     * break). The same index as {@code new LineIndex(text)}.
     */
    public static LineIndex join(String text, List<LineIndex> parts, List<Integer> starts) {
        int lines = 1;
        for (LineIndex part : parts) {
            lines += part.lineStarts.length - 1;
        }
        int[] lineStarts = new int[lines];
        int[] points = new int[lines];
        java.util.BitSet astral = new java.util.BitSet();
        int line = 0; // the global line of the current part's first line
        int pointBase = 0;
        for (int p = 0; p < parts.size(); p++) {
            LineIndex part = parts.get(p);
            int base = starts.get(p);
            if (p > 0 && base != lineStarts[line]) {
                throw new IllegalArgumentException("part " + p + " does not start a line: " + base);
            }
            for (int k = 0; k < part.lineStarts.length; k++) {
                Work.step();
                lineStarts[line + k] = base + part.lineStarts[k];
                points[line + k] = pointBase + part.lineStartPoints[k];
            }
            for (int k = part.astral.nextSetBit(0); k >= 0; k = part.astral.nextSetBit(k + 1)) {
                Work.step();
                astral.set(line + k);
            }
            line += part.lineStarts.length - 1; // its last line is the next part's first
            pointBase = points[line];
        }
        return new LineIndex(text, lineStarts, points, astral);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The position of a UTF-16 offset (0..length inclusive). */
    public Position position(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        int line = lineOf(offset);
        int column = astral.get(line) ? text.codePointCount(lineStarts[line], offset) : offset - lineStarts[line];
        return new Position(line + 1, column + 1, lineStartPoints[line] + column);
    }

    /**
     * The UTF-16 offset of a position (its line and column): constant time on lines
     * without characters outside the Basic Multilingual Plane.
     */
    public int offset(Position p) {
        int start = lineStarts[p.line() - 1];
        return astral.get(p.line() - 1) ? text.offsetByCodePoints(start, p.column() - 1) : start + p.column() - 1;
    }

    /** The UTF-16 offset where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The UTF-16 offset where a 1-based line's text ends (before its line break). */
    public int lineEnd(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            Work.step();
            end--;
        }
        return end;
    }

    /** The source text. */
    public String text() {
        return text;
    }

    /** The text between two positions, as in the source. */
    public String text(Position start, Position end) {
        return text.substring(offset(start), offset(end));
    }

    /** The text of a 1-based line, without its line break. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            Work.step();
            end--;
        }
        return text.substring(start, end);
    }

    private int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
