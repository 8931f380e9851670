package dev.slant.text;

import java.util.Arrays;
import java.util.List;

/**
 * The attribution finder's view of a document's tokens: normalised words,
 * navigation that skips white space and stays inside one sentence, and the quotations
 * by their opening and closing marks. Positions are token indexes; -1 means none.
 */
final class TokenView {

    private final String text;
    private final Tokens tokens;
    /**
     * The tokens' kinds as {@link Tokens#kindCodes} (ordinals), read directly: the finder
     * asks for the kinds of the tokens around every cue candidate, and the pass that marks
     * candidates reads every token's.
     */
    private final byte[] kinds;
    private final byte[] quoteDepth;
    /**
     * One bit per token, set where a quotation that is not nested opens or closes: the
     * finder asks about quotation marks at most tokens, and a bit test answers there.
     */
    private final long[] quoteMarks;
    /** The number of {@link #quoteMarks} bits in the words before each word: a mark's rank. */
    private final int[] marksBefore;
    /**
     * By a mark's rank ({@link #markRank}): the quotation that is not nested and opens at it,
     * and the closed one that closes at it, or null (the last of the list where several do,
     * as a map would keep the last put).
     */
    private final Quotation[] openAt;
    private final Quotation[] closeAt;
    private final Forms forms;
    /**
     * The lexicon bits of each form of the document, at its {@link Forms#index} plus one (so
     * the forms above ASCII have a place too, and slot 0, with no bits, is the empty form of
     * tokens that are not words). All are looked up at once when the view is made: a
     * lookup on first use put a test and a store on every one of the finder's many
     * questions about a word.
     */
    private final long[] bitsByForm;
    private final AttributionLexicon lex;
    /**
     * A bit of {@link #bitsByForm} of the view's own, above the lexicon's bits (its word ids
     * end at bit 61): a plain ASCII form that is a percentage, "…%" or "percent"
     * ({@link #hasPercentage}).
     */
    private static final long PERCENT_FORM = 1L << 62;

    private static final TokenKind[] KINDS = TokenKind.values();
    /** By kind ordinal: {@link TokenKind#isWordLike} and {@link TokenKind#isSpace}. */
    private static final boolean[] WORD_LIKE = new boolean[TokenKind.values().length];
    private static final boolean[] SPACE = new boolean[TokenKind.values().length];
    /** By kind ordinal: a word or a number, the tokens {@link #allQuoted} tests. */
    private static final boolean[] WORD_OR_NUMBER = new boolean[TokenKind.values().length];

    static {
        for (TokenKind k : TokenKind.values()) {
            WORD_LIKE[k.ordinal()] = k.isWordLike();
            SPACE[k.ordinal()] = k.isSpace();
            WORD_OR_NUMBER[k.ordinal()] = k.isWordLike() || k == TokenKind.NUMBER;
        }
    }

    private static final byte DASH = (byte) TokenKind.DASH.ordinal();
    private static final byte PUNCT = (byte) TokenKind.PUNCT.ordinal();
    private static final byte TERMINAL = (byte) TokenKind.TERMINAL.ordinal();

    /**
     * The last answer of {@link #nextCueCandidate}: from token {@code scannedFrom}, in a
     * sentence that ends at {@code scannedEnd}, the first candidate is {@code scannedTo}. The
     * cue finder asks again from a token in between after trying a verb's extension, and
     * the tokens up to the candidate need not be read twice.
     */
    private int scannedFrom = -1;
    private int scannedTo = -1;
    private int scannedEnd = -1;

    /**
     * The words of the sentence from the word {@link #matchAny} starts at, as it compares
     * them with its candidates: each candidate starts at the same words, so they are found
     * once per call. {@code runAt[k]} is the k-th word's token (-1 when the run has no k-th
     * word), and {@code runWord[k]} its word id ({@link AttributionLexicon#wordId}).
     */
    private int[] runAt = new int[8];
    private int[] runWord = new int[8];

