package dev.slant.text;

import static dev.slant.text.AttributionLexicon.WordClass.ADVERBS;
import static dev.slant.text.AttributionLexicon.WordClass.ADVERB_CUES;
import static dev.slant.text.AttributionLexicon.WordClass.BELIEF_ADJECTIVES;
import static dev.slant.text.AttributionLexicon.WordClass.BELIEF_COMPLEMENTS;
import static dev.slant.text.AttributionLexicon.WordClass.COLON_LABELS;
import static dev.slant.text.AttributionLexicon.WordClass.LINKING_VERBS;
import static dev.slant.text.AttributionLexicon.WordClass.SUBJECT_PRONOUNS;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the attribution cues of a sentence, outside quotations: multi-word cues
 * ("according to", "declined to comment"), attributing adverbs ("reportedly"), belief
 * adjectives ("is confident that"), verbs of a record ("the poll has …"), reporting
 * verbs (see {@link VerbCues}), and a colon or dash that introduces a speaker's words.
 * Extensions join the verb before them ("said in a statement", "said:").
 */
final class CueFinder {

    /** The first-word bits of the phrase lists {@link #phraseAt} tries. */
    private static final long PHRASE_STARTS = AttributionLexicon.SOURCE_AFTER_START | AttributionLexicon.PLAIN_START
            | AttributionLexicon.BELIEF_START;

    private final TokenView t;
    private final AttributionLexicon lex;
    private final NounPhrases phrases;
    private final VerbCues verbs;
    /** The list {@link #cues} returns, one for every sentence: most sentences have no cue. */
    private final List<Cue> found = new ArrayList<>();

    CueFinder(TokenView t, AttributionLexicon lex, NounPhrases phrases, VerbCues verbs) {
        this.t = t;
        this.lex = lex;
        this.phrases = phrases;
        this.verbs = verbs;
    }

    /**
     * The cues of the sentence in order, in a list that the next call reuses;
     * {@code attributing}: the paragraph already has one.
     * Visits only the tokens where a cue may start ({@link TokenView#nextCueCandidate}) and
     * the token right after a verb cue, where an extension may join it.
     */
    List<Cue> cues(Sentence s, boolean attributing) {
        List<Cue> out = found;
        out.clear();
        int extensionAt = -1; // the token after the last cue if that is a verb: "said| in a statement"
        int i = s.firstToken();
        while (true) {
            Work.step();
            int candidate = t.nextCueCandidate(i, s.endToken());
            i = extensionAt >= i && extensionAt < candidate ? extensionAt : candidate;
            if (i >= s.endToken()) {
                return out;
            }
            if (i == extensionAt) {
                Cue previous = out.get(out.size() - 1);
                int end = t.matchAny(lex.extensionPhrases, i, s);
                if (end > 0) { // "said in a statement"
                    out.set(out.size() - 1, new Cue(Cue.Type.VERB, previous.first(), end));
                    extensionAt = t.next(end, s);
                    i = end;
                    continue;
                }
            }
            Cue cue = i == candidate ? cueAt(i, s, attributing) : null;
            if (cue == null) {
                i++;
                continue;
            }
            Cue previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (cue.type() == Cue.Type.COLON && previous != null) {
                if (t.next(previous.end(), s) == cue.first()) {
                    Cue joined = new Cue(previous.type(), previous.first(), cue.end()); // "said:"
                    out.set(out.size() - 1, joined);
                    extensionAt = joined.type() == Cue.Type.VERB ? t.next(joined.end(), s) : -1;
                }
                i = cue.end(); // "told reporters at the hearing: “…”" has its cue already
                continue;
            }
            out.add(cue);
            extensionAt = cue.type() == Cue.Type.VERB ? t.next(cue.end(), s) : -1;
            i = cue.end();
            if (cue.type() == Cue.Type.SOURCE_AFTER) {
                int[] source = phrases.after(cue.end(), s); // "according to documents released by …"
                i = source == null ? i : source[1];
            }
        }
    }

