package dev.slant.text;

import static dev.slant.text.AttributionLexicon.WordClass.CONJUNCTIONS;
import static dev.slant.text.AttributionLexicon.WordClass.PARTICLES;

/**
 * Delimits what an attribution attributes: the quotation next to the cue, the clause
 * before a trailing attribution ("Y, X said"), or the rest of the sentence after the cue.
 */
final class Contents {

    /** The most words a trailing cue may have after it: "…, Ruiz said at a rally." */
    private static final int SHORT_PHRASE = 3;

    private final TokenView t;
    private final AttributionLexicon lex;
    private final NounPhrases phrases;

    Contents(TokenView t, AttributionLexicon lex, NounPhrases phrases) {
        this.t = t;
        this.lex = lex;
        this.phrases = phrases;
    }

    /** The content of a verb-like cue with the given source (or null). */
    Span of(Cue cue, int[] source, Sentence s) {
        int after = cue.end();
        if (source != null && source[0] >= cue.end()) {
            after = source[1];
        }
        Quotation q = quotationAfter(after, s);
        if (q != null) {
            return q.span();
        }
        int left = source != null && source[0] < cue.first() ? source[0] : cue.first();
        q = quotationBefore(left, s);
        if (q == null && t.prev(left, s) < 0 && endsAfter(after, s)) {
            q = quotationJustBefore(s); // '"Is that all?" Trump said.': the quotation ended the sentence before
        }
        if (q != null) {
            return q.span();
        }
        // trailing only when the sentence or clause ends after the cue: "…, a poll found that the mayor leads" is not
        if ((trailing(left, s) && endsAfter(after, s)) || (source != null && source[0] >= cue.end())) {
            Span b = before(commaOrQuoteBefore(left, s), s);
            if (b != null) {
                return b;
            }
        }
        return restAfter(after, s);
    }

    /** Only a short phrase ("on Tuesday") between {@code from} and the sentence end or a comma. */
    private boolean endsAfter(int from, Sentence s) {
        int n = t.next(from, s);
        if (n >= 0 && t.isWord(n)) {
            int[] run = phrases.after(from, s);
            if (run != null && words(run) > SHORT_PHRASE) {
                return false;
            }
            n = run == null ? n : t.next(run[1], s);
        }
        return n < 0 || t.kind(n) == TokenKind.TERMINAL || t.isComma(n);
    }

    private int words(int[] run) {
        int n = 0;
        for (int j = run[0]; j < run[1]; j++) {
            n += t.isWord(j) ? 1 : 0;
        }
        return n;
    }

    /** The content of "according to X": after X's comma when the cue opens the sentence, else before the cue. */
    Span ofSourceAfter(Cue cue, int[] source, Sentence s) {
        if (atStart(cue.first(), s) && source != null) {
            int n = t.next(source[1], s);
            return restAfter(n >= 0 && t.isComma(n) ? n + 1 : source[1], s);
        }
        return before(commaOrQuoteBefore(cue.first(), s), s);
    }

    /** True when a comma or closing quote comes right before token i: "Y, X said". */
    boolean trailing(int i, Sentence s) {
        int p = t.prev(i, s);
        return p >= 0 && (t.isComma(p) || t.closedAt(p) != null || t.kind(p) == TokenKind.CLOSE_DOUBLE_QUOTE);
    }

    /** The nearest comma or closing quote before {@code i} in the sentence, or -1. */
    int commaOrQuoteBefore(int i, Sentence s) {
        for (int j = i - 1; j >= s.firstToken(); j--) {
            Work.step();
            if (t.isComma(j) || t.closedAt(j) != null) {
                return j;
            }
        }
        return -1;
    }

    private Quotation quotationAfter(int from, Sentence s) {
        int n = t.next(from, s);
        while (n >= 0 && (t.isComma(n) || t.isColon(n) || (t.isWord(n) && t.word(n).equals("that")))) {
            Work.step();
            n = t.next(n + 1, s);
        }
        return n >= 0 ? t.openedAt(n) : null;
    }

    private Quotation quotationBefore(int from, Sentence s) {
        int p = t.prev(from, s);
        while (p >= 0 && t.isComma(p)) {
            Work.step();
            p = t.prev(p, s);
        }
        return p >= 0 ? t.closedAt(p) : null;
    }

    /** The quotation that closes right before the sentence starts (white space between), or null. */
    private Quotation quotationJustBefore(Sentence s) {
        int p = s.firstToken() - 1;
        while (p >= 0 && t.kind(p) == TokenKind.SPACE) {
            Work.step();
            p--;
        }
        return p >= 0 ? t.closedAt(p) : null;
    }

    /** The text from the sentence start to the token before {@code stop}, or null. */
    private Span before(int stop, Sentence s) {
        if (stop <= s.firstToken()) {
            return null;
        }
        int b = stop;
        while (b > s.firstToken() && (t.kind(b - 1).isSpace() || t.isComma(b - 1))) {
            Work.step();
            b--;
        }
        return b > s.firstToken() ? t.spanOf(s.firstToken(), b) : null;
    }

    /** The rest of the sentence after {@code from}, without "that", commas and the final mark. */
    private Span restAfter(int from, Sentence s) {
        int a = t.next(from, s);
        while (a >= 0 && (t.isComma(a) || t.isColon(a)
                || (t.isWord(a) && (t.word(a).equals("that") || t.is(a, PARTICLES))))) {
            a = t.next(a + 1, s);
        }
        if (a < 0) {
            return null;
        }
        int b = s.endToken();
        while (b > a && (t.kind(b - 1) == TokenKind.TERMINAL || t.kind(b - 1).isSpace())) {
            Work.step();
            b--;
        }
        return b > a ? t.spanOf(a, b) : null;
    }

    /** The cue opens the sentence (perhaps after "But" or "And"). */
    private boolean atStart(int i, Sentence s) {
        int p = t.prev(i, s);
        return p < 0 || (p == s.firstToken() && t.isWord(p) && t.is(p, CONJUNCTIONS));
    }
}
