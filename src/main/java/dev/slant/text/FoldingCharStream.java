package dev.slant.text;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Feeds the lexer a character stream in which every code point above ASCII that the
 * grammar treats only by its Unicode class stands for that class by an ASCII character
 * of the same class: letters as {@code a}, decimal digits as {@code 0}, space separators
 * as a space, other punctuation and symbols as {@code ~}, and controls, format characters
 * and other numbers as U+0001 (which, like them, only the catch-all and URLs accept). The
 * characters the grammar names ({@code “ ” ‘ ’ — …} and the like), combining marks and
 * code points this Java does not know pass through unchanged.
 *
 * <p>Why: ANTLR's lexer caches its DFA transitions for ASCII only; every other character
 * costs a full ATN simulation, which dominated lexing of copy with accented names. The
 * tokens are the same (a property test compares the two streams); token text is never
 * read from this stream.
 */
final class FoldingCharStream implements CharStream {

    private final CharStream in;

    FoldingCharStream(CharStream in) {
        this.in = in;
    }

    @Override
    public int LA(int i) {
        int c = in.LA(i);
        return c < 128 ? c : fold(c);
    }

    /** The stand-in for a code point above ASCII. */
    static int fold(int c) {
        switch (c) {
            case 0x201C: case 0x00AB: case 0x201D: case 0x00BB: case 0x2018: case 0x2019:
            case 0x2014: case 0x2013: case 0x2015: case 0x2026: case 0x2028: case 0x2029:
            case 0x2010: case 0x2011: case 0x00A3: case 0x20AC: case 0x00A5:
                return c; // named in the grammar
            default:
                break;
        }
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER: case Character.LOWERCASE_LETTER: case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER: case Character.OTHER_LETTER:
                return 'a';
            case Character.DECIMAL_DIGIT_NUMBER:
                return '0';
            case Character.SPACE_SEPARATOR:
                return ' ';
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

    @Override
    public String getText(Interval interval) {
        return in.getText(interval);
    }

    @Override
    public void consume() {
        in.consume();
    }

    @Override
    public int mark() {
        return in.mark();
    }

    @Override
    public void release(int marker) {
        in.release(marker);
    }

    @Override
    public int index() {
        return in.index();
    }

    @Override
    public void seek(int index) {
        in.seek(index);
    }

    @Override
    public int size() {
        return in.size();
    }

    @Override
    public String getSourceName() {
        return in.getSourceName();
    }
}
