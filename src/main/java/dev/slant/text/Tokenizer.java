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

    /** The room to make for the tokens of a text: news runs 2.5 to 3 chars a token. */
    private static int capacity(String text) {
        return Math.max(16, text.length() / 2);
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
        SlantLexer lexer = new SlantLexer(chars);
        if (wideEdges) {
            LexerATNSimulator own = lexer.getInterpreter();
            lexer.setInterpreter(new WideEdges(lexer, own.atn, own.decisionToDFA, own.getSharedContextCache()));
        }
        lexer.removeErrorListeners(); // the catch-all rule means there are none; never print
        lexer.setTokenFactory(new ReusedToken()); // one token object, read before the next
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
            long key = Forms.NO_KEY;
            int plain = folded == null ? -1 : plainTokenEnd(folded, charPos, scan);
            if (plain > charPos) {
                kind = plainTokenKind(folded[charPos]);
                if (kind == TokenKind.WORD) {
                    key = scan.key;
                }
                charPos = plain;
            } else {
                if (folded != null) {
                    chars.seek(charPos); // the lexer goes on after the plain tokens
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
                forms.add(kind, start, charPos, key);
            }
            if (key != Forms.NO_KEY && singleSpaceAt(folded, charPos)) {
                // the commonest pair, a plain word and one space: the SPACE plainTokenEnd would make next
                tokens.add(TokenKind.SPACE, charPos, ++charPos);
                if (forms != null) {
                    forms.add(TokenKind.SPACE, charPos - 1, charPos, Forms.NO_KEY);
                }
            }
        }
        if (possessive >= 0) {
            makeApostrophe(tokens, possessive);
        }
        tokens.trim();
        return tokens;
    }

    /**
     * The end of the token at {@code p} of the folded text if the grammar makes it a plain
     * WORD, SPACE or one of a few marks whatever else it could be, else -1, so that most
     * tokens of news copy skip ANTLR's simulator (a property test compares the tokens with
     * ANTLR's alone; {@link #plainTokenKind} gives the kind):
     * <ul>
     * <li>a run of spaces and tabs ({@code [ \t\f\u000B]}; folding has made every other
     * space separator a vertical tab) is one SPACE: no other rule starts with a space;
     * <li>a comma is PUNCT, “ and ” are LDQUO and RDQUO, and a straight double quote is
     * DQUOTE: no longer token starts with them; a period is TERMINAL unless a period or a
     * space and a period follow (an ellipsis) or an {@code @} follows the characters an
     * e-mail address could have; a line feed is NEWLINE unless spaces and another line
     * break follow (a paragraph break);
     * <li>a word of ASCII letters and digits that starts with a letter (folding has made
     * every other letter an {@code a}), with apostrophes or hyphens between them, is one
     * WORD when it ends the text or is followed by white space, a comma, a semicolon or a
     * closing parenthesis: a WORD goes on only through a letter, digit, apostrophe or
     * hyphen, an e-mail address only through a letter, digit, {@code . _ % + -} or
     * {@code @}, a URL needs {@code :} or {@code .} after its first letters, an initialism
     * {@code .} after its first, and no other rule starts with a letter. It is one WORD
     * before a period too when it is longer than a letter, is not "www" and no {@code @}
     * follows the characters an e-mail address could have.
     * </ul>
     */
    static int plainTokenEnd(char[] c, int p) {
        return plainTokenEnd(c, p, new Scan());
    }

    /**
     * What a scan for plain tokens leaves besides the token's end: the last look ahead for an
     * e-mail address (see {@link #emailAhead}), and the form key of a word.
     */
    private static final class Scan {
        int emailFrom;
        int emailTo;
        boolean emailFound;
        /** The key of the form of the last plain word ({@link FormTable#key}). */
        long key;
    }

    /**
     * As {@link #plainTokenEnd(char[], int)}, reusing the last look ahead for an e-mail address
     * and leaving a word's form key in {@code scan}.
     */
    private static int plainTokenEnd(char[] c, int p, Scan scan) {
        int n = c.length;
        if (p >= n) {
            return -1;
        }
        char first = c[p];
        int q = p + 1;
        if (first == ' ' || first == '\t') {
            while (q < n && (c[q] == ' ' || c[q] == '\t' || c[q] == '\f' || c[q] == '\u000B')) {
                Work.step();
                q++;
            }
            return q;
        }
        if (first == ',' || first == '\u201C' || first == '\u201D' || first == '"') {
            return q;
        }
        if (first == '.') { // a full stop, unless an ellipsis or the start of an e-mail address
            boolean ellipsis = q < n && (c[q] == '.' || (c[q] == ' ' && q + 1 < n && c[q + 1] == '.'));
            return ellipsis || emailAhead(c, p, scan) ? -1 : q;
        }
        if (first == '\n') { // a line break, unless a blank line follows (a paragraph break)
            while (q < n && (c[q] == ' ' || c[q] == '\t' || c[q] == '\f' || c[q] == '\u000B')) {
                Work.step();
                q++;
            }
            return q < n && (c[q] == '\n' || c[q] == '\r' || c[q] == '\u2028') ? -1 : p + 1;
        }
        if (!isAsciiLetter(first)) {
            return -1;
        }
        long k = FormTable.next(0, first);
        while (true) {
            while (q < n && isAsciiAlnum(c[q])) {
                Work.step();
                k = FormTable.next(k, c[q]);
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
        if (q == n) {
            return q;
        }
        char next = c[q];
        if (next == ' ' || next == '\n' || next == '\r' || next == '\t' || next == ',' || next == ';' || next == ')') {
            return q;
        }
        if (next == '.' && q - p > 1 && !(q - p == 3 && (first | 0x20) == 'w' && (c[p + 1] | 0x20) == 'w'
                && (c[p + 2] | 0x20) == 'w') && !emailAhead(c, q, scan)) {
            return q;
        }
        return -1;
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

    /**
     * The kind of the token {@link #plainTokenEnd} found, by its first character: an ASCII
     * letter starts a WORD, and the other first characters it takes are below {@code /} or
     * curly quotes.
     */
    static TokenKind plainTokenKind(char first) {
        if (first > '.' && first < 128) {
            return TokenKind.WORD;
        }
        switch (first) {
            case ' ': case '\t': return TokenKind.SPACE;
            case ',': return TokenKind.PUNCT;
            case '"': return TokenKind.DOUBLE_QUOTE;
            case '.': return TokenKind.TERMINAL;
            case '\n': return TokenKind.NEWLINE;
            case '\u201C': return TokenKind.OPEN_DOUBLE_QUOTE;
            case '\u201D': return TokenKind.CLOSE_DOUBLE_QUOTE;
            default: return TokenKind.WORD;
        }
    }

    /** True if {@code c[p]} is a space that no other space, tab or vertical space follows: a SPACE token of its own. */
    private static boolean singleSpaceAt(char[] c, int p) {
        if (p >= c.length || c[p] != ' ') {
            return false;
        }
        if (p + 1 == c.length) {
            return true;
        }
        char next = c[p + 1];
        return next != ' ' && next != '\t' && next != '\f' && next != '\u000B';
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
