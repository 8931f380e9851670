package dev.slant.text;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Feeds the lexer a character stream in which every code point above ASCII that the
 * grammar treats only by its Unicode class stands for that class by an ASCII character
 * of the same class: letters as {@code a}, decimal digits as {@code 0}, space separators
 * as a vertical tab (the grammar's spaced ellipsis {@code ". . ."} takes plain spaces
 * only; everywhere else the two are alike), other punctuation and symbols as {@code ~}, and controls, format characters
 * and other numbers as U+0001 (which, like them, only the catch-all and URLs accept). The
 * characters the grammar names ({@code “ ” ‘ ’ — …} and the like), combining marks and
 * code points this Java does not know pass through unchanged.
 *
 * <p>Why: ANTLR's lexer caches its DFA transitions for ASCII only; every other character
 * costs a full ATN simulation, which dominated lexing of copy with accented names. The
 * tokens are the same (a property test compares the two streams); token text is never
 * read from this stream.
 *
 * <p>The stream reads the text itself, folded once into an array: of chars when the text
 * has no surrogate pairs (then the lexer's indexes are the text's UTF-16 offsets), else of
 * code points. ANTLR's own string stream, wrapped, cost an extra copy and a call per
 * character.
 */
final class FoldingCharStream implements CharStream {

    private final String text;
    /** The folded characters, when the text has no surrogates; else null. */
    private final char[] chars;
    /** The folded code points, when the text has surrogates; else null. */
    private final int[] codePoints;
    private final int size;
    private final boolean folds;
    /** Where the text has characters above ASCII, in order (when it has no surrogates). */
    private int[] above = new int[64];
    private int aboveCount;
    /** Where the text's lines start, in the first {@link #lineCount} slots (when it has no surrogates). */
    private int[] lineStarts = new int[64];
    private int lineCount = 1;
    private int position;

    /** A stream of the text, folded or (for tests) as it is. */
    FoldingCharStream(String text, boolean fold) {
        this.text = text;
        this.folds = fold;
        int n = text.length();
        boolean surrogates = false;
        char[] cs = new char[n];
        text.getChars(0, n, cs, 0);
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            // one unsigned compare for the common character, printable ASCII: below '\u000E' or
            // above ASCII wraps to 114 or more
            if ((char) (c - 14) < 114) {
                continue;
            }
            if (c >= 128) {
                if (Character.isSurrogate(c)) {
                    surrogates = true;
                    break;
                }
                if (aboveCount == above.length) {
                    above = java.util.Arrays.copyOf(above, aboveCount * 2);
                }
                above[aboveCount++] = i;
                if (fold) {
                    cs[i] = (char) fold(c);
                }
            } else if (c <= '\r' && (c == '\n' || (c == '\r' && (i + 1 == n || cs[i + 1] != '\n')))) {
                // a line ends at "\n", "\r\n" or a lone "\r", as in LineIndex
                if (lineCount == lineStarts.length) {
                    lineStarts = java.util.Arrays.copyOf(lineStarts, lineCount * 2);
                }
                lineStarts[lineCount++] = i + 1;
            }
        }
        if (surrogates) {
            int[] cps = text.codePoints().toArray();
            if (fold) {
                for (int i = 0; i < cps.length; i++) {
                    cps[i] = cps[i] < 128 ? cps[i] : fold(cps[i]);
                }
            }
            this.chars = null;
            this.codePoints = cps;
            this.size = cps.length;
        } else {
            this.chars = cs;
            this.codePoints = null;
            this.size = n;
        }
    }

    /**
     * The folded characters, indexed as the stream; null when the text has surrogate pairs
     * or the stream does not fold.
     */
    char[] folded() {
        return folds ? chars : null;
    }

    /**
     * The offsets of the text's characters above ASCII, in order, in the first
     * {@link #aboveCount} slots; meaningful only when {@link #folded} is not null. Tells the
     * word forms which words are plain ASCII, since folding hides it.
     */
    int[] above() {
        return above;
    }

    /** How many offsets {@link #above} holds. */
    int aboveCount() {
        return aboveCount;
    }

    /**
     * The line index of the text, found in the same pass as the folding; null when the text
     * has surrogate pairs (then columns count code points, which the stream does not).
     */
    LineIndex lines() {
        return chars == null ? null : LineIndex.ofLineStarts(text, java.util.Arrays.copyOf(lineStarts, lineCount));
    }

    /** True when the stream's indexes are UTF-16 offsets into the text (no surrogate pairs). */
    boolean indexesAreOffsets() {
        return chars != null;
    }

    @Override
    public int LA(int i) {
        int offset;
        if (i > 0) {
            offset = position + i - 1;
            if (offset >= size) {
                return IntStream.EOF;
            }
        } else if (i < 0) {
            offset = position + i;
            if (offset < 0) {
                return IntStream.EOF;
            }
        } else {
            return 0;
        }
        return chars != null ? chars[offset] : codePoints[offset];
    }

    /** The stand-in for a code point above ASCII. */
    static int fold(int c) {
        if (named(c) >= 0) {
            return c;
        }
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER: case Character.LOWERCASE_LETTER: case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER: case Character.OTHER_LETTER:
                return 'a';
            case Character.DECIMAL_DIGIT_NUMBER:
                return '0';
            case Character.SPACE_SEPARATOR:
                return '\u000B'; // white space to HSPACE and URLs, but not the spaces of ". . ."
            case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION: case Character.OTHER_PUNCTUATION: case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL: case Character.MODIFIER_SYMBOL: case Character.OTHER_SYMBOL:
                return '~';
            case Character.CONTROL: case Character.FORMAT: case Character.PRIVATE_USE: case Character.SURROGATE:
            case Character.OTHER_NUMBER: case Character.LETTER_NUMBER: case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return 0x0001;
            default:
                // marks (a letter to words, not to e-mail and handle rules) and code points this
                // Java does not know (the grammar's Unicode may be newer): the lexer sees them as they are
                return c;
        }
    }

    /** How many characters above ASCII the grammar names. */
    static final int NAMED = 17;

    /** The index (0 to {@link #NAMED} - 1) of a character above ASCII the grammar names, or -1. */
    static int named(int c) {
        switch (c) {
            case 0x201C: return 0; // “
            case 0x00AB: return 1; // «
            case 0x201D: return 2; // ”
            case 0x00BB: return 3; // »
            case 0x2018: return 4; // ‘
            case 0x2019: return 5; // ’
            case 0x2014: return 6; // —
            case 0x2013: return 7; // –
            case 0x2015: return 8; // ―
            case 0x2026: return 9; // …
            case 0x2028: return 10; // line separator
            case 0x2029: return 11; // paragraph separator
            case 0x2010: return 12; // hyphen
            case 0x2011: return 13; // non-breaking hyphen
            case 0x00A3: return 14; // £
            case 0x20AC: return 15; // €
            case 0x00A5: return 16; // ¥
            default: return -1;
        }
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.min(interval.a, size);
        int stop = Math.min(interval.b, size - 1);
        if (stop < start) {
            return "";
        }
        if (chars != null) {
            return text.substring(start, stop + 1);
        }
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, stop - start + 1));
    }

    @Override
    public void consume() {
        Work.step(); // ANTLR's own reading counts too: a token it looks far ahead for costs its length
        if (position >= size) {
            throw new IllegalStateException("cannot consume EOF");
        }
        position++;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // nothing is buffered: the whole text is in memory
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public void seek(int index) {
        position = index;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }
}
