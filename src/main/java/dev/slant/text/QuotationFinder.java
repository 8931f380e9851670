package dev.slant.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations. Straight quotes open or close by their neighbours; curly quotes
 * by their shape. Single quotes nest inside double ones (and also stand alone, as in
 * British copy and headlines). A quotation that continues over paragraphs reopens each
 * paragraph with a quote mark and closes only at the end; a quotation that is never closed
 * ends with its paragraph, so one stray mark cannot swallow the rest of an article.
 */
final class QuotationFinder {

    /** The result: the quotations in order of their opening mark, and per-token facts. */
    record Result(List<Quotation> quotations, byte[] depth, boolean[] closer) {
    }

    private final String text;
    private final Tokens tokens;
    private final List<Quotation> found = new ArrayList<>();
    private final byte[] depth;
    private final boolean[] closer;

    private Open outer;  // an open double (or top-level single) quotation
    private Open inner;  // an open single quotation inside 'outer'
    private int nextMark; // the next of the tokens' marks to read: paragraphs come in order

    /** An open quotation: where it began and how many paragraphs it has run over. */
    private static final class Open {
        final int openToken;
        final boolean single;
        int paragraphs = 1;

        Open(int openToken, boolean single) {
            this.openToken = openToken;
            this.single = single;
        }
    }

    private QuotationFinder(String text, Tokens tokens) {
        this.text = text;
        this.tokens = tokens;
        this.depth = new byte[tokens.size()];
        this.closer = new boolean[tokens.size()];
    }

    static Result find(String text, Tokens tokens, List<Paragraph> paragraphs) {
        QuotationFinder finder = new QuotationFinder(text, tokens);
        for (int p = 0; p < paragraphs.size(); p++) {
            Work.step();
            Paragraph next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
            finder.scan(paragraphs.get(p), next);
        }
        finder.found.sort((a, b) -> Integer.compare(a.openToken(), b.openToken()));
        return new Result(List.copyOf(finder.found), finder.depth, finder.closer);
    }

    /** Reads the paragraph's quotation marks and apostrophes: only its marks ({@link Tokens#mark}), not every token. */
    private void scan(Paragraph paragraph, Paragraph next) {
        int marks = tokens.markCount();
        for (; nextMark < marks; nextMark++) {
            Work.step();
            int i = tokens.mark(nextMark);
            if (i < paragraph.firstToken()) {
                continue; // a break between paragraphs
            }
            if (i >= paragraph.endToken()) {
                break;
            }
            boolean continuation = i == paragraph.firstToken() && outer != null && !outer.single;
            switch (tokens.markKind(nextMark)) {
                case OPEN_DOUBLE_QUOTE:
                    if (outer == null) {
                        outer = new Open(i, false);
                    } else if (!continuation && gluedToPrevious(i) && !followedByWord(i)) {
                        closeDouble(i); // “It's unusual,“ said … : an opening mark typed as the closer
                    }
                    break; // otherwise a second “ while one is open: a continuation or a typo
                case CLOSE_DOUBLE_QUOTE:
                    if (outer == null && opensHere(i) && !gluedToPrevious(i)) {
                        outer = new Open(i, false); // ”Hello,” : a closing mark typed as the opener
                    } else {
                        closeDouble(i);
                    }
                    break;
                case DOUBLE_QUOTE:
                    if (outer == null) {
                        if (opensHere(i)) {
                            outer = new Open(i, false);
                        }
                    } else if (!continuation) {
                        closeDouble(i); // inside a single quotation this does nothing
                    }
                    break;
                case OPEN_SINGLE_QUOTE:
                    openSingle(i);
                    break;
                case SINGLE_QUOTE:
                    if (openSingleAllowed() && opensHere(i)) {
                        openSingle(i);
                    } else {
                        closeSingleIfGlued(i);
                    }
                    break;
                case CLOSE_SINGLE_QUOTE:
                case APOSTROPHE:
                    closeSingleIfGlued(i);
                    break;
                default:
                    break;
            }
        }
        int last = paragraph.endToken() - 1;
        if (inner != null) {
            end(inner, last, -1);
            inner = null;
        }
        if (outer != null) {
            boolean continues = !outer.single && next != null && isDoubleMark(next.firstToken());
            if (continues) {
                outer.paragraphs++;
            } else {
                end(outer, last, -1);
                outer = null;
            }
        }
    }

