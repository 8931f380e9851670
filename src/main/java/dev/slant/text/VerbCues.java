package dev.slant.text;

import static dev.slant.text.AttributionLexicon.WordClass.ACTS;
import static dev.slant.text.AttributionLexicon.WordClass.ADVERBS;
import static dev.slant.text.AttributionLexicon.WordClass.AGENT_NOUNS;
import static dev.slant.text.AttributionLexicon.WordClass.ALSO_NOUNS;
import static dev.slant.text.AttributionLexicon.WordClass.BASE_SUBJECTS;
import static dev.slant.text.AttributionLexicon.WordClass.BELIEF_NEXT;
import static dev.slant.text.AttributionLexicon.WordClass.CLAUSE_PRONOUNS;
import static dev.slant.text.AttributionLexicon.WordClass.CLAUSE_STARTS;
import static dev.slant.text.AttributionLexicon.WordClass.COMPLEMENT_MARKERS;
import static dev.slant.text.AttributionLexicon.WordClass.COMPLEMENT_NOUNS;
import static dev.slant.text.AttributionLexicon.WordClass.DETERMINERS;
import static dev.slant.text.AttributionLexicon.WordClass.GERUND_PREPOSITIONS;
import static dev.slant.text.AttributionLexicon.WordClass.ING_MARKERS;
import static dev.slant.text.AttributionLexicon.WordClass.LINKING_COGNITION;
import static dev.slant.text.AttributionLexicon.WordClass.MODALS;
import static dev.slant.text.AttributionLexicon.WordClass.OBJECT_COMPLEMENT;
import static dev.slant.text.AttributionLexicon.WordClass.PARTICLES;
import static dev.slant.text.AttributionLexicon.WordClass.PLACE_PREPOSITIONS;
import static dev.slant.text.AttributionLexicon.WordClass.PREPOSITIONS;
import static dev.slant.text.AttributionLexicon.WordClass.SOURCE_PREPOSITIONS;
import static dev.slant.text.AttributionLexicon.WordClass.SUBJECT_PRONOUNS;
import static dev.slant.text.AttributionLexicon.WordClass.S_SUBJECTS;

import dev.slant.text.AttributionLexicon.VerbClass;
import dev.slant.text.AttributionLexicon.VerbForm;

/**
 * Decides whether a reporting verb form is an attribution cue where it stands: strong
 * verbs wherever they are verbs; weak verbs only with a reported clause, in a trailing
 * attribution, with a record as subject, with an object complement, or continuing an
 * account; verbs of belief with a subject and a clause; acts of stance in the past tense
 * with a person or body as subject. Forms that are nouns too must
 * stand in verb position. See docs/attribution.md.
 */
final class VerbCues {

    private final TokenView t;
    private final NounPhrases phrases;
    private final Contents contents;

    VerbCues(TokenView t, NounPhrases phrases, Contents contents) {
        this.t = t;
        this.phrases = phrases;
        this.contents = contents;
    }

    /**
     * True if word i is a verb cue. {@code attributing} says whether the paragraph already
     * has an attribution, which lets a back-reference continue it ("It also found …").
     */
    boolean isCue(int i, Sentence s, boolean attributing) {
        VerbForm form = t.verbForm(i);
        if (form == null) {
            return false;
        }
        int prev = t.prevWord(i, s);
        String before = prev >= 0 ? t.word(prev) : "";
        boolean alsoNoun = form.lemmaIs(ALSO_NOUNS);
        boolean nounable = form.ing() || (alsoNoun && !form.past());
        if (nounable && afterNounMarker(i, s, prev, before, form.ing())) {
            return false; // "the report", "his call", "in remarks", "a warning"
        }
        boolean objectComplement = form.lemmaIs(OBJECT_COMPLEMENT);
        if (form.ing() && form.verbClass() != VerbClass.STRONG && !ingIsVerbal(i, s, prev)
                && !(objectComplement && complementLater(i + 1, s))) {
            return false; // but "O'Malley calling Trump a fascist"
        }
        if (alsoNoun && !form.ing() && !form.past() && !verbPosition(form, i, s, prev, before)) {
            return false;
        }
        if (form.past() && t.word(i).endsWith("ed") && participleAdjective(i, s, prev)) {
            return false; // "271 pledged delegates", "the reported cases"
        }
        switch (form.verbClass()) {
            case STRONG:
                return !(form.ing() && t.wordFollows(i + 1, s, "by")); // not a credit line: "(Reporting by …)"
            case ACT:
                return actedBySomeone(i, s);
            case COGNITION:
                if (prev >= 0 && t.is(prev, MODALS)) {
                    return false; // "may want to", "would seek to": hypothetical
                }
                int p = t.prev(i, s);
                boolean subject = phrases.before(i, s, !form.ing()) != null || (form.ing() && p >= 0 && t.isComma(p))
                        || (prev >= 0 && prev == p && before.equals("who")); // "Democrats, who want to …"
                boolean linking = form.lemmaIs(LINKING_COGNITION); // "seemed ready to"
                return (subject && !placeFollows(i + 1, s) && (linking || beliefFollows(i + 1, s)))
                        || (form.lemmaIs(ACTS) && actedBySomeone(i, s));
            default:
                if (form.past() && passiveWithoutAgent(i, s)) {
                    return false; // "races that have not been called", "so called"
                }
                return clauseFollows(i + 1, s) || trailing(i, s) || evidenceSubject(i, s)
                        || (attributing && continuesAccount(i, s)) || (objectComplement && complementLater(i + 1, s))
                        || (form.lemmaIs(ACTS) && actedBySomeone(i, s));
        }
    }

