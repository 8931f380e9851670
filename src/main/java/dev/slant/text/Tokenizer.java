package dev.slant.text;

import dev.slant.text.antlr.SlantLexer;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Turns text into {@link Token}s with the generated ANTLR lexer. The only class that sees
 * ANTLR types. Tokens are contiguous and cover the text exactly; the grammar's catch-all
 * rule guarantees the lexer never fails.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> plain = plainWords(text);
        return plain != null ? plain : tokenize(text, true);
    }

    /**
     * The tokens of a short run of plain ASCII words (letters, with single hyphens or
     * apostrophes between letters) separated by single spaces, such as a rule's term; null
     * for any other text. These are the tokens the grammar makes (WORD and SPACE; a property
     * test compares them), without starting a cold lexer for each of the thousands of terms
     * the packs hold (a cold start loads the packs about 20 ms sooner).
     */
    static List<Token> plainWords(String text) {
        int n = text.length();
        if (n == 0 || n > 64) {
            return null;
        }
        Tokens out = new Tokens(8);
        int start = 0;
        int i = 0;
        while (true) {
            // a word: letters ( [-'] letters )*
            if (!isAsciiLetter(text, i)) {
                return null;
            }
            while (isAsciiLetter(text, i)) {
                i++;
            }
            while (i < n && (text.charAt(i) == '-' || text.charAt(i) == '\'') && isAsciiLetter(text, i + 1)) {
                i++;
                while (isAsciiLetter(text, i)) {
                    i++;
                }
            }
            out.add(TokenKind.WORD, start, i);
            if (i == n) {
                return out;
            }
            if (text.charAt(i) != ' ') {
                return null;
            }
            out.add(TokenKind.SPACE, i, i + 1);
            start = ++i;
        }
    }

    private static boolean isAsciiLetter(String text, int i) {
        return i < text.length() && isAsciiLetter(text.charAt(i));
    }

    /** Tokenises with or without folding the characters above ASCII (see {@link FoldingCharStream}). */
    static List<Token> tokenize(String text, boolean fold) {
        FoldingCharStream chars = new FoldingCharStream(text, fold);
        return tokenize(text, chars, chars.indexesAreOffsets());
    }

    /** A document's tokens, their forms and its line index (null when the lexer's pass could not find it). */
    record Lexed(Tokens tokens, Forms forms, LineIndex lines) {
    }

    /**
     * The tokens of a document and their forms, made in the same pass when the lexer reads
     * the folded text itself (no surrogate pairs): the form table then reads each word's
     * characters once more to compare, not twice. The pass that folds the text finds its
     * lines too.
     */
    static Lexed lex(String text) {
        FoldingCharStream chars = new FoldingCharStream(text, true);
        if (!chars.indexesAreOffsets()) {
            Tokens tokens = tokenize(text, chars, false, true, null);
            return new Lexed(tokens, Forms.of(text, tokens), null);
        }
        Forms.Builder forms = new Forms.Builder(text, chars, capacity(text));
        Tokens tokens = tokenize(text, chars, true, true, forms);
        return new Lexed(tokens, forms.build(), chars.lines());
    }

    /**
     * The room to make for the tokens of a text: news runs 2.5 to 3 chars a token, so room
     * for one token per 2.5 chars seldom grows, and seldom leaves the eighth spare that
     * {@link Tokens#trim} and {@link Forms.Builder#build} copy the arrays to drop (room for
     * one per 2 chars left a megabyte's arrays, some 4 MB, to copy).
     */
    private static int capacity(String text) {
        return Math.max(16, (int) (text.length() * 2L / 5));
    }

    /**
     * Tokenises the text from a stream of its characters; {@code offsets} says the stream's
     * indexes are UTF-16 offsets, else code points (tests pass ANTLR's own stream).
     */
    static List<Token> tokenize(String text, CharStream chars, boolean offsets) {
        return tokenize(text, chars, offsets, true);
    }

    /** As above; {@code wideEdges} false runs ANTLR's own simulator (tests compare the two). */
    static List<Token> tokenize(String text, CharStream chars, boolean offsets, boolean wideEdges) {
        return tokenize(text, chars, offsets, wideEdges, null);
    }

    /** As above, adding each token's form to {@code forms} when it is not null (the stream is then folded). */
    private static Tokens tokenize(String text, CharStream chars, boolean offsets, boolean wideEdges,
            Forms.Builder forms) {
        SlantLexer lexer = null; // made for the first token the plain scan leaves to it: news copy seldom has one
        Tokens tokens = new Tokens(capacity(text));
        // plain words and spaces are lexed here when the stream is the folded text itself
        char[] folded = offsets && chars instanceof FoldingCharStream ? ((FoldingCharStream) chars).folded() : null;
        Scan scan = new Scan();
        int charPos = 0;
        int cpPos = 0;
        int possessive = -1; // a quote after a word ending in s: an apostrophe unless a word follows
        int check = 0;
        while (true) {
            if (tokens.size() >= check) {
                Deadline.check(); // every 65,536 tokens
                check = tokens.size() + 0x10000;
            }
            int start = charPos;
            TokenKind kind;
            if (folded != null && charPos == folded.length) {
                break; // the end of the text, without asking ANTLR (or making its lexer) for it
            }
            int plain = folded == null ? -1 : plainTokenEnd(folded, charPos, scan);
            if (plain > charPos) {
                kind = scan.kind;
                if (kind == TokenKind.WORD) {
                    // the commonest tokens, a plain word and the single space after it, in one step:
                    // a word leaves a quote before it a quote, and no space follows that space
                    possessive = -1;
                    charPos = addWords(folded, start, plain, scan, tokens, forms, check);
                    continue;
                }
                charPos = plain;
            } else {
                if (folded != null) {
                    chars.seek(charPos); // the lexer goes on after the plain tokens
                }
                if (lexer == null) {
                    lexer = lexer(chars, wideEdges);
                }
                org.antlr.v4.runtime.Token t = lexer.nextToken();
                int type = t.getType();
                if (type == org.antlr.v4.runtime.Token.EOF) {
                    break;
                }
                kind = kindOf(type);
                int cpEnd = t.getStopIndex() + 1;
                if (offsets) {
                    charPos = cpEnd;
                } else {
                    // ANTLR counts code points; the text layer counts UTF-16 units.
                    while (cpPos < cpEnd) {
                        Work.step();
                        charPos += Character.charCount(text.codePointAt(charPos));
                        cpPos++;
                    }
                }
            }
            if (possessive >= 0) {
                if (!kind.isWordLike()) {
                    makeApostrophe(tokens, possessive);
                }
                possessive = -1;
            }
            if ((kind == TokenKind.SINGLE_QUOTE || kind == TokenKind.CLOSE_SINGLE_QUOTE) && afterPluralWord(text, tokens)) {
                possessive = tokens.size();
            }
            tokens.add(kind, start, charPos);
            if (forms != null) {
                forms.add(kind, start, charPos);
            }
        }
        if (possessive >= 0) {
            makeApostrophe(tokens, possessive);
        }
        tokens.trim();
        return tokens;
    }

    /**
     * Adds the plain word {@code folded[start, end)} (its key in {@code scan}) and the single
     * space after it if there is one, then as long as a plain word and one space follow, the
     * next: a run of words without going back to the tokenizer's loop for each. Stops before
     * any other token (a word that is not plain is scanned again there) and when the tokens
     * reach {@code check}, for the loop's deadline check. Returns where it stopped.
     */
    private static int addWords(char[] folded, int start, int end, Scan scan, Tokens tokens, Forms.Builder forms,
            int check) {
        int from = start;
        int to = end;
        while (true) {
            Work.step();
            boolean space = singleSpaceAt(folded, to);
            tokens.addWord(from, to, space);
            if (forms != null) {
                forms.addWord(from, to, scan.key, space);
            }
            if (!space) {
                return to;
            }
            from = to + 1;
            if (from == folded.length || !isAsciiLetter(folded[from]) || tokens.size() >= check) {
                return from;
            }
            to = wordEnd(folded, from, scan);
            if (to < 0 || scan.kind != TokenKind.WORD) {
                return from;
            }
        }
    }

    /** ANTLR's lexer of the stream, with the wide DFA edges when {@code wideEdges}; it never reports errors. */
    private static SlantLexer lexer(CharStream chars, boolean wideEdges) {
        SlantLexer lexer = new SlantLexer(chars);
        if (wideEdges) {
            LexerATNSimulator own = lexer.getInterpreter();
            lexer.setInterpreter(new WideEdges(lexer, own.atn, own.decisionToDFA, own.getSharedContextCache()));
        }
        lexer.removeErrorListeners(); // the catch-all rule means there are none; never print
        lexer.setTokenFactory(new ReusedToken()); // one token object, read before the next
        return lexer;
    }

    /**
     * The end of the token at {@code p} of the folded text if the grammar's longest match
     * there is one of the tokens below, whatever else it could be, else -1, so that nearly
     * every token of news copy skips ANTLR's simulator (a property test compares the tokens
     * with ANTLR's alone; the scan keeps the kind):
     * <ul>
     * <li>a run of spaces and tabs ({@code [ \t\f\u000B]}; folding has made every other
     * space separator a vertical tab) is one SPACE: no other rule starts with a space;
     * <li>a comma, colon, semicolon or parenthesis is PUNCT, a run of {@code !} and
     * {@code ?} is TERMINAL, “ and ” are LDQUO and RDQUO, ‘ is LSQUO, a straight double
     * quote is DQUOTE, — – ― are DASH and … is ELLIPSIS: no longer token starts with them;
     * ’ and a straight single quote are RSQUO and SQUOTE unless a digit (’90s) or, for the
     * straight one, another follows ('' is DQUOTE); a period is TERMINAL unless a period or a
     * space and a period follow (an ellipsis) or an {@code @} follows the characters an
     * e-mail address could have (see {@link #emailAhead});
     * <li>a line feed or line separator is NEWLINE, or PARAGRAPH_BREAK through the last of
     * the line breaks that follow it with nothing but spaces between (a carriage return
     * anywhere leaves the choice to ANTLR: "\r\n" may be one line break or two);
     * <li>a word of ASCII letters and digits that starts with a letter (folding has made
     * every other letter an {@code a}), with apostrophes or hyphens between them, is one
     * WORD when it ends the text or is followed by white space, a comma, a semicolon or a
     * closing parenthesis: a WORD goes on only through a letter, digit, apostrophe or
     * hyphen, an e-mail address only through a letter, digit, {@code . _ % + -} or
     * {@code @}, a URL needs {@code :} or {@code .} after its first letters, an initialism
     * {@code .} after its first, and no other rule starts with a letter. It is one WORD
     * before a period too when it is longer than a letter, is not "www" and no {@code @}
     * follows the characters an e-mail address could have; a single letter before a period
     * starts an INITIALISM when a letter and a period follow (see {@link #initialismEnd}),
     * else it is a WORD;
     * <li>a number as {@link #numberEnd} reads it.
     * </ul>
     */
    static int plainTokenEnd(char[] c, int p) {
        return plainTokenEnd(c, p, new Scan());
    }

    /**
     * What a scan for plain tokens leaves besides the token's end: its kind, the form key of
     * a word, and the last look ahead for an e-mail address (see {@link #emailAhead}).
     */
    static final class Scan {
        int emailFrom;
        int emailTo;
        boolean emailFound;
        /** The kind of the last plain token. */
        TokenKind kind;
        /** The key of the form of the last plain word ({@link FormTable#key}). */
        long key;
    }

    /**
     * As {@link #plainTokenEnd(char[], int)}, reusing the last look ahead for an e-mail address
     * and leaving the token's kind and a word's form key in {@code scan}.
     */
    static int plainTokenEnd(char[] c, int p, Scan scan) {
        int n = c.length;
        if (p >= n) {
            return -1;
        }
        char first = c[p];
        if (isAsciiLetter(first)) {
            return wordEnd(c, p, scan);
        }
        int q = p + 1;
        switch (first) {
            case ' ': case '\t':
                while (q < n && isHorizontalSpace(c[q])) {
                    Work.step();
                    q++;
                }
                return kind(scan, TokenKind.SPACE, q);
            case ',': case ':': case ';': case '(': case ')':
                return kind(scan, TokenKind.PUNCT, q);
            case '"':
                return kind(scan, TokenKind.DOUBLE_QUOTE, q);
            case '\u201C': case '\u00AB':
                return kind(scan, TokenKind.OPEN_DOUBLE_QUOTE, q);
            case '\u201D': case '\u00BB':
                return kind(scan, TokenKind.CLOSE_DOUBLE_QUOTE, q);
            case '\u2018':
                return kind(scan, TokenKind.OPEN_SINGLE_QUOTE, q);
            case '\u2019': // a quote, or an apostrophe the text layer tells; "’90s" is a NUMBER
                return q < n && isDigit(c[q]) ? -1 : kind(scan, TokenKind.CLOSE_SINGLE_QUOTE, q);
            case '\'': // as ’, and '' is a straight double quote
                return q < n && (isDigit(c[q]) || c[q] == '\'') ? -1 : kind(scan, TokenKind.SINGLE_QUOTE, q);
            case '\u2014': case '\u2013': case '\u2015':
                return kind(scan, TokenKind.DASH, q);
            case '\u2026':
                return kind(scan, TokenKind.ELLIPSIS, q);
            case '!': case '?':
                while (q < n && (c[q] == '!' || c[q] == '?')) {
                    Work.step();
                    q++;
                }
                return kind(scan, TokenKind.TERMINAL, q);
            case '.': { // a full stop, unless an ellipsis or the start of an e-mail address
                boolean ellipsis = q < n && (c[q] == '.' || (c[q] == ' ' && q + 1 < n && c[q + 1] == '.'));
                return ellipsis || emailAhead(c, p, scan) ? -1 : kind(scan, TokenKind.TERMINAL, q);
            }
            case '\n': case '\u2028':
                return lineBreakEnd(c, p, scan);
            case '\u2029':
                return kind(scan, TokenKind.PARAGRAPH_BREAK, q);
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
            case '$': case '\u00A3': case '\u20AC': case '\u00A5':
                return numberEnd(c, p, scan);
            default:
                return -1;
        }
    }

    /** Leaves the kind in the scan and returns the end. */
    private static int kind(Scan scan, TokenKind kind, int end) {
        scan.kind = kind;
        return end;
    }

    /** The end of the plain word that starts with the ASCII letter at {@code p}, or -1 (see {@link #plainTokenEnd}). */
    private static int wordEnd(char[] c, int p, Scan scan) {
        int n = c.length;
        char first = c[p];
        int q = p + 1;
        long k = FormTable.next(0, first);
        while (true) {
            while (q < n && isAsciiAlnum(c[q])) {
                Work.step();
                k = FormTable.nextAlnum(k, c[q]);
                q++;
            }
            if (q + 1 < n && isApostropheOrHyphen(c[q]) && isAsciiAlnum(c[q + 1])) {
                k = FormTable.next(k, c[q]);
                q++; // "don't", "flag-draped": the word goes on
                continue;
            }
            break;
        }
        scan.key = FormTable.key(k, q - p);
        scan.kind = TokenKind.WORD;
        if (q == n) {
            return q;
        }
        char next = c[q];
        if (next == ' ' || next == '\n' || next == '\r' || next == '\t' || next == ',' || next == ';' || next == ')') {
            return q;
        }
        if (next != '.' || (q - p == 3 && (first | 0x20) == 'w' && (c[p + 1] | 0x20) == 'w'
                && (c[p + 2] | 0x20) == 'w') || emailAhead(c, q, scan)) {
            return -1;
        }
        if (q - p > 1) {
            return q;
        }
        int initialism = initialismEnd(c, p);
        if (initialism > q) {
            scan.kind = TokenKind.INITIALISM;
        }
        return initialism;
    }

    /**
     * The end of the initialism ("U.S.", "a.m.") at {@code p}, a letter and a period, as far
     * as a letter and a period follow; {@code p + 1}, the end of the single letter, when none
     * follows, and -1 when a combining mark may make one (a mark is a letter to the grammar).
     */
    private static int initialismEnd(char[] c, int p) {
        int n = c.length;
        int r = p + 2;
        while (r + 1 < n && c[r + 1] == '.' && isAsciiLetter(c[r])) {
            Work.step();
            r += 2;
        }
        if (r + 1 < n && c[r + 1] == '.' && c[r] >= 128 && FoldingCharStream.named(c[r]) < 0) {
            return -1;
        }
        return r > p + 2 ? r : p + 1;
    }

    /**
     * The end of the NUMBER at {@code p} (a digit or a currency sign), or -1 when ANTLR is to
     * tell. The grammar's first form of a number, {@code CURRENCY? DIGIT+ (',' DIGIT DIGIT
     * DIGIT)* ('.' DIGIT+)? NUMBER_SUFFIX?}, read greedily, is its longest match; after a
     * currency sign no other rule goes further. From a digit three others could:
     * {@code DIGIT+ ('-' DIGIT+)+} (the longer when a hyphen and a digit follow the digits,
     * read greedily too), an e-mail address (when {@link #emailAhead}: ANTLR is to tell), and
     * a WORD when a letter follows the digits;
     * the WORD is as long as the number (and loses the tie) when the letters are the suffix
     * ("1960s", "21st") and white space or one of {@code , ; ) .} follows it. A combining mark
     * after the digits (a letter to the grammar) leaves it to ANTLR too.
     */
    private static int numberEnd(char[] c, int p, Scan scan) {
        int n = c.length;
        boolean currency = !isDigit(c[p]);
        int q = currency ? p + 1 : p;
        if (q >= n || !isDigit(c[q])) {
            return -1;
        }
        q = digitsEnd(c, q);
        int digits = q;
        while (q + 3 < n && c[q] == ',' && isDigit(c[q + 1]) && isDigit(c[q + 2]) && isDigit(c[q + 3])) {
            Work.step();
            q += 4;
        }
        if (q + 1 < n && c[q] == '.' && isDigit(c[q + 1])) {
            q = digitsEnd(c, q + 1);
        }
        q = suffixEnd(c, q);
        if (!currency) {
            char after = digits < n ? c[digits] : ' ';
            if (after == '-' && digits + 1 < n && isDigit(c[digits + 1])) { // a score, "7-2": the second form
                q = digits;
                while (q + 1 < n && c[q] == '-' && isDigit(c[q + 1])) {
                    Work.step();
                    q = digitsEnd(c, q + 1);
                }
                return emailAhead(c, p, scan) ? -1 : kind(scan, TokenKind.NUMBER, q);
            }
            if (after >= 128 && FoldingCharStream.named(after) < 0) {
                return -1;
            }
            if (isAsciiLetter(after) && (q == digits || q < n && !endsSuffixedNumber(c[q]))) {
                return -1;
            }
            if (emailAhead(c, p, scan)) {
                return -1;
            }
        }
        return kind(scan, TokenKind.NUMBER, q);
    }

    /** The end of the run of ASCII digits from {@code q}. */
    private static int digitsEnd(char[] c, int q) {
        int i = q;
        while (i < c.length && isDigit(c[i])) {
            Work.step();
            i++;
        }
        return i;
    }

    /** The end of the number suffix ({@code % s S st nd rd th}) at {@code q}, or {@code q} when none is there. */
    private static int suffixEnd(char[] c, int q) {
        int n = c.length;
        if (q >= n) {
            return q;
        }
        char x = c[q];
        if (x == '%') {
            return q + 1;
        }
        char y = q + 1 < n ? c[q + 1] : ' ';
        if (x == 's' && y == 't' || x == 'n' && y == 'd' || x == 'r' && y == 'd' || x == 't' && y == 'h') {
            return q + 2;
        }
        return x == 's' || x == 'S' ? q + 1 : q;
    }

    /** True if a WORD cannot go on through {@code x}, nor another rule make a longer token of the number before it. */
    private static boolean endsSuffixedNumber(char x) {
        return x == ' ' || x == '\n' || x == '\r' || x == '\t' || x == ',' || x == ';' || x == ')' || x == '.';
    }

    /**
     * The end of the line break at {@code p} (a line feed or line separator): NEWLINE alone, or
     * a PARAGRAPH_BREAK through the last line break after it with only spaces between; -1 when
     * a carriage return is among them.
     */
    private static int lineBreakEnd(char[] c, int p, Scan scan) {
        int n = c.length;
        int end = p + 1;
        int r = end;
        while (true) {
            Work.step();
            while (r < n && isHorizontalSpace(c[r])) {
                Work.step();
                r++;
            }
            if (r == n) {
                break;
            }
            char x = c[r];
            if (x == '\r') {
                return -1;
            }
            if (x != '\n' && x != '\u2028') {
                break;
            }
            end = ++r;
        }
        return kind(scan, end > p + 1 ? TokenKind.PARAGRAPH_BREAK : TokenKind.NEWLINE, end);
    }

    /**
     * True if an {@code @} ends the characters an e-mail address's local part may have, from
     * {@code q}. {@code scan} remembers the last look, where every start from its
     * {@code emailFrom} to before its {@code emailTo} has the same answer (the same run of
     * characters ends at the same place), so a long run of words and periods ("ab.ab.ab…")
     * is read once, not once per token.
     */
    private static boolean emailAhead(char[] c, int q, Scan scan) {
        if (q >= scan.emailFrom && q < scan.emailTo) {
            return scan.emailFound;
        }
        int i = q;
        boolean found = false;
        for (; i < c.length; i++) {
            Work.step();
            char x = c[i];
            if (x == '@') {
                found = true;
                break;
            }
            if (!isAsciiAlnum(x) && x != '.' && x != '_' && x != '%' && x != '+' && x != '-') {
                break;
            }
        }
        scan.emailFrom = q;
        scan.emailTo = i;
        scan.emailFound = found;
        return found;
    }

    /** A space or tab of a SPACE token in the folded text ({@code [ \t\f\u000B]}). */
    private static boolean isHorizontalSpace(char x) {
        return x == ' ' || x == '\t' || x == '\f' || x == '\u000B';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True if {@code c[p]} is a space that no other space, tab or vertical space follows: a SPACE token of its own. */
    private static boolean singleSpaceAt(char[] c, int p) {
        if (p >= c.length || c[p] != ' ') {
            return false;
        }
        if (p + 1 == c.length) {
            return true;
        }
        return !isHorizontalSpace(c[p + 1]);
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isApostropheOrHyphen(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** A to Z in either case (the text layer's plain-ASCII fast paths). */
    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * ANTLR's lexer caches DFA transitions for ASCII only and simulates the ATN for any
     * other character, every time. Folding (see {@link FoldingCharStream}) leaves only the
     * characters the grammar names above ASCII (curly quotes, dashes, the ellipsis …), which
     * news copy is full of; this simulator caches their transitions too, in slots after the
     * ASCII ones. The DFA is the same either way (a property test compares the tokens).
     */
    private static final class WideEdges extends LexerATNSimulator {
        private static final int ASCII = MAX_DFA_EDGE - MIN_DFA_EDGE + 1;

        WideEdges(Lexer lexer, ATN atn, DFA[] dfa, PredictionContextCache cache) {
            super(lexer, atn, dfa, cache);
        }

        /** The edge slot of a named character above ASCII, or -1. */
        private static int slot(int t) {
            int named = FoldingCharStream.named(t);
            return named < 0 ? -1 : ASCII + named;
        }

        @Override
        protected DFAState getExistingTargetState(DFAState s, int t) {
            if (t <= MAX_DFA_EDGE) {
                return super.getExistingTargetState(s, t);
            }
            int slot = slot(t);
            DFAState[] edges = s.edges;
            return slot >= 0 && edges != null && slot < edges.length ? edges[slot] : null;
        }

        @Override
        protected void addDFAEdge(DFAState p, int t, DFAState q) {
            int slot = t > MAX_DFA_EDGE ? slot(t) : -1;
            if (slot < 0) {
                super.addDFAEdge(p, t, q);
                return;
            }
            synchronized (p) { // as ANTLR does: the DFA is shared by all lexers
                if (p.edges == null || p.edges.length <= slot) {
                    DFAState[] wider = new DFAState[ASCII + FoldingCharStream.NAMED];
                    if (p.edges != null) {
                        System.arraycopy(p.edges, 0, wider, 0, p.edges.length);
                    }
                    p.edges = wider;
                }
                p.edges[slot] = q;
            }
        }
    }

    /** Hands the lexer the same token object every time: slant reads type and stop index, then moves on. */
    private static final class ReusedToken implements TokenFactory<CommonToken> {
        private final CommonToken token = new CommonToken(0);

        @Override
        public CommonToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel,
                int start, int stop, int line, int charPositionInLine) {
            token.setType(type);
            token.setStartIndex(start);
            token.setStopIndex(stop);
            token.setChannel(channel);
            return token;
        }

        @Override
        public CommonToken create(int type, String text) {
            token.setType(type);
            return token;
        }
    }

    private static TokenKind kindOf(int type) {
        switch (type) {
            case SlantLexer.URL: return TokenKind.URL;
            case SlantLexer.EMAIL: return TokenKind.EMAIL;
            case SlantLexer.HANDLE: return TokenKind.HANDLE;
            case SlantLexer.HASHTAG: return TokenKind.HASHTAG;
            case SlantLexer.NUMBER: return TokenKind.NUMBER;
            case SlantLexer.INITIALISM: return TokenKind.INITIALISM;
            case SlantLexer.WORD: return TokenKind.WORD;
            case SlantLexer.DQUOTE: return TokenKind.DOUBLE_QUOTE;
            case SlantLexer.LDQUO: return TokenKind.OPEN_DOUBLE_QUOTE;
            case SlantLexer.RDQUO: return TokenKind.CLOSE_DOUBLE_QUOTE;
            case SlantLexer.SQUOTE: return TokenKind.SINGLE_QUOTE;
            case SlantLexer.LSQUO: return TokenKind.OPEN_SINGLE_QUOTE;
            case SlantLexer.RSQUO: return TokenKind.CLOSE_SINGLE_QUOTE;
            case SlantLexer.DASH: return TokenKind.DASH;
            case SlantLexer.ELLIPSIS: return TokenKind.ELLIPSIS;
            case SlantLexer.TERMINAL: return TokenKind.TERMINAL;
            case SlantLexer.PUNCT: return TokenKind.PUNCT;
            case SlantLexer.PARAGRAPH_BREAK: return TokenKind.PARAGRAPH_BREAK;
            case SlantLexer.NEWLINE: return TokenKind.NEWLINE;
            case SlantLexer.SPACE: return TokenKind.SPACE;
            default: return TokenKind.OTHER;
        }
    }

    /**
     * A single quote glued to the end of a word that ends in "s", and not followed by a
     * letter or digit, is a plural possessive ("the soldiers’ families"). The quotation
     * finder may still read it as the close of an open single quotation. True if the last
     * token so far is such a word.
     */
    private static boolean afterPluralWord(String text, Tokens tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        int prev = tokens.size() - 1;
        return tokens.kind(prev) == TokenKind.WORD && Character.toLowerCase(text.charAt(tokens.end(prev) - 1)) == 's';
    }

    private static void makeApostrophe(Tokens tokens, int i) {
        tokens.setKind(i, TokenKind.APOSTROPHE);
    }
}