    private boolean isDoubleMark(int i) {
        TokenKind k = tokens.kind(i);
        return k == TokenKind.DOUBLE_QUOTE || k == TokenKind.OPEN_DOUBLE_QUOTE;
    }

    private boolean openSingleAllowed() {
        return inner == null && (outer == null || !outer.single);
    }

    private void openSingle(int i) {
        if (outer == null) {
            outer = new Open(i, true);
        } else if (!outer.single && inner == null) {
            inner = new Open(i, true);
        }
    }

    private void closeSingleIfGlued(int i) {
        Open single = inner != null ? inner : (outer != null && outer.single ? outer : null);
        if (single == null || single.openToken == i - 1 || !gluedToPrevious(i) || followedByWord(i)) {
            return;
        }
        end(single, i, i);
        if (single == inner) {
            inner = null;
        } else {
            outer = null;
        }
    }

    private void closeDouble(int i) {
        if (outer == null || outer.single) {
            return;
        }
        closeSingleBefore(i);
        end(outer, i, i);
        outer = null;
    }

    private void closeSingleBefore(int i) {
        if (inner != null) {
            end(inner, lastNonSpaceBefore(i), -1);
            inner = null;
        }
    }

    private int lastNonSpaceBefore(int i) {
        int j = i - 1;
        while (j > 0 && tokens.kind(j).isSpace()) {
            Work.step();
            j--;
        }
        return Math.max(j, 0);
    }

    /** Records a quotation from {@code open.openToken} to token {@code last} inclusive. */
    private void end(Open open, int last, int closeToken) {
        int lastToken = Math.max(last, open.openToken);
        Span span = new Span(tokens.start(open.openToken), tokens.end(lastToken));
        boolean nested = open == inner;
        found.add(new Quotation(span, open.openToken, closeToken, open.single, nested, open.paragraphs, false));
        // no saturation check: at most two quotations are open at once ('outer' and 'inner'
        // inside it) and one ends before the next opens, so no depth exceeds 2; a plain
        // increment lets the JIT add to many tokens at a time
        for (int t = open.openToken; t <= lastToken; t++) {
            Work.step();
            depth[t]++;
        }
        if (closeToken >= 0) {
            closer[closeToken] = true;
        }
    }

    /** A straight quote opens when it follows a space or opening punctuation and precedes text. */
    private boolean opensHere(int i) {
        boolean afterBreak = i == 0 || !gluedToPrevious(i) || isOpeningContext(tokens.get(i - 1));
        boolean beforeText = i + 1 < tokens.size() && !tokens.kind(i + 1).isSpace()
                && tokens.kind(i + 1) != TokenKind.PARAGRAPH_BREAK;
        return afterBreak && beforeText;
    }

    private boolean isOpeningContext(Token prev) {
        if (prev.kind() == TokenKind.DASH || prev.kind().isQuoteMark()) {
            return true;
        }
        if (prev.kind() != TokenKind.PUNCT) {
            return false;
        }
        char c = text.charAt(prev.start());
        return c == '(' || c == '[' || c == '{' || c == ':' || c == '/';
    }

    private boolean gluedToPrevious(int i) {
        if (i == 0) {
            return false;
        }
        TokenKind k = tokens.kind(i - 1);
        return !k.isSpace() && k != TokenKind.PARAGRAPH_BREAK;
    }

    private boolean followedByWord(int i) {
        return i + 1 < tokens.size() && (tokens.kind(i + 1).isWordLike()
                || tokens.kind(i + 1) == TokenKind.NUMBER);
    }
}