    /** {@code forms}: each token's normalised form and its id (see {@link Forms}). */
    TokenView(String text, Tokens tokens, Forms forms, List<Quotation> quotations, byte[] quoteDepth,
            AttributionLexicon lex) {
        this.text = text;
        this.forms = forms;
        this.bitsByForm = new long[forms.indexes() + 1]; // slot 0, index -1: no form, in no list
        for (int f = 0; f < forms.indexes(); f++) {
            Work.step();
            String form = forms.formAt(f);
            bitsByForm[f + 1] = lex.bits(form) | (f < forms.distinct() && isPercentage(form) ? PERCENT_FORM : 0);
        }
        this.lex = lex;
        this.tokens = tokens;
        this.quoteDepth = quoteDepth;
        int n = tokens.size();
        this.kinds = tokens.kindCodes();
        this.quoteMarks = new long[(n + 63) >>> 6];
        for (Quotation q : quotations) {
            Work.step();
            if (!q.nested()) {
                set(quoteMarks, q.openToken());
                if (q.closed()) {
                    set(quoteMarks, q.closeToken());
                }
            }
        }
        this.marksBefore = new int[quoteMarks.length];
        int marks = 0;
        for (int w = 0; w < quoteMarks.length; w++) {
            Work.step();
            marksBefore[w] = marks;
            marks += Long.bitCount(quoteMarks[w]);
        }
        this.openAt = new Quotation[marks];
        this.closeAt = new Quotation[marks];
        for (Quotation q : quotations) {
            Work.step();
            if (!q.nested()) {
                openAt[markRank(q.openToken())] = q;
                if (q.closed()) {
                    closeAt[markRank(q.closeToken())] = q;
                }
            }
        }
    }

    /** Token i's first character (0 for an empty token at the end of the text). */
    private char firstChar(int i) {
        int start = tokens.start(i);
        return start < text.length() ? text.charAt(start) : 0;
    }

    TokenKind kind(int i) {
        return KINDS[kinds[i]];
    }

    boolean isWord(int i) {
        return WORD_LIKE[kinds[i]];
    }

    boolean inQuotation(int i) {
        return quoteDepth[i] > 0;
    }

    /** The normalised word ("" for tokens that are not words or numbers). */
    String word(int i) {
        return forms.form(i);
    }

    /**
     * The lexicon's {@link AttributionLexicon#bits} of word i, looked up once per distinct
     * word of the document: the finder asks about each word many times.
     */
    private long bits(int i) {
        return bitsByForm[forms.index(i) + 1];
    }

    /** True if word i belongs to the lexicon's class ({@code lex.is(c, word(i))}). */
    boolean is(int i, AttributionLexicon.WordClass c) {
        return (bits(i) & c.bit) != 0;
    }

    /**
     * True if word i belongs to any of the classes whose {@link AttributionLexicon.WordClass#bit}s
     * are set in {@code classBits}: one read of its bits for several {@link #is} tests.
     */
    boolean isAny(int i, long classBits) {
        return (bits(i) & classBits) != 0;
    }

    /** True if word i is a reporting verb form (a key of the lexicon's verb forms). */
    boolean isVerbForm(int i) {
        return (bits(i) & AttributionLexicon.VERB_FORM) != 0;
    }

    /** The lexicon's verb form of word i, or null. */
    AttributionLexicon.VerbForm verbForm(int i) {
        long b = bits(i);
        return (b & AttributionLexicon.VERB_FORM) == 0 ? null : lex.verbForm(AttributionLexicon.wordId(b));
    }

    /**
     * Word i's id in the lexicon ({@link AttributionLexicon#wordId}): equal ids, equal
     * words, for the words of the lexicon's lists and phrases; 0 for any other token.
     */
    private int wordId(int i) {
        return AttributionLexicon.wordId(bits(i));
    }

    /** True if word i is a form of an evidence verb. */
    boolean isEvidenceVerb(int i) {
        return (bits(i) & AttributionLexicon.EVIDENCE_VERB) != 0;
    }

    /** True if some word cue may start at word i ({@link AttributionLexicon#CUE_START}). */
    boolean mayStartCue(int i) {
        return (bits(i) & AttributionLexicon.CUE_START) != 0;
    }

    /** True if word i is an agent noun, singular or plural ({@link AttributionLexicon#AGENT_NOUN}). */
    boolean isAgentNoun(int i) {
        return (bits(i) & AttributionLexicon.AGENT_NOUN) != 0;
    }

    /** {@link AttributionLexicon#isEvidenceNoun} of word i. */
    boolean isEvidenceNoun(int i) {
        return (bits(i) & AttributionLexicon.EVIDENCE_NOUN) != 0;
    }

    boolean isCapitalised(int i) {
        if (!WORD_LIKE[kinds[i]]) {
            return false;
        }
        char c = firstChar(i);
        return Character.isHighSurrogate(c) ? Character.isUpperCase(text.codePointAt(tokens.start(i)))
                : Character.isUpperCase(c);
    }

