package dev.slant.text;

import java.util.Arrays;

/**
 * The normalised forms of a document's tokens (see {@link Document#form}), kept as one int
 * per token rather than a reference per token: the id of the form in the document's
 * {@link FormTable} (plain ASCII words and numbers), -1 for tokens that have no form (not a
 * word or number: the form is ""), or {@code -2 - k} for the k-th form of a word with
 * characters above ASCII, which the table does not hold.
 */
final class Forms {

    private final int[] refs;
    private final String[] byId;
    private final String[] others;

    private Forms(int[] refs, String[] byId, String[] others) {
        this.refs = refs;
        this.byId = byId;
        this.others = others;
    }

    /**
     * The forms of the tokens. The table reads the words through a window of chars, which
     * the launcher's C1 JIT reads faster than the string (a copy of the whole text cost 2
     * bytes a character).
     */
    static Forms of(String text, Tokens tokens) {
        FormTable table = new FormTable();
        int[] refs = new int[tokens.size()];
        String[] others = new String[16];
        int otherCount = 0;
        char[] window = new char[Math.min(text.length(), 1 << 14)];
        int windowStart = 0;
        int windowEnd = 0;
        for (int i = 0; i < refs.length; i++) {
            Work.step();
            TokenKind k = tokens.kind(i);
            int ref = -1;
            if (k.isWordLike() || k == TokenKind.NUMBER) {
                int start = tokens.start(i);
                int end = tokens.end(i);
                if (end - start > window.length) {
                    ref = table.id(text.substring(start, end).toCharArray(), 0, end - start); // a very long word
                } else {
                    if (end > windowEnd) { // tokens come in order: move the window on to this one
                        windowStart = start;
                        windowEnd = Math.min(text.length(), start + window.length);
                        text.getChars(windowStart, windowEnd, window, 0);
                    }
                    ref = table.id(window, start - windowStart, end - windowStart);
                }
                if (ref < 0) {
                    if (otherCount == others.length) {
                        others = Arrays.copyOf(others, otherCount * 2);
                    }
                    others[otherCount] = WordForms.normalise(text.substring(start, end));
                    ref = -2 - otherCount++;
                }
            }
            refs[i] = ref;
        }
        return new Forms(refs, table.forms(), Arrays.copyOf(others, otherCount));
    }

    /** The form of token {@code i}; "" for tokens that are not words or numbers. */
    String form(int i) {
        int ref = refs[i];
        return ref >= 0 ? byId[ref] : ref == -1 ? "" : others[-2 - ref];
    }

    /** The id of token {@code i}'s form (0 to {@link #distinct()} - 1), or -1 if it has none. */
    int id(int i) {
        int ref = refs[i];
        return ref >= 0 ? ref : -1;
    }

    /** The number of ids. */
    int distinct() {
        return byId.length;
    }

    /**
     * Token {@code i}'s reference as the class comment describes it (an id, -1, or
     * {@code -2 - k}): lets a stage keep what it learns per form for the forms above ASCII too.
     */
    int ref(int i) {
        return refs[i];
    }

    /** The number of forms with characters above ASCII: references -2 down to {@code -1 - others()}. */
    int others() {
        return others.length;
    }
}