    /**
     * A public act of communication or stance, in the past tense, by a named person or
     * body, a pronoun, or a person or body named by a common noun: "Clinton attacked",
     * "the senator has pledged", "who endorsed him"; or an -ing form after a comma
     * ("…, applauding the decision").
     */
    private boolean actedBySomeone(int i, Sentence s) {
        VerbForm form = t.verbForm(i);
        int p = t.prev(i, s);
        if (form.ing() && p >= 0 && t.isComma(p)) {
            return true; // "…, applauding the decision"
        }
        if (!form.past()) {
            return false;
        }
        int prev = t.prevWord(i, s);
        if (prev >= 0 && prev == t.prev(i, s) && t.word(prev).equals("who")) {
            return true;
        }
        int[] subject = phrases.before(i, s, true);
        if (subject == null || placeFollows(i + 1, s)) {
            return false;
        }
        int head = subject[1] - 1;
        return t.is(head, SUBJECT_PRONOUNS) || t.isCapitalised(head)
                || t.isAgentNoun(head); // "prosecutors declined"
    }

    /** "Polls show …", "the study found …": a record or study in the subject. */
    boolean evidenceSubject(int i, Sentence s) {
        int[] subject = phrases.before(i, s, false);
        if (subject == null) {
            return false;
        }
        for (int j = subject[0]; j < subject[1]; j++) {
            Work.step();
            if (t.isEvidenceNoun(j)) {
                return true; // "a CNN poll of voters released Tuesday showed …"
            }
        }
        return false;
    }

    /** A reported clause or quotation follows: "added that", "found:", "warned, “…”". */
    boolean clauseFollows(int from, Sentence s) {
        int n = t.next(from, s);
        if (n >= 0 && t.isWord(n) && t.is(n, PARTICLES)) {
            n = t.next(n + 1, s);
        }
        if (n < 0) {
            return false;
        }
        if (t.isWord(n)) {
            String w = t.word(n);
            if (!w.equals("that") && t.is(n, DETERMINERS)) {
                int m = t.nextWord(n + 1, s); // "dismissed the idea that …"
                return m >= 0 && t.is(m, COMPLEMENT_NOUNS) && t.wordFollows(m + 1, s, "that");
            }
            return w.equals("that") || w.equals("if") || w.equals("whether") || t.is(n, SUBJECT_PRONOUNS)
                    || (t.is(n, COMPLEMENT_NOUNS) && t.wordFollows(n + 1, s, "that"));
        }
        if (t.isComma(n) || t.isColon(n)) {
            int q = t.next(n + 1, s);
            return q >= 0 && (t.openedAt(q) != null || (t.isWord(q) && t.word(q).equals("that")));
        }
        return t.openedAt(n) != null;
    }

    /**
     * A determiner or possessive right before (or a preposition, except before an -ing
     * form after "by", "while"…): the word is a noun.
     */
    private boolean afterNounMarker(int i, Sentence s, int prev, String before, boolean ing) {
        boolean preposition = prev >= 0 && (t.is(prev, PREPOSITIONS) || t.is(prev, SOURCE_PREPOSITIONS))
                && !(ing && t.is(prev, GERUND_PREPOSITIONS)); // "by saying", not "from acknowledging"
        if (prev >= 0 && (t.is(prev, DETERMINERS) || before.endsWith("'s") || preposition)) {
            return true;
        }
        int p = t.prev(i, s);
        return p >= 0 && t.kind(p) == TokenKind.APOSTROPHE;
    }

    /**
     * For forms that are nouns too: the base form needs a plural, a pronoun, a modal or
     * "to" before it ("polls show", "they say"); the -s form a name or pronoun before it,
     * or a clause after it ("Smith says", "the report says the …").
     */
    private boolean verbPosition(VerbForm form, int i, Sentence s, int prev, String before) {
        int n = t.nextWord(i + 1, s);
        boolean adjacent = n >= 0 && n == t.next(i + 1, s);
        if (adjacent && t.word(n).equals("of")) {
            return false; // "a call of", "the show of"
        }
        int p = t.prev(i, s);
        if (prev < 0 && !(p >= 0 && t.isComma(p) && !form.base())) {
            return false; // a verb after an appositive is fine: "Gerson, a former aide, calls …"
        }
        boolean clauseAfter = adjacent && t.is(n, CLAUSE_STARTS);
        if (form.base()) {
            boolean numberBefore = p >= 0 && t.kind(p) == TokenKind.NUMBER;
            return (prev >= 0 && t.is(prev, BASE_SUBJECTS)) || before.endsWith("n't") || numberBefore
                    || (before.endsWith("s") && !before.endsWith("ss") && before.length() > 3)
                    || (clauseAfter && t.is(n, CLAUSE_PRONOUNS));
        }
        int after = t.next(i + 1, s);
        boolean endsSentence = after >= 0 && t.kind(after) == TokenKind.TERMINAL // "…, a study shows."
                && contents.commaOrQuoteBefore(i, s) >= 0;
        return endsSentence || (prev >= 0 && t.is(prev, S_SUBJECTS)) || (prev >= 0 && t.isCapitalised(prev)) || prev < 0
                || clauseFollows(i + 1, s) || clauseAfter || (adjacent && t.isCapitalised(n));
    }