    boolean isComma(int i) {
        return isPunct(i, ',');
    }

    boolean isColon(int i) {
        return isPunct(i, ':');
    }

    boolean isSemicolon(int i) {
        return isPunct(i, ';');
    }

    private boolean isPunct(int i, char c) {
        return kinds[i] == PUNCT && firstChar(i) == c;
    }

    /** A period inside a sentence belongs to an abbreviation ("Sen. Lee"). */
    boolean isInnerPeriod(int i, Sentence s) {
        return kinds[i] == TERMINAL && firstChar(i) == '.' && i < s.endToken() - 1;
    }

    /** True if a quotation opens or closes at token i ({@link #quoteMarks}). */
    private boolean quoteMark(int i) {
        return (quoteMarks[i >>> 6] & (1L << i)) != 0;
    }

    private static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    /**
     * The first token in [from, end) where a cue may start outside quotations, or
     * {@code end}: the tokens in between start none. A candidate is a colon, a dash, or a
     * word some word cue starts with ({@link #mayStartCue}). The test reads the arrays
     * directly and the quotation depth first, so that the words inside quotations (a cue
     * there is the speaker's) cost no lexicon lookup. It runs as the cue finder reads each
     * sentence, whose tokens it then reads again from the cache, rather than in a pass of
     * its own over every token of the text.
     */
    int nextCueCandidate(int from, int end) {
        if (end == scannedEnd && scannedFrom <= from && from <= scannedTo) {
            return scannedTo;
        }
        byte[] kinds = this.kinds;
        byte[] depth = quoteDepth;
        int i = from;
        for (; i < end; i++) {
            Work.step();
            byte k = kinds[i];
            if (depth[i] == 0 && (WORD_LIKE[k] ? (bits(i) & AttributionLexicon.CUE_START) != 0
                    : k == DASH || (k == PUNCT && firstChar(i) == ':'))) {
                break;
            }
        }
        scannedFrom = from;
        scannedTo = i;
        scannedEnd = end;
        return i;
    }

    /**
     * True if a token in [from, end) is "…%" or "percent" in any case. A token with a plain
     * ASCII form ({@link Forms#id}: its own characters, lowered) answers by its form's
     * {@link #PERCENT_FORM} bit, without reading its characters; white space is never one;
     * any other token is read ({@link #isPercentageToken}).
     */
    boolean hasPercentage(int from, int end) {
        for (int i = from; i < end; i++) {
            Work.step();
            int id = forms.id(i);
            if (id >= 0 ? (bitsByForm[id + 1] & PERCENT_FORM) != 0 : !SPACE[kinds[i]] && isPercentageToken(i)) {
                return true;
            }
        }
        return false;
    }

    /** True if token i is "…%" or "percent" in any case, read from the text. */
    boolean isPercentageToken(int i) {
        int start = tokens.start(i); // without cutting the token out
        int stop = tokens.end(i);
        return (stop > start && text.charAt(stop - 1) == '%')
                || (stop - start == 7 && text.regionMatches(true, start, "percent", 0, 7));
    }

    /** {@link #isPercentageToken} for a plain ASCII form (a token's characters, lowered). */
    private static boolean isPercentage(String form) {
        return form.endsWith("%") || form.equals("percent");
    }

