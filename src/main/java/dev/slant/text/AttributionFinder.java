package dev.slant.text;

import java.util.ArrayList;
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
        this.contents = new Contents(t, lex);
        this.cues = new CueFinder(t, lex, phrases, new VerbCues(t, lex, phrases, contents));
    }

    /** The attributions of one sentence, in the order of their cues. Call in sentence order. */
    List<Attribution> find(Sentence s) {
        List<Attribution> out = new ArrayList<>();
        for (Cue cue : cues.cues(s, attributedParagraph == s.paragraph())) {
            Work.step();
            out.add(resolve(cue, s));
        }
        if (!out.isEmpty()) {
            attributedParagraph = s.paragraph();
        }
        return out;
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
        return new Attribution(s.index(), t.spanOf(new int[] {cue.first(), cue.end()}), t.spanOf(source), content,
                carried, cue.type() == Cue.Type.BELIEF);
    }
}
