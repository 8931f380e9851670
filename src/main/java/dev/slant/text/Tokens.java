package dev.slant.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A document's tokens, kept as parallel arrays of kinds and start offsets rather than one
 * object per token: a megabyte of news copy has some 350,000 tokens, and objects for them
 * were the largest share of the memory a document holds (which every young collection
 * copies while the document is in use). Tokens are contiguous (each starts where the one
 * before ends), so a token's end is the next one's start and needs no array of its own. As
 * a {@code List<Token>} it is read-only and makes a {@link Token} on each {@link #get}; the
 * text layer reads {@link #kind}, {@link #start} and {@link #end} instead.
 */
final class Tokens extends AbstractList<Token> implements RandomAccess {

    private static final TokenKind[] KINDS = TokenKind.values();

    /**
     * The kinds that break or mark the structure of the text: line and paragraph breaks,
     * quotation marks and apostrophes, and the marks that may end a sentence. Fewer than one
     * token in ten is one; the paragraph, quotation and sentence splitters visit these
     * ({@link #mark}) instead of every token.
     */
    private static final boolean[] MARKS = new boolean[KINDS.length];

    static {
        for (TokenKind k : KINDS) {
            MARKS[k.ordinal()] = isMark(k);
        }
    }

    private static boolean isMark(TokenKind k) {
        switch (k) {
            case PARAGRAPH_BREAK: case NEWLINE: case DOUBLE_QUOTE: case OPEN_DOUBLE_QUOTE: case CLOSE_DOUBLE_QUOTE:
            case SINGLE_QUOTE: case OPEN_SINGLE_QUOTE: case CLOSE_SINGLE_QUOTE: case APOSTROPHE: case TERMINAL:
            case ELLIPSIS: case INITIALISM:
                return true;
            default:
                return false;
        }
    }

    private byte[] kinds;
    private int[] starts;
    private int size;
    private int last; // the end of the last token
    private int[] marks = new int[64]; // the indexes of the tokens of a MARKS kind, in order
    private byte[] markKinds = new byte[64]; // their kinds: a pass over the marks reads these in order
    private int markCount;

    Tokens(int capacity) {
        int c = Math.max(4, capacity);
        kinds = new byte[c];
        starts = new int[c];
    }

    /** The tokens of a list (the list itself if it is one). */
    static Tokens of(List<Token> tokens) {
        if (tokens instanceof Tokens) {
            return (Tokens) tokens;
        }
        Tokens out = new Tokens(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Work.step();
            Token t = tokens.get(i);
            out.add(t.kind(), t.start(), t.end());
        }
        return out;
    }

    /** Adds a token; the same checks as {@link Token}'s, and it must start where the last one ends. */
    void add(TokenKind kind, int start, int end) {
        if (kind == null || start < 0 || end < start || (size > 0 && start != last)) {
            throw new IllegalArgumentException("bad token " + kind + " " + start + ".." + end
                    + (size > 0 ? " after a token ending at " + last : ""));
        }
        room(1);
        kinds[size] = (byte) kind.ordinal();
        starts[size] = start;
        if (MARKS[kind.ordinal()]) {
            if (markCount == marks.length) {
                marks = Arrays.copyOf(marks, markCount * 2);
                markKinds = Arrays.copyOf(markKinds, markCount * 2);
            }
            markKinds[markCount] = (byte) kind.ordinal();
            marks[markCount++] = size;
        }
        last = end;
        size++;
    }

    /**
     * Adds a WORD, and a SPACE of one character after it when {@code space}: the commonest
     * tokens by far, which the tokenizer adds without the checks and the look at the marks
     * that {@link #add} makes (neither is a mark).
     */
    void addWord(int start, int end, boolean space) {
        if (end <= start || (size > 0 && start != last)) {
            throw new IllegalArgumentException("bad word " + start + ".." + end + " after a token ending at " + last);
        }
        room(2);
        kinds[size] = WORD;
        starts[size++] = start;
        if (space) {
            kinds[size] = SPACE;
            starts[size++] = end;
            last = end + 1;
        } else {
            last = end;
        }
    }

    /** Makes room for {@code n} more tokens, doubling the arrays when they are full. */
    private void room(int n) {
        if (size + n > kinds.length) {
            int c = Math.max(size * 2, size + n);
            kinds = Arrays.copyOf(kinds, c);
            starts = Arrays.copyOf(starts, c);
        }
    }

    private static final byte WORD = (byte) TokenKind.WORD.ordinal();
    private static final byte SPACE = (byte) TokenKind.SPACE.ordinal();

    /** Changes a token's kind; a mark (see {@link #mark}) stays a mark and anything else stays not one. */
    void setKind(int i, TokenKind kind) {
        Objects.checkIndex(i, size);
        if (MARKS[kinds[i]] != MARKS[kind.ordinal()]) {
            throw new IllegalArgumentException("a token cannot become or stop being a mark: " + kind(i) + " to " + kind);
        }
        kinds[i] = (byte) kind.ordinal();
        if (MARKS[kinds[i]]) {
            markKinds[Arrays.binarySearch(marks, 0, markCount, i)] = kinds[i];
        }
    }

    /**
     * The index of the {@code m}-th mark: a token that breaks a line or paragraph, a
     * quotation mark or apostrophe, or a mark that may end a sentence (TERMINAL, ELLIPSIS,
     * INITIALISM). Marks are in token order.
     */
    int mark(int m) {
        Objects.checkIndex(m, markCount);
        return marks[m];
    }

    /**
     * The kind of the {@code m}-th mark: {@code kind(mark(m))} read from a small array in
     * mark order, so that a pass over the marks does not read the kinds of all the tokens
     * (scattered over a large array) to find the few marks it cares about.
     */
    TokenKind markKind(int m) {
        Objects.checkIndex(m, markCount);
        return KINDS[markKinds[m]];
    }

    /** The number of marks. */
    int markCount() {
        return markCount;
    }

    /** Drops the spare room of the arrays when it is more than an eighth of what they hold. */
    void trim() {
        if (kinds.length - size > size / 8) {
            kinds = Arrays.copyOf(kinds, size);
            starts = Arrays.copyOf(starts, size);
        }
        if (marks.length - markCount > markCount / 8) {
            marks = Arrays.copyOf(marks, markCount);
            markKinds = Arrays.copyOf(markKinds, markCount);
        }
    }

    /**
     * The kinds of the tokens as {@link TokenKind#ordinal}s, indexed by token: the array
     * itself, not a copy, for a stage that reads the kinds of many tokens in a loop (one array
     * read instead of a checked call and an enum per token). Read it after the last
     * {@link #add} and {@link #trim} (they may replace it) and only up to {@link #size}; never
     * write it ({@link #setKind} does, in place).
     */
    byte[] kindCodes() {
        return kinds;
    }

    TokenKind kind(int i) {
        Objects.checkIndex(i, size);
        return KINDS[kinds[i]];
    }

    int start(int i) {
        Objects.checkIndex(i, size);
        return starts[i];
    }

    int end(int i) {
        Objects.checkIndex(i, size);
        return i + 1 < size ? starts[i + 1] : last;
    }

    @Override
    public Token get(int i) {
        return new Token(kind(i), start(i), end(i));
    }

    @Override
    public int size() {
        return size;
    }
}