    /**
     * True if tokens [from, end) have a word or number and every one lies inside a
     * quotation: read from the arrays directly, as it is asked of every sentence.
     */
    boolean allQuoted(int from, int end) {
        boolean any = false;
        for (int i = from; i < end; i++) {
            Work.step();
            if (WORD_OR_NUMBER[kinds[i]]) {
                if (quoteDepth[i] == 0) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The quotation whose opening mark is token i, or null. */
    Quotation openedAt(int i) {
        return quoteMark(i) ? openAt[markRank(i)] : null;
    }

    /** The quotation whose closing mark is token i, or null. */
    Quotation closedAt(int i) {
        return quoteMark(i) ? closeAt[markRank(i)] : null;
    }

    /**
     * The rank of the {@link #quoteMarks} bit of token i among them (the number of marks
     * before it): its place in {@link #openAt} and {@link #closeAt}, found without a search.
     */
    private int markRank(int i) {
        return marksBefore[i >>> 6] + Long.bitCount(quoteMarks[i >>> 6] & ((1L << i) - 1));
    }

    /** The next token at or after i that is not white space, in the sentence; -1 if none. */
    int next(int i, Sentence s) {
        while (i < s.endToken() && SPACE[kinds[i]]) {
            Work.step();
            i++;
        }
        return i < s.endToken() ? i : -1;
    }

    /** The previous token before i that is not white space, in the sentence; -1 if none. */
    int prev(int i, Sentence s) {
        int j = i - 1;
        while (j >= s.firstToken() && SPACE[kinds[j]]) {
            Work.step();
            j--;
        }
        return j >= s.firstToken() ? j : -1;
    }

    /** {@link #next}, if it is a word; else -1. */
    int nextWord(int i, Sentence s) {
        int n = next(i, s);
        return n >= 0 && isWord(n) ? n : -1;
    }

    /** {@link #prev}, if it is a word; else -1. */
    int prevWord(int i, Sentence s) {
        int p = prev(i, s);
        return p >= 0 && isWord(p) ? p : -1;
    }

    /**
     * True if a passive marker ({@code grammar.passive-markers}: a form of "be", or "so" in
     * "so called") comes right before word i, perhaps past one -ly adverb: "was criticized",
     * "is typically called".
     */
    boolean afterPassiveMarker(int i, Sentence s) {
        int p = prevWord(i, s);
        if (p >= 0 && word(p).endsWith("ly")) {
            Work.step();
            p = prevWord(p, s);
        }
        return p >= 0 && is(p, AttributionLexicon.WordClass.PASSIVE_MARKERS);
    }

    /** True if the word right after {@code from} (white space only between) is {@code word}. */
    boolean wordFollows(int from, Sentence s, String word) {
        int n = nextWord(from, s);
        return n >= 0 && n == next(from, s) && word(n).equals(word);
    }

    /** The end of the longest phrase matching at word i (words separated by white space), or -1. */
    int matchAny(PhraseList phrases, int i, Sentence s) {
        if (i >= s.endToken() || !isWord(i) || (bits(i) & phrases.firstWordBit()) == 0) {
            return -1;
        }
        int[][] candidates = phrases.startingWith(wordId(i));
        int known = 0; // the words from i that runAt and runWord hold for this call
        for (int[] phrase : candidates) {
            int k = 0;
            for (; k < phrase.length; k++) {
                Work.step();
                if (k == known) {
                    known = nextOfRun(known, i, s);
                }
                if (runAt[k] < 0 || runWord[k] != phrase[k]) {
                    break;
                }
            }
            if (k == phrase.length) {
                return runAt[k - 1] + 1;
            }
        }
        return -1;
    }

    /** Adds the word after the {@code known} ones of the run from i; returns the new count. */
    private int nextOfRun(int known, int i, Sentence s) {
        if (known == runAt.length) {
            runAt = Arrays.copyOf(runAt, 2 * known);
            runWord = Arrays.copyOf(runWord, 2 * known);
        }
        int at = known == 0 ? i : runAt[known - 1] < 0 ? -1 : nextWord(runAt[known - 1] + 1, s);
        runAt[known] = at;
        runWord[known] = at < 0 ? 0 : wordId(at);
        return known + 1;
    }

    /** True if tokens [start, end) are exactly one of the phrases. */
    boolean matchesExactly(PhraseList phrases, int start, int end) {
        int first = start;
        while (first < end && SPACE[kinds[first]]) {
            Work.step();
            first++;
        }
        if (first >= end || (bits(first) & phrases.firstWordBit()) == 0) {
            return false;
        }
        int tokensLeft = 0; // a phrase of n words matches n tokens that are not white space
        for (int i = first; i < end; i++) {
            Work.step();
            tokensLeft += SPACE[kinds[i]] ? 0 : 1;
        }
        int[][] candidates = phrases.startingWith(wordId(first));
        for (int[] phrase : candidates) {
            Work.step();
            if (phrase.length != tokensLeft) {
                continue;
            }
            int i = start;
            boolean ok = true;
            for (int k = 0; k < phrase.length; k++) {
                Work.step();
                while (i < end && SPACE[kinds[i]]) {
                    Work.step();
                    i++;
                }
                if (i >= end || wordId(i) != phrase[k]) {
                    ok = false;
                    break;
                }
                i++;
            }
            if (ok && i == end) {
                return true;
            }
        }
        return false;
    }

    /** The text span of tokens [run[0], run[1]), or null for a null run. */
    Span spanOf(int[] run) {
        return run == null ? null : spanOf(run[0], run[1]);
    }

    /** The text span of tokens [from, end), end > from. */
    Span spanOf(int from, int end) {
        return new Span(tokens.start(from), tokens.end(end - 1));
    }
}