    /** "-ing" forms are verbs after a comma or an auxiliary (", saying that", "is still warning"). */
    private boolean ingIsVerbal(int i, Sentence s, int before) {
        int p = t.prev(i, s);
        if (p >= 0 && (t.isComma(p) || t.closedAt(p) != null)) {
            return true; // ", adding" or '…,” adding'
        }
        while (p >= 0 && t.isWord(p) && (t.word(p).endsWith("ly") || t.is(p, ADVERBS))) {
            Work.step();
            p = t.prev(p, s); // "was still hoping", "is now openly warning"
            before = p;
        }
        return before >= 0 && t.is(before, ING_MARKERS);
    }

    /** A passive with no "by" after it names no speaker: "has been called", "so called". */
    private boolean passiveWithoutAgent(int i, Sentence s) {
        return !t.wordFollows(i + 1, s, "by") && t.afterPassiveMarker(i, s);
    }

    /** "The report said … It also found …": a back-reference as subject. */
    private boolean continuesAccount(int i, Sentence s) {
        int[] source = phrases.before(i, s, false);
        return source != null && phrases.isBackReference(source);
    }

    /** A belief needs its content: "think that", "believe he", "want to", "I think it's good". */
    private boolean beliefFollows(int from, Sentence s) {
        int n = t.next(from, s);
        if (n < 0) {
            return false;
        }
        if (!t.isWord(n)) {
            return t.openedAt(n) != null || t.isColon(n);
        }
        String w = t.word(n);
        return t.is(n, BELIEF_NEXT) || t.is(n, CLAUSE_PRONOUNS) || t.isCapitalised(n) || w.indexOf('\'') > 0;
    }

    /** "appeared on television", "appeared in court": presence, not perception. */
    private boolean placeFollows(int from, Sentence s) {
        int n = t.nextWord(from, s);
        return n >= 0 && n == t.next(from, s) && t.is(n, PLACE_PREPOSITIONS);
    }

    /** An -ed form between a number, determiner or preposition and a lowercase word is an adjective. */
    private boolean participleAdjective(int i, Sentence s, int prevWord) {
        int p = t.prev(i, s);
        int n = t.nextWord(i + 1, s);
        boolean adjectivalBefore = p >= 0 && (t.kind(p) == TokenKind.NUMBER
                || (prevWord == p && (t.is(p, DETERMINERS) || t.is(p, PREPOSITIONS))));
        if (!adjectivalBefore || n < 0 || n != t.next(i + 1, s) || t.isCapitalised(n)) {
            return false;
        }
        String w = t.word(n);
        return !t.is(n, SOURCE_PREPOSITIONS) && !t.is(n, PREPOSITIONS) && !w.equals("that") && !w.equals("to")
                && !w.equals("as");
    }

    /** 'called the plan “a farce”', "described it as …": a quote or a/an/as within six words. */
    private boolean complementLater(int from, Sentence s) {
        int words = 0;
        for (int j = from; j < s.endToken() && words < 6; j++) {
            Work.step();
            TokenKind k = t.kind(j);
            if (t.openedAt(j) != null) {
                return words > 0;
            }
            if (k.isWordLike()) {
                if (words > 0 && t.is(j, COMPLEMENT_MARKERS)) {
                    return true;
                }
                words++;
            } else if (!k.isSpace() && k != TokenKind.APOSTROPHE) {
                return false;
            }
        }
        return false;
    }

    /** A trailing attribution: "…, he added." or "“…,” added Smith." or "“…,” she added when …". */
    private boolean trailing(int cue, Sentence s) {
        int[] source = phrases.before(cue, s, false);
        int q = t.prev(source == null ? cue : source[0], s);
        if (source != null && q >= 0 && (t.closedAt(q) != null || t.kind(q) == TokenKind.CLOSE_DOUBLE_QUOTE)) {
            int end = t.prev(q, s); // the quotation ends a clause: "“Really,” she added", not "the “Never Trump” movement"
            if (end >= 0 && (t.isComma(end) || t.kind(end) == TokenKind.TERMINAL)) {
                return true;
            }
        }
        int after = t.next(cue + 1, s);
        if (after >= 0 && t.isWord(after)) {
            int[] run = phrases.after(cue + 1, s);
            after = run == null ? after : t.next(run[1], s);
        }
        boolean endsHere = after < 0 || t.kind(after) == TokenKind.TERMINAL || t.isComma(after);
        return endsHere && contents.commaOrQuoteBefore(cue, s) >= 0;
    }
}
