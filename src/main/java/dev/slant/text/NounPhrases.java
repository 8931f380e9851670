package dev.slant.text;

import static dev.slant.text.AttributionLexicon.WordClass.AUXILIARIES;
import static dev.slant.text.AttributionLexicon.WordClass.CLAUSE_BREAKS;
import static dev.slant.text.AttributionLexicon.WordClass.DETERMINERS;
import static dev.slant.text.AttributionLexicon.WordClass.INVERTING_VERBS;
import static dev.slant.text.AttributionLexicon.WordClass.SOURCE_PREPOSITIONS;

/**
 * Finds the noun phrases that name sources: the phrase right before a cue (past
 * auxiliaries: "the ministry has also said"), an appositive's head ("Ruiz, a former
 * engineer, said"), the phrase after "according to", after a passive "by", or after a
 * trailing verb of saying ("…, said the minister"). Runs are token index pairs
 * {@code [start, end)}.
 */
final class NounPhrases {

    static final int MAX_WORDS = 12;
    /** The classes of the function words {@link #trim} drops at the ends of a phrase. */
    private static final long FUNCTION_WORDS = SOURCE_PREPOSITIONS.bit | AUXILIARIES.bit | CLAUSE_BREAKS.bit;

    private final TokenView t;
    private final AttributionLexicon lex;

    NounPhrases(TokenView t, AttributionLexicon lex) {
        this.t = t;
        this.lex = lex;
    }

    /** The noun phrase that ends right before {@code cue}, or null; with the appositive fallback. */
    int[] before(int cue, Sentence s, boolean appositive) {
        int j = cue - 1;
        while (j >= s.firstToken() && (t.kind(j).isSpace() || (t.isWord(j) && t.is(j, AUXILIARIES)))) {
            Work.step();
            j--;
        }
        int end = j + 1;
        int start = -1;
        int count = 0;
        while (j >= s.firstToken() && count < MAX_WORDS) {
            Work.step();
            TokenKind k = t.kind(j);
            if (k.isSpace() || k == TokenKind.APOSTROPHE || t.isInnerPeriod(j, s)) {
                j--;
                continue;
            }
            if (!(k.isWordLike() || k == TokenKind.NUMBER) || t.inQuotation(j) || t.is(j, CLAUSE_BREAKS)) {
                break;
            }
            start = j;
            count++;
            j--;
        }
        int[] run = start < 0 ? null : trim(start, end);
        if (run == null && appositive && j >= s.firstToken() && t.isComma(j) && j == t.prev(cue, s)
                && firstComma(s) < j) {
            return initial(s, cue); // "Brell, a strongman who …, touted"
        }
        return run;
    }

    /** The noun phrase that starts right after {@code from} ("according to [the ministry]"). */
    int[] after(int from, Sentence s) {
        int i = from;
        while (i < s.endToken() && t.kind(i).isSpace()) {
            Work.step();
            i++;
        }
        int start = i;
        int last = -1;
        int count = 0;
        while (i < s.endToken() && count < MAX_WORDS) {
            Work.step();
            TokenKind k = t.kind(i);
            if (k.isSpace() || k == TokenKind.APOSTROPHE || (t.isInnerPeriod(i, s) && last >= 0)) {
                i++;
                continue;
            }
            boolean verb = t.is(i, AUXILIARIES) || t.isVerbForm(i);
            if (!(k.isWordLike() || k == TokenKind.NUMBER) || t.inQuotation(i) || t.is(i, CLAUSE_BREAKS)
                    || (verb && last >= 0)) {
                break;
            }
            last = i;
            count++;
            i++;
        }
        return last < 0 ? null : trim(start, last + 1);
    }

    /** After a trailing verb of saying, the phrase that runs to the sentence end or a comma. */
    int[] inverted(Cue cue, Sentence s) {
        AttributionLexicon.VerbForm form = t.verbForm(cue.first());
        if (form == null || !form.lemmaIs(INVERTING_VERBS)) {
            return null; // only verbs of saying put their subject after them
        }
        int[] run = after(cue.end(), s);
        if (run == null) {
            return null;
        }
        int next = t.next(run[1], s);
        boolean ends = next < 0 || t.kind(next) == TokenKind.TERMINAL || t.isComma(next);
        return ends ? run : null;
    }

    /** "was first reported by MSNBC": a passive verb with "by" names its source after. */
    int[] passive(Cue cue, Sentence s) {
        int n = t.nextWord(cue.end(), s);
        if (n < 0 || !t.word(n).equals("by") || n != t.next(cue.end(), s)) {
            return null;
        }
        for (int p = t.prevWord(cue.first(), s); p >= 0 && t.is(p, AUXILIARIES); p = t.prevWord(p, s)) {
            Work.step();
            switch (t.word(p)) {
                case "was": case "were": case "is": case "are": case "been": case "be":
                    return after(n + 1, s);
                default:
                    break;
            }
        }
        return null;
    }

    /**
     * A passive verb cue with no "by" after it: its subject is who was spoken to or about,
     * not the speaker ("The senator was criticized", "The mayor was told that …").
     */
    boolean patientSubject(Cue cue, Sentence s) {
        AttributionLexicon.VerbForm form = t.verbForm(cue.first());
        if (form == null || !form.past() || (cue.type() != Cue.Type.VERB && cue.type() != Cue.Type.BELIEF)) {
            return false;
        }
        return t.afterPassiveMarker(cue.first(), s); // "was widely criticized"
    }

    /** True for a pronoun or back-reference ("he", "the report") continuing an account. */
    boolean isBackReference(int[] run) {
        return t.matchesExactly(lex.backReferences, run[0], run[1]);
    }

    private int firstComma(Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Work.step();
            if (t.isComma(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The sentence's first phrase, up to its first comma, if it is noun-like and short. */
    private int[] initial(Sentence s, int limit) {
        for (int i = s.firstToken(); i < limit; i++) {
            Work.step();
            if (t.isComma(i)) {
                return i > s.firstToken() && i - s.firstToken() <= 2 * 8 ? trim(s.firstToken(), i) : null;
            }
            TokenKind k = t.kind(i);
            boolean nounish = k.isSpace() || k == TokenKind.APOSTROPHE || t.isInnerPeriod(i, s)
                    || (k.isWordLike() && !t.is(i, CLAUSE_BREAKS) && !t.isVerbForm(i));
            if (!nounish) {
                return null;
            }
        }
        return null;
    }

    /** Drops leading and trailing function words; null if no content word is left. */
    private int[] trim(int start, int end) {
        int a = start;
        int b = end;
        while (a < b && !isContent(a)) {
            Work.step();
            a++;
        }
        while (b > a && !isContent(b - 1)) {
            Work.step();
            b--;
        }
        for (int i = a; i < b; i++) {
            Work.step();
            if (isContent(i) && !t.is(i, DETERMINERS)) {
                return new int[] {a, b};
            }
        }
        return null;
    }

    private boolean isContent(int i) {
        if (t.kind(i) == TokenKind.NUMBER) {
            return true;
        }
        return t.isWord(i) && !t.isAny(i, FUNCTION_WORDS);
    }
}
