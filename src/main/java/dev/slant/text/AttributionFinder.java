package dev.slant.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds attribution relations (cue, source, content) sentence by sentence, working on
 * tokens with the word lists of {@link AttributionLexicon}. Cues inside direct quotations
 * are the speaker's words and are skipped. The heuristics are documented in
 * docs/attribution.md.
 */
final class AttributionFinder {

    /** The kinds of cue, which differ in where the source and content lie. */
    private enum CueType { VERB, BELIEF, SOURCE_AFTER, PLAIN, ADVERB, COLON }

    /** A cue: tokens {@code [first, end)}. */
    private record Cue(CueType type, int first, int end) {
    }

    private static final int MAX_SOURCE_WORDS = 12;

    private final String text;
    private final List<Token> tokens;
    private final byte[] quoteDepth;
    private final AttributionLexicon lex;
    private final Map<Integer, Quotation> byOpen = new HashMap<>();
    private final Map<Integer, Quotation> byClose = new HashMap<>();
    private final String[] words;
    private int attributedParagraph = -1; // the paragraph of the last sentence with a cue

    AttributionFinder(String text, List<Token> tokens, List<Quotation> quotations, byte[] quoteDepth,
            AttributionLexicon lex) {
        this.text = text;
        this.tokens = tokens;
        this.quoteDepth = quoteDepth;
        this.lex = lex;
        for (Quotation q : quotations) {
            if (!q.nested()) {
                byOpen.put(q.openToken(), q);
                if (q.closed()) {
                    byClose.put(q.closeToken(), q);
                }
            }
        }
        this.words = new String[tokens.size()];
    }

    /** The attributions of one sentence, in the order of their cues. Call in sentence order. */
    List<Attribution> find(Sentence s) {
        List<Cue> cues = cues(s);
        List<Attribution> out = new ArrayList<>(cues.size());
        for (Cue cue : cues) {
            out.add(resolve(cue, s));
        }
        if (!out.isEmpty()) {
            attributedParagraph = s.paragraph();
        }
        return out;
    }

    // ------------------------------------------------------------------ cues

