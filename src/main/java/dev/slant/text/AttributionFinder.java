package dev.slant.text;

import static dev.slant.text.AttributionLexicon.WordClass.CONJUNCTIONS;
import static dev.slant.text.AttributionLexicon.WordClass.MODALS;

import java.util.Arrays;
import java.util.List;

/**
 * Finds attribution relations (cue, source, content) sentence by sentence: the cues come
 * from {@link CueFinder}, the sources from {@link NounPhrases}, the contents from
 * {@link Contents}. Cues inside direct quotations are the speaker's words and are
 * skipped. The heuristics are documented in docs/attribution.md.
 */
final class AttributionFinder {

    private final TokenView t;
    private final NounPhrases phrases;
    private final Contents contents;
    private final CueFinder cues;
    private int attributedParagraph = -1; // the paragraph of the last sentence with a cue

    AttributionFinder(TokenView t, AttributionLexicon lex) {
        this.t = t;
        this.phrases = new NounPhrases(t, lex);
        this.contents = new Contents(t, lex, phrases);
        this.cues = new CueFinder(t, lex, phrases, new VerbCues(t, phrases, contents));
    }

    /**
     * The attributions of one sentence, in the order of their cues, as an immutable list.
     * Call in sentence order.
     */
    List<Attribution> find(Sentence s) {
        List<Cue> found = cues.cues(s, attributedParagraph == s.paragraph());
        if (found.isEmpty()) {
            return List.of(); // most sentences: nothing to allocate
        }
        Attribution[] all = new Attribution[found.size()];
        for (int k = 0; k < all.length; k++) {
            Work.step();
            all[k] = resolve(found.get(k), s);
        }
        attributedParagraph = s.paragraph();
        Attribution[] out = new Attribution[all.length];
        int kept = 0;
        for (int k = 0; k < all.length; k++) {
            Work.step();
            if (!reportedWithin(k, found, all, s) && !unsourcedWeak(found.get(k), all[k], s)) {
                out[kept++] = all[k];
            }
        }
        return List.of(kept == out.length ? out : Arrays.copyOf(out, kept)); // immutable: the caller keeps it
    }

    /**
     * A belief or a weak verb with its own source, or any verb after "to" or a modal,
     * inside what someone else is reported to say, in the same clause ("Ruiz said she
     * wants a vote", "… said he had found no fault", "said she would ask"): part of the
     * statement, already attributed; but not after ", and" or ";" ("…, and critics call it
     * a fiasco"). PolNeAR marks no such nested cue, and on its dev split these were mostly
     * not attributions of their own (see docs/attribution.md). A "citing" or "quoting"
     * after the cue belongs to it, and "reportedly" (whose content is the whole sentence)
     * nests nothing.
     */
    private boolean reportedWithin(int k, List<Cue> cues, Attribution[] all, Sentence s) {
        Cue cue = cues.get(k);
        Attribution a = all[k];
        int p = t.prevWord(cue.first(), s);
        boolean planned = p >= 0 && (t.word(p).equals("to") || t.is(p, MODALS)); // "said he would ask", "urged them to endorse"
        if (!planned && (!(a.belief() || weakVerb(cue) != null) || a.source() == null)) {
            return false;
        }
        for (int m = 0; m < all.length; m++) {
            Work.step();
            Attribution b = all[m];
            Cue outer = cues.get(m);
            boolean adjunctAfter = outer.first() > cue.first() && outer.type() == Cue.Type.SOURCE_AFTER
                    && (t.word(outer.first()).equals("citing") || t.word(outer.first()).equals("quoting"));
            if (m != k && !b.belief() && !adjunctAfter && outer.type() != Cue.Type.ADVERB && b.content() != null
                    && b.content().contains(a.cue())) {
                int from = outer.end() <= cue.first() ? outer.end() : s.firstToken();
                return !clauseBreakBetween(from, cue.first(), s);
            }
        }
        return false;
    }

    /**
     * A weak verb with no source names no one's statement: "to show that …", "to find
     * that …" announce an aim (on PolNeAR dev 16 right, 65 wrong).
     */
    private boolean unsourcedWeak(Cue cue, Attribution a, Sentence s) {
        AttributionLexicon.VerbForm form = weakVerb(cue);
        if (a.source() != null || form == null || !form.base()) {
            return false;
        }
        int p = t.prevWord(cue.first(), s);
        return p >= 0 && t.word(p).equals("to");
    }

    /** The cue's verb form if it is a single weak verb ("added", "show"), else null. */
    private AttributionLexicon.VerbForm weakVerb(Cue cue) {
        AttributionLexicon.VerbForm form = cue.type() == Cue.Type.VERB ? t.verbForm(cue.first()) : null;
        return form != null && form.verbClass() == AttributionLexicon.VerbClass.WEAK ? form : null;
    }

    /** ", and", ", but" or ";" among tokens [from, to): a new clause starts. */
    private boolean clauseBreakBetween(int from, int to, Sentence s) {
        for (int j = from; j < to; j++) {
            Work.step();
            if (t.isSemicolon(j)) {
                return true;
            }
            if (t.isWord(j) && t.is(j, CONJUNCTIONS)) {
                int p = t.prev(j, s);
                if (p >= 0 && t.isComma(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Attribution resolve(Cue cue, Sentence s) {
        int[] source;
        Span content;
        switch (cue.type()) {
            case SOURCE_AFTER:
                source = phrases.after(cue.end(), s);
                content = contents.ofSourceAfter(cue, source, s);
                break;
            case ADVERB:
                source = null;
                content = s.span();
                break;
            default:
                source = phrases.passive(cue, s);
                if (source != null) {
                    content = t.spanOf(phrases.before(cue.first(), s, false)); // "The leak was reported by …"
                    break;
                }
                if (contents.trailing(cue.first(), s)) {
                    source = phrases.inverted(cue, s); // "…, said the minister."
                }
                if (source == null && !phrases.patientSubject(cue, s)) {
                    source = phrases.before(cue.first(), s, true);
                }
                content = contents.of(cue, source, s);
                break;
        }
        boolean carried = source != null && phrases.isBackReference(source);
        return new Attribution(s.index(), t.spanOf(cue.first(), cue.end()), t.spanOf(source), content,
                carried, cue.type() == Cue.Type.BELIEF);
    }
}