    private Cue cueAt(int i, Sentence s, boolean attributing) {
        TokenKind k = t.kind(i);
        if (t.isColon(i)) {
            int n = t.next(i + 1, s);
            boolean quoteFollows = n >= 0 && t.openedAt(n) != null && t.prevWord(i, s) >= 0;
            return quoteFollows || isHeadlineColon(i, s) ? new Cue(Cue.Type.COLON, i, i + 1) : null;
        }
        if (k == TokenKind.DASH) {
            int p = t.prev(i, s);
            int n = t.nextWord(i + 1, s);
            boolean signsQuote = p >= 0 && t.closedAt(p) != null && n >= 0 && t.isCapitalised(n);
            return signsQuote ? new Cue(Cue.Type.COLON, i, i + 1) : null; // “…” ― Name
        }
        if (!k.isWordLike() || !t.mayStartCue(i)) {
            return null; // every word cue below starts with a word of the lexicon
        }
        Cue phrase = phraseAt(i, s);
        if (phrase != null) {
            return phrase;
        }
        if (t.is(i, ADVERB_CUES)) {
            return new Cue(Cue.Type.ADVERB, i, i + 1);
        }
        if (t.is(i, BELIEF_ADJECTIVES) && afterLinkingVerb(i, s) && beliefComplement(i + 1, s)) {
            return new Cue(Cue.Type.BELIEF, i, i + 1); // "she is confident that", "were concerned about"
        }
        if (t.isEvidenceVerb(i) && !auxiliaryUse(i, s) && verbs.evidenceSubject(i, s)) {
            return new Cue(Cue.Type.VERB, i, i + 1); // "the forecast gives her an 87 percent chance"
        }
        if (!verbs.isCue(i, s, attributing)) {
            return null;
        }
        boolean belief = t.verbForm(i).verbClass() == AttributionLexicon.VerbClass.COGNITION;
        return new Cue(belief ? Cue.Type.BELIEF : Cue.Type.VERB, i, i + 1);
    }

    private Cue phraseAt(int i, Sentence s) {
        if (!t.isAny(i, PHRASE_STARTS)) {
            return null; // most words start no phrase: one test for the three lists
        }
        int end = t.matchAny(lex.sourceAfterPhrases, i, s);
        if (end > 0) {
            return new Cue(Cue.Type.SOURCE_AFTER, i, end);
        }
        end = t.matchAny(lex.plainPhrases, i, s);
        if (end > 0) {
            return new Cue(Cue.Type.PLAIN, i, end);
        }
        end = t.matchAny(lex.beliefPhrases, i, s);
        return end > 0 ? new Cue(Cue.Type.BELIEF, i, end) : null;
    }

    /**
     * "Trump: I will win", "Clinton camp: …", "WALLACE: …": a short name before a colon
     * that opens the sentence (up to six words, the first capitalised, at least half of them
     * capitalised, none a section label such as "Update").
     */
    private boolean isHeadlineColon(int colon, Sentence s) {
        int words = 0;
        int capitalised = 0;
        for (int j = s.firstToken(); j < colon; j++) {
            Work.step();
            TokenKind k = t.kind(j);
            if (k.isWordLike()) {
                boolean cap = t.isCapitalised(j);
                if ((words == 0 && !cap) || ++words > 6 || t.is(j, COLON_LABELS)) {
                    return false;
                }
                capitalised += cap ? 1 : 0;
            } else if (!k.isSpace() && k != TokenKind.APOSTROPHE && !t.isInnerPeriod(j, s)
                    && !(words == 0 && t.openedAt(j) != null)) {
                return false;
            }
        }
        int after = 0;
        for (int j = colon + 1; j < s.endToken(); j++) {
            Work.step();
            if (t.isWord(j)) {
                after++;
            }
        }
        return words > 0 && 2 * capitalised >= words && after >= 3;
    }

    /** "is confident", "is increasingly worried", "seemed concerned". */
    private boolean afterLinkingVerb(int i, Sentence s) {
        int p = t.prevWord(i, s);
        while (p >= 0 && (t.word(p).endsWith("ly") || t.is(p, ADVERBS))) {
            Work.step();
            p = t.prevWord(p, s);
        }
        if (p < 0) {
            return false;
        }
        String w = t.word(p);
        return t.is(p, LINKING_VERBS) || w.endsWith("'s") || w.endsWith("'re");
    }

    private boolean beliefComplement(int from, Sentence s) {
        int n = t.nextWord(from, s);
        if (n < 0 || n != t.next(from, s)) {
            return false;
        }
        return t.is(n, BELIEF_COMPLEMENTS) || t.is(n, SUBJECT_PRONOUNS);
    }

    /** "has found", "have shown": the first verb is an auxiliary of the next. */
    private boolean auxiliaryUse(int i, Sentence s) {
        int n = t.nextWord(i + 1, s);
        if (n < 0) {
            return false;
        }
        String w = t.word(n);
        return t.isVerbForm(n) || t.isEvidenceVerb(n) || w.equals("been") || w.endsWith("ed");
    }
}