    private List<Cue> cues(Sentence s) {
        List<Cue> out = new ArrayList<>();
        int i = s.firstToken();
        while (i < s.endToken()) {
            Cue previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.type() == CueType.VERB && next(previous.end(), s) == i) {
                int end = matchAny(lex.extensionPhrases, i, s);
                if (end > 0) { // "said in a statement"
                    out.set(out.size() - 1, new Cue(CueType.VERB, previous.first(), end));
                    i = end;
                    continue;
                }
            }
            Cue cue = quoteDepth[i] > 0 ? null : cueAt(i, s);
            if (cue == null) {
                i++;
                continue;
            }
            if (cue.type() == CueType.COLON && previous != null) {
                if (next(previous.end(), s) == cue.first()) {
                    out.set(out.size() - 1, new Cue(previous.type(), previous.first(), cue.end())); // "said:"
                }
                i = cue.end(); // "told reporters at the hearing: “…”" has its cue already
                continue;
            }
            out.add(cue);
            i = cue.end();
            if (cue.type() == CueType.SOURCE_AFTER) {
                int[] source = nounRunAfter(cue.end(), s); // "according to documents released by …"
                i = source == null ? i : source[1];
            }
        }
        return out;
    }

    private Cue cueAt(int i, Sentence s) {
        Token t = tokens.get(i);
        if (isColon(i)) {
            int n = next(i + 1, s);
            boolean quoteFollows = n >= 0 && isQuoteOpen(n) && prevWord(i, s) >= 0;
            return quoteFollows || isHeadlineColon(i, s) ? new Cue(CueType.COLON, i, i + 1) : null;
        }
        if (t.kind() == TokenKind.DASH) {
            int p = prev(i, s);
            int n = nextWord(i + 1, s);
            boolean signsQuote = p >= 0 && byClose.containsKey(p) && n >= 0 && isCapitalised(n);
            return signsQuote ? new Cue(CueType.COLON, i, i + 1) : null; // “…” ― Name
        }
        if (!t.kind().isWordLike()) {
            return null;
        }
        int end = matchAny(lex.sourceAfterPhrases, i, s);
        if (end > 0) {
            return new Cue(CueType.SOURCE_AFTER, i, end);
        }
        end = matchAny(lex.plainPhrases, i, s);
        if (end > 0) {
            return new Cue(CueType.PLAIN, i, end);
        }
        end = matchAny(lex.beliefPhrases, i, s);
        if (end > 0) {
            return new Cue(CueType.BELIEF, i, end);
        }
        if (lex.adverbs.contains(word(i))) {
            return new Cue(CueType.ADVERB, i, i + 1);
        }
        if (lex.beliefAdjectives.contains(word(i)) && afterBe(i, s) && beliefComplement(i + 1, s)) {
            return new Cue(CueType.BELIEF, i, i + 1); // "she is confident that", "were concerned about"
        }
        if (lex.evidenceVerbForms.contains(word(i)) && !auxiliaryUse(i, s) && evidenceSubject(i, s)) {
            return new Cue(CueType.VERB, i, i + 1); // "the poll has Clinton ahead"
        }
        if (!verbCue(i, s)) {
            return null;
        }
        boolean belief = lex.verbForms.get(word(i)).verbClass() == AttributionLexicon.VerbClass.COGNITION;
        return new Cue(belief ? CueType.BELIEF : CueType.VERB, i, i + 1);
    }

    private boolean verbCue(int i, Sentence s) {
        AttributionLexicon.VerbForm form = lex.verbForms.get(word(i));
        if (form == null) {
            return false;
        }
        int prev = prevWord(i, s);
        String before = prev >= 0 ? word(prev) : "";
        boolean nounable = form.ing() || (lex.alsoNouns.contains(form.lemma()) && !form.past());
        if (nounable && afterNounMarker(i, s, prev, before, form.ing())) {
            return false; // "the report", "his call", "in remarks", "a warning"
        }
        if (form.ing() && form.verbClass() != AttributionLexicon.VerbClass.STRONG && !ingIsVerbal(i, s, before)
                && !(lex.objectComplement.contains(form.lemma()) && complementLater(i + 1, s))) {
            return false; // but "O'Malley calling Trump a fascist"
        }
        if (lex.alsoNouns.contains(form.lemma()) && !form.ing() && !form.past() && !verbPosition(form, i, s, prev, before)) {
            return false;
        }
        if (form.past() && word(i).endsWith("ed") && participleAdjective(i, s, prev)) {
            return false; // "271 pledged delegates", "the reported cases"
        }
        switch (form.verbClass()) {
            case STRONG:
                return true;
            case COGNITION:
                boolean subject = sourceBefore(i, s, false) != null || (form.ing() && prev(i, s) >= 0 && isComma(prev(i, s)));
                boolean linking = form.lemma().equals("seem") || form.lemma().equals("appear"); // "seemed ready to"
                return subject && !placeFollows(i + 1, s) && (linking || clauseFollows(i + 1, s));
            default:
                if (form.past() && passiveWithoutAgent(i, s)) {
                    return false; // "races that have not been called", "so called"
                }
                return complementFollows(i + 1, s) || trailing(i, s) || evidenceSubject(i, s) || continuesAccount(i, s)
                        || (lex.objectComplement.contains(form.lemma()) && complementLater(i + 1, s));
        }
    }

    /**
     * A determiner or possessive right before (or a preposition, except before an -ing
     * form: "by saying"): the word is a noun.
     */
    private boolean afterNounMarker(int i, Sentence s, int prev, String before, boolean ing) {
        boolean preposition = (isPreposition(before) || lex.sourcePrepositions.contains(before))
                && !(ing && GERUND_CUE_BEFORE.contains(before)); // "by saying", but not "from acknowledging"
        if (prev >= 0 && (lex.determiners.contains(before) || before.endsWith("'s") || preposition)) {
            return true;
        }
        int p = prev(i, s);
        return p >= 0 && tokens.get(p).kind() == TokenKind.APOSTROPHE;
    }

    /**
     * For forms that are nouns too: the base form needs a plural, a pronoun, a modal or
     * "to" before it ("polls show", "they say"); the -s form a name or pronoun before it, or
     * a clause after it ("Smith says", "the report says the …").
     */
    private boolean verbPosition(AttributionLexicon.VerbForm form, int i, Sentence s, int prev, String before) {
        int n = nextWord(i + 1, s);
        if (n >= 0 && n == next(i + 1, s) && word(n).equals("of")) {
            return false; // "a call of", "the show of"
        }
        if (prev < 0 && !(prev(i, s) >= 0 && isComma(prev(i, s)) && !form.base())) {
            return false; // a verb after an appositive is fine: "Gerson, a former aide, calls …"
        }
        boolean clauseAfter = n >= 0 && n == next(i + 1, s) && CLAUSE_START.contains(word(n));
        if (form.base()) {
            boolean numberBefore = prev(i, s) >= 0 && tokens.get(prev(i, s)).kind() == TokenKind.NUMBER;
            return BASE_BEFORE.contains(before) || before.endsWith("n't") || numberBefore
                    || (before.endsWith("s") && !before.endsWith("ss") && before.length() > 3)
                    || (clauseAfter && PRONOUNS.contains(word(n)));
        }
        int after = next(i + 1, s);
        boolean endsSentence = after >= 0 && tokens.get(after).kind() == TokenKind.TERMINAL; // "…, a study shows."
        return endsSentence || S_BEFORE.contains(before) || (prev >= 0 && isCapitalised(prev)) || prev < 0 || complementFollows(i + 1, s) || clauseAfter
                || (n >= 0 && n == next(i + 1, s) && isCapitalised(n));
    }

    private static final java.util.Set<String> ADVERBS = java.util.Set.of("still", "also", "now", "already", "just",
            "even", "again", "not", "never", "always");
    /** Subject pronouns that open a reported clause: "indicated she would", "showed he had". */
    private static final java.util.Set<String> SUBJECTS = java.util.Set.of("he", "she", "they", "we", "i");
    private static final java.util.Set<String> GERUND_CUE_BEFORE = java.util.Set.of("by", "after", "before",
            "while", "without");
    private static final java.util.Set<String> BASE_BEFORE = java.util.Set.of("i", "you", "we", "they", "to",
            "not", "never", "also", "will", "would", "can", "could", "may", "might", "must", "should", "shall",
            "do", "did", "does", "who", "often", "still", "just", "now", "people", "others", "many", "some");
    private static final java.util.Set<String> S_BEFORE = java.util.Set.of("he", "she", "it", "who", "which",
            "that", "this", "also", "now", "still", "often", "never", "repeatedly");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "it", "we",
            "i", "there", "his", "her", "their");
    private static final java.util.Set<String> CLAUSE_START = java.util.Set.of("that", "the", "a", "an", "it",
            "he", "she", "they", "we", "i", "there", "this", "his", "her", "their", "its", "our");

    /** A passive with no "by" after it names no speaker: "has been called", "so called". */
    private boolean passiveWithoutAgent(int i, Sentence s) {
        int n = nextWord(i + 1, s);
        if (n >= 0 && n == next(i + 1, s) && word(n).equals("by")) {
            return false;
        }
        int p = prevWord(i, s);
        while (p >= 0 && word(p).endsWith("ly") && p == prev(i, s)) {
            p = prevWord(p, s); // "typically called"
        }
        if (p < 0) {
            return false;
        }
        switch (word(p)) {
            case "is": case "are": case "was": case "were": case "be": case "been": case "being": case "so":
                return true;
            default:
                return false;
        }
    }

    private boolean afterBe(int i, Sentence s) {
        int p = prevWord(i, s);
        while (p >= 0 && (word(p).endsWith("ly") || ADVERBS.contains(word(p)))) {
            p = prevWord(p, s); // "is increasingly confident"
        }
        if (p < 0) {
            return false;
        }
        switch (word(p)) {
            case "is": case "are": case "was": case "were": case "be": case "been": case "remain": case "remains":
            case "remained": case "am": case "seem": case "seems": case "seemed": case "feel": case "feels": case "felt":
                return true;
            default:
                return word(p).endsWith("'s") || word(p).endsWith("'re");
        }
    }

    private boolean beliefComplement(int from, Sentence s) {
        int n = nextWord(from, s);
        if (n < 0 || n != next(from, s)) {
            return false;
        }
        switch (word(n)) {
            case "that": case "about": case "of": case "to": case "with": case "over": case "whether":
                return true;
            default:
                return SUBJECTS.contains(word(n));
        }
    }

    /** "The report said … It also found …": a back-reference in a paragraph already attributing. */
    private boolean continuesAccount(int i, Sentence s) {
        if (attributedParagraph != s.paragraph()) {
            return false;
        }
        int[] source = sourceBefore(i, s, false);
        return source != null && isBackReference(source);
    }

    /** "has found", "have shown": the first verb is an auxiliary of the next. */
    private boolean auxiliaryUse(int i, Sentence s) {
        int n = nextWord(i + 1, s);
        return n >= 0 && (lex.verbForms.containsKey(word(n)) || lex.evidenceVerbForms.contains(word(n))
                || word(n).equals("been") || word(n).endsWith("ed"));
    }

    /** "Polls show …", "the study found …": a record or study as the subject. */
    private boolean evidenceSubject(int i, Sentence s) {
        int[] subject = sourceBefore(i, s, false);
        if (subject == null) {
            return false;
        }
        for (int j = subject[0]; j < subject[1]; j++) {
            if (lex.isEvidenceNoun(word(j))) {
                return true; // "a CNN poll of voters released Tuesday showed …"
            }
        }
        return false;
    }

    /** A belief needs its content: "think that", "believe he", "want to", "know how". */
    private boolean clauseFollows(int from, Sentence s) {
        int n = next(from, s);
        if (n < 0) {
            return false;
        }
        if (!tokens.get(n).kind().isWordLike()) {
            return isQuoteOpen(n) || isColon(n);
        }
        return COGNITION_NEXT.contains(word(n)) || PRONOUNS.contains(word(n)) || isCapitalised(n)
                || word(n).indexOf('\'') > 0; // "I think it's good"
    }

    private static final java.util.Set<String> COGNITION_NEXT = java.util.Set.of("that", "to", "the", "a", "an",
            "this", "these", "those", "how", "what", "whether", "if", "why", "when", "who", "which", "so", "not",
            "more", "most", "all", "some", "many", "no", "any", "our", "your", "my", "its", "you", "us", "them",
            "him", "me", "both", "every", "each", "much", "such", "one");

    /** "appeared on television", "appeared in court": presence, not perception. */
    private boolean placeFollows(int from, Sentence s) {
        int n = nextWord(from, s);
        if (n < 0 || n != next(from, s)) {
            return false;
        }
        switch (word(n)) {
            case "on": case "in": case "at": case "before": case "with": case "alongside": case "as":
                return true;
            default:
                return false;
        }
    }

    /** An -ed form between a number, determiner or preposition and a lowercase word is an adjective. */
    private boolean participleAdjective(int i, Sentence s, int prevWord) {
        int p = prev(i, s);
        int n = nextWord(i + 1, s);
        boolean adjectivalBefore = p >= 0 && (tokens.get(p).kind() == TokenKind.NUMBER
                || (prevWord == p && (lex.determiners.contains(word(p)) || isPreposition(word(p)))));
        return adjectivalBefore && n >= 0 && n == next(i + 1, s) && !isCapitalised(n)
                && !lex.sourcePrepositions.contains(word(n)) && !isPreposition(word(n)) && !word(n).equals("that")
                && !word(n).equals("to") && !word(n).equals("as");
    }

    /** 'called the plan “a farce”', "described it as …": a quote or a/an/as within six words. */
    private boolean complementLater(int from, Sentence s) {
        int words = 0;
        for (int j = from; j < s.endToken() && words < 6; j++) {
            Token t = tokens.get(j);
            if (isQuoteOpen(j)) {
                return words > 0;
            }
            if (t.kind().isWordLike()) {
                String w = word(j);
                if (words > 0 && (w.equals("a") || w.equals("an") || w.equals("as"))) {
                    return true;
                }
                words++;
            } else if (!t.kind().isSpace() && t.kind() != TokenKind.APOSTROPHE) {
                return false;
            }
        }
        return false;
    }

    /** "Trump: I will win": a short name before a colon that opens the sentence. */
    private boolean isHeadlineColon(int colon, Sentence s) {
        int words = 0;
        for (int j = s.firstToken(); j < colon; j++) {
            Token t = tokens.get(j);
            if (t.kind().isWordLike()) {
                if (!isCapitalised(j) || ++words > 3 || lex.colonLabels.contains(word(j))) {
                    return false;
                }
            } else if (!t.kind().isSpace() && t.kind() != TokenKind.APOSTROPHE && !isInnerPeriod(j, s)) {
                return false;
            }
        }
        int after = 0;
        for (int j = colon + 1; j < s.endToken(); j++) {
            if (tokens.get(j).kind().isWordLike()) {
                after++;
            }
        }
        return words > 0 && after >= 3;
    }

    private boolean isCapitalised(int i) {
        Token t = tokens.get(i);
        return t.kind().isWordLike() && Character.isUpperCase(text.codePointAt(t.start()));
    }

    /** "-ing" forms are verbs after a comma or an auxiliary (", saying that", "is still warning"). */
    private boolean ingIsVerbal(int i, Sentence s, String before) {
        int p = prev(i, s);
        if (p >= 0 && (isComma(p) || byClose.containsKey(p))) {
            return true; // ", adding" or '…,” adding'
        }
        while (p >= 0 && tokens.get(p).kind().isWordLike() && (word(p).endsWith("ly") || ADVERBS.contains(word(p)))) {
            p = prev(p, s); // "was still hoping", "is now openly warning"
            before = p >= 0 ? word(p) : "";
        }
        switch (before) {
            case "is": case "are": case "was": case "were": case "been": case "be": case "am":
            case "by": case "while": case "after": case "before": case "without": case "also":
            case "kept": case "keeps": case "continued": case "continues": case "repeatedly":
                return true;
            default:
                return false;
        }
    }

    private static boolean isPreposition(String w) {
        switch (w) {
            case "about": case "over": case "under": case "into": case "against": case "amid":
            case "among": case "between": case "during": case "after": case "before": case "without":
            case "by": case "through": case "despite":
                return true;
            default:
                return false; // not "to": it marks an infinitive, "plans to say"
        }
    }

    /** A reported clause or quotation follows: "added that", "found:", "warned, “…”". */
    private boolean complementFollows(int from, Sentence s) {
        int n = next(from, s);
        if (n >= 0 && tokens.get(n).kind().isWordLike() && isParticle(word(n))) {
            n = next(n + 1, s);
        }
        if (n < 0) {
            return false;
        }
        Token t = tokens.get(n);
        if (t.kind().isWordLike()) {
            String w = word(n);
            if (!w.equals("that") && lex.determiners.contains(w)) {
                int m = nextWord(n + 1, s); // "dismissed the idea that …"
                return m >= 0 && lex.complementNouns.contains(word(m)) && thatFollows(m + 1, s);
            }
            return w.equals("that") || w.equals("if") || w.equals("whether") || SUBJECTS.contains(w)
                    || (lex.complementNouns.contains(w) && thatFollows(n + 1, s));
        }
        if (isComma(n) || (t.kind() == TokenKind.PUNCT && text.charAt(t.start()) == ':')) {
            int q = next(n + 1, s);
            return q >= 0 && (isQuoteOpen(q) || (tokens.get(q).kind().isWordLike() && word(q).equals("that")));
        }
        return isQuoteOpen(n);
    }

    private static boolean isParticle(String w) {
        return w.equals("out") || w.equals("up") || w.equals("on") || w.equals("back") || w.equals("to")
                || w.equals("about") || w.equals("over");
    }

    private boolean thatFollows(int from, Sentence s) {
        int n = nextWord(from, s);
        return n >= 0 && n == next(from, s) && word(n).equals("that");
    }

    /** A trailing attribution: "…, he added." or "“…,” added Smith." */
    private boolean trailing(int cue, Sentence s) {
        int after = next(cue + 1, s);
        if (after >= 0 && tokens.get(after).kind().isWordLike()) {
            int[] run = nounRunAfter(cue + 1, s);
            after = run == null ? after : next(run[1], s);
        }
        boolean endsHere = after < 0 || tokens.get(after).kind() == TokenKind.TERMINAL || isComma(after);
        return endsHere && commaOrQuoteBefore(cue, s) >= 0;
    }

    // ------------------------------------------------------------------ relations

    private Attribution resolve(Cue cue, Sentence s) {
        int[] source;
        Span content;
        switch (cue.type()) {
            case SOURCE_AFTER:
                source = nounRunAfter(cue.end(), s);
                content = atStart(cue.first(), s) && source != null
                        ? restAfterComma(source[1], s) : before(commaOrQuoteBefore(cue.first(), s), s);
                break;
            case ADVERB:
                source = null;
                content = s.span();
                break;
            default:
                source = passiveSource(cue, s);
                boolean passive = source != null;
                if (!passive && trailingPosition(cue.first(), s) && inverts(cue)) {
                    source = invertedSource(cue.end(), s); // "…, said the minister."
                }
                if (!passive && source == null) {
                    source = sourceBefore(cue.first(), s, true);
                }
                content = passive ? spanOf(sourceBefore(cue.first(), s, false)) : contentOf(cue, source, s);
                break;
        }
        boolean carried = source != null && isBackReference(source);
        return new Attribution(s.index(), spanOf(new int[] {cue.first(), cue.end()}), spanOf(source), content,
                carried, cue.type() == CueType.BELIEF);
    }

    /** Only verbs of saying put their subject after them: "said Smith", "added the mayor". */
    private boolean inverts(Cue cue) {
        AttributionLexicon.VerbForm form = lex.verbForms.get(word(cue.first()));
        return form != null && lex.invertingVerbs.contains(form.lemma());
    }

    /** The noun phrase after a trailing cue, when it runs to the end of the sentence or a comma. */
    private int[] invertedSource(int from, Sentence s) {
        int[] run = nounRunAfter(from, s);
        if (run == null) {
            return null;
        }
        int after = next(run[1], s);
        boolean ends = after < 0 || tokens.get(after).kind() == TokenKind.TERMINAL || isComma(after);
        return ends ? run : null;
    }

    /** "was first reported by MSNBC": a passive verb with "by" names its source after. */
    private int[] passiveSource(Cue cue, Sentence s) {
        int n = nextWord(cue.end(), s);
        if (n < 0 || !word(n).equals("by") || n != next(cue.end(), s)) {
            return null;
        }
        for (int p = prevWord(cue.first(), s); p >= 0 && lex.auxiliaries.contains(word(p)); p = prevWord(p, s)) {
            String w = word(p);
            if (w.equals("was") || w.equals("were") || w.equals("is") || w.equals("are") || w.equals("been")
                    || w.equals("be")) {
                return nounRunAfter(n + 1, s);
            }
        }
        return null;
    }

    private Span contentOf(Cue cue, int[] source, Sentence s) {
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
        if (q != null) {
            return q.span();
        }
        if (trailingPosition(left, s) || (source != null && source[0] >= cue.end())) {
            Span b = before(commaOrQuoteBefore(left, s), s);
            if (b != null) {
                return b;
            }
        }
        return restAfter(after, s);
    }

    /** The noun phrase that ends right before the cue (skipping auxiliaries), or null. */
    private int[] sourceBefore(int cue, Sentence s, boolean appositive) {
        int j = cue - 1;
        while (j >= s.firstToken() && (tokens.get(j).kind().isSpace()
                || (tokens.get(j).kind().isWordLike() && lex.auxiliaries.contains(word(j))))) {
            j--;
        }
        int end = j + 1;
        int start = -1;
        int count = 0;
        while (j >= s.firstToken() && count < MAX_SOURCE_WORDS) {
            Token t = tokens.get(j);
            if (t.kind().isSpace() || t.kind() == TokenKind.APOSTROPHE || isInnerPeriod(j, s)) {
                j--;
                continue;
            }
            if (!(t.kind().isWordLike() || t.kind() == TokenKind.NUMBER) || quoteDepth[j] > 0
                    || lex.clauseBreaks.contains(word(j))) {
                break;
            }
            start = j;
            count++;
            j--;
        }
        int[] run = start < 0 ? null : trimRun(start, end);
        if (run == null && appositive && j >= s.firstToken() && isComma(j) && j == prev(cue, s)
                && firstComma(s) < j) {
            return initialNounPhrase(s, cue); // "Brell, a strongman who …, touted"
        }
        return run;
    }

    private int firstComma(Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (isComma(i)) {
                return i;
            }
        }
        return -1;
    }

    /** "Brell, a strongman who has ruled since 2011, touted …": the sentence's first phrase. */
    private int[] initialNounPhrase(Sentence s, int limit) {
        for (int i = s.firstToken(); i < limit; i++) {
            if (isComma(i)) {
                return i > s.firstToken() && i - s.firstToken() <= 2 * 8 ? trimRun(s.firstToken(), i) : null;
            }
            Token t = tokens.get(i);
            boolean nounish = t.kind().isSpace() || t.kind() == TokenKind.APOSTROPHE || isInnerPeriod(i, s)
                    || (t.kind().isWordLike() && !lex.clauseBreaks.contains(word(i))
                    && !lex.verbForms.containsKey(word(i)));
            if (!nounish) {
                return null;
            }
        }
        return null;
    }

    /** The noun phrase that starts right after {@code from} ("according to [the ministry]"). */
    private int[] nounRunAfter(int from, Sentence s) {
        int i = from;
        while (i < s.endToken() && tokens.get(i).kind().isSpace()) {
            i++;
        }
        int start = i;
        int last = -1;
        int count = 0;
        while (i < s.endToken() && count < MAX_SOURCE_WORDS) {
            Token t = tokens.get(i);
            if (t.kind().isSpace() || t.kind() == TokenKind.APOSTROPHE || (isInnerPeriod(i, s) && last >= 0)) {
                i++;
                continue;
            }
            boolean verb = lex.auxiliaries.contains(word(i)) || lex.verbForms.containsKey(word(i));
            if (!(t.kind().isWordLike() || t.kind() == TokenKind.NUMBER) || quoteDepth[i] > 0
                    || lex.clauseBreaks.contains(word(i)) || (verb && last >= 0)) {
                break;
            }
            last = i;
            count++;
            i++;
        }
        return last < 0 ? null : trimRun(start, last + 1);
    }

    /** Drops leading and trailing function words; null if no content word is left. */
    private int[] trimRun(int start, int end) {
        int a = start;
        int b = end;
        while (a < b && !isContentToken(a)) {
            a++;
        }
        while (b > a && !isContentToken(b - 1)) {
            b--;
        }
        for (int i = a; i < b; i++) {
            if (isContentToken(i) && !lex.determiners.contains(word(i))) {
                return new int[] {a, b};
            }
        }
        return null;
    }

    private boolean isContentToken(int i) {
        Token t = tokens.get(i);
        if (t.kind() == TokenKind.NUMBER) {
            return true;
        }
        return t.kind().isWordLike() && !lex.sourcePrepositions.contains(word(i))
                && !lex.auxiliaries.contains(word(i)) && !lex.clauseBreaks.contains(word(i));
    }

    private boolean isBackReference(int[] source) {
        return matchAnyExactly(lex.pronouns, source[0], source[1]);
    }

    // ------------------------------------------------------------------ content helpers

    private Quotation quotationAfter(int from, Sentence s) {
        int n = next(from, s);
        while (n >= 0 && (isComma(n) || isColon(n) || (tokens.get(n).kind().isWordLike() && word(n).equals("that")))) {
            n = next(n + 1, s);
        }
        return n >= 0 ? byOpen.get(n) : null;
    }

    private Quotation quotationBefore(int from, Sentence s) {
        int p = prev(from, s);
        while (p >= 0 && isComma(p)) {
            p = prev(p, s);
        }
        return p >= 0 ? byClose.get(p) : null;
    }

    /** The text from the sentence start to the token before {@code stop}, or null. */
    private Span before(int stop, Sentence s) {
        if (stop <= s.firstToken()) {
            return null;
        }
        int b = stop;
        while (b > s.firstToken() && (tokens.get(b - 1).kind().isSpace() || isComma(b - 1))) {
            b--;
        }
        return b > s.firstToken() ? new Span(tokens.get(s.firstToken()).start(), tokens.get(b - 1).end()) : null;
    }

    /** The rest of the sentence after {@code from}, without "that", commas and the final mark. */
    private Span restAfter(int from, Sentence s) {
        int a = next(from, s);
        while (a >= 0 && (isComma(a) || isColon(a)
                || (tokens.get(a).kind().isWordLike() && (word(a).equals("that") || isParticle(word(a)))))) {
            a = next(a + 1, s);
        }
        if (a < 0) {
            return null;
        }
        int b = s.endToken();
        while (b > a && (tokens.get(b - 1).kind() == TokenKind.TERMINAL || tokens.get(b - 1).kind().isSpace())) {
            b--;
        }
        return b > a ? new Span(tokens.get(a).start(), tokens.get(b - 1).end()) : null;
    }

    private Span restAfterComma(int from, Sentence s) {
        int n = next(from, s);
        return restAfter(n >= 0 && isComma(n) ? n + 1 : from, s);
    }

    /** The cue opens the sentence (perhaps after "But" or "And"). */
    private boolean atStart(int i, Sentence s) {
        int p = prev(i, s);
        return p < 0 || (p == s.firstToken() && tokens.get(p).kind().isWordLike() && isConjunction(word(p)));
    }

    private static boolean isConjunction(String w) {
        return w.equals("but") || w.equals("and") || w.equals("yet") || w.equals("so");
    }

    /** True when a comma or closing quote comes before the source and cue: "Y, X said". */
    private boolean trailingPosition(int i, Sentence s) {
        int p = prev(i, s);
        return p >= 0 && (isComma(p) || byClose.containsKey(p) || tokens.get(p).kind() == TokenKind.CLOSE_DOUBLE_QUOTE);
    }

    /** The nearest comma or closing quote before {@code i} in the sentence, or -1. */
    private int commaOrQuoteBefore(int i, Sentence s) {
        for (int j = i - 1; j >= s.firstToken(); j--) {
            if (isComma(j) || byClose.containsKey(j)) {
                return j;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ token helpers

    private String word(int i) {
        if (words[i] == null) {
            Token t = tokens.get(i);
            words[i] = t.kind().isWordLike() || t.kind() == TokenKind.NUMBER
                    ? WordForms.normalise(t.text(text)) : "";
        }
        return words[i];
    }

    private int matchAny(List<List<String>> phrases, int i, Sentence s) {
        for (List<String> phrase : phrases) {
            int j = i;
            int matched = 0;
            for (String w : phrase) {
                if (j < 0 || j >= s.endToken() || !tokens.get(j).kind().isWordLike() || !word(j).equals(w)) {
                    break;
                }
                matched++;
                j = matched == phrase.size() ? j + 1 : nextWord(j + 1, s);
            }
            if (matched == phrase.size()) {
                return j;
            }
        }
        return -1;
    }

    private boolean matchAnyExactly(List<List<String>> phrases, int start, int end) {
        for (List<String> phrase : phrases) {
            int i = start;
            boolean ok = true;
            for (String w : phrase) {
                while (i < end && tokens.get(i).kind().isSpace()) {
                    i++;
                }
                if (i >= end || !word(i).equals(w)) {
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

    private int next(int i, Sentence s) {
        while (i < s.endToken() && tokens.get(i).kind().isSpace()) {
            i++;
        }
        return i < s.endToken() ? i : -1;
    }

    private int prev(int i, Sentence s) {
        int j = i - 1;
        while (j >= s.firstToken() && tokens.get(j).kind().isSpace()) {
            j--;
        }
        return j >= s.firstToken() ? j : -1;
    }

    private int nextWord(int i, Sentence s) {
        int n = next(i, s);
        return n >= 0 && tokens.get(n).kind().isWordLike() ? n : -1;
    }

    private int prevWord(int i, Sentence s) {
        int p = prev(i, s);
        return p >= 0 && tokens.get(p).kind().isWordLike() ? p : -1;
    }

    private boolean isComma(int i) {
        Token t = tokens.get(i);
        return t.kind() == TokenKind.PUNCT && text.charAt(t.start()) == ',';
    }

    private boolean isColon(int i) {
        Token t = tokens.get(i);
        return t.kind() == TokenKind.PUNCT && text.charAt(t.start()) == ':';
    }

    /** A period inside a sentence belongs to an abbreviation ("Sen. Lee"). */
    private boolean isInnerPeriod(int i, Sentence s) {
        Token t = tokens.get(i);
        return t.kind() == TokenKind.TERMINAL && text.charAt(t.start()) == '.' && i < s.endToken() - 1;
    }

    private boolean isQuoteOpen(int i) {
        return byOpen.containsKey(i);
    }

    private Span spanOf(int[] run) {
        return run == null ? null : new Span(tokens.get(run[0]).start(), tokens.get(run[1] - 1).end());
    }
}
