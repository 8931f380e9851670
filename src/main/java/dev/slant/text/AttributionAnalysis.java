package dev.slant.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@link AttributionFinder} over every sentence and decides each sentence's
 * {@link Voice}: a quotation, attributed (by its own cue, by a quotation or paraphrase
 * attributed in another sentence, or carried over within the paragraph), or the
 * writer's own. Linear in the number of sentences; the carry-over rules are documented in
 * docs/attribution.md.
 */
final class AttributionAnalysis {



    /** The result: all attributions in order, those of each sentence, and one voice per sentence. */
    record Result(List<Attribution> attributions, List<List<Attribution>> perSentence, List<Voice> voices) {
    }

    private final String text;
    private final List<Sentence> sentences;
    private final AttributionLexicon lex;
    private final TokenView view;

    /** The sentences' spans, for {@link #note}'s tests of the neighbours of each attribution. */
    private final int[] starts;
    private final int[] ends;
    /** Sentences inside the content of an attribution whose cue is in another sentence. */
    private final boolean[] covered;
    /**
     * What {@link #note} learnt of each sentence's own attributions: {@link #OWN},
     * {@link #SOURCED}, {@link #SPEAKER}.
     */
    private final byte[] noted;
    /** {@link #noted}: the sentence has attributions of its own. */
    private static final byte OWN = 1;
    /** {@link #noted}: one of them has a source. */
    private static final byte SOURCED = 2;
    /** {@link #noted}: the sentence opens its paragraph with a speaker's name and a colon. */
    private static final byte SPEAKER = 4;
    /** {@link #noted}: every word of the sentence lies inside a quotation ({@link #allQuoted}). */
    private static final byte QUOTED = 8;
    /**
     * {@link #noted}: an earlier sentence of the paragraph has a source, this one gives a
     * percentage, and a source of the paragraph before it names a record. Found only where it
     * may decide the voice (not for a quoted sentence, nor one attributed by its own cue or a
     * speaker's paragraph).
     */
    private static final byte RECORD_FIGURES = 16;
    /**
     * {@link #noted}: a sentence that does not open its paragraph starts with a reported-speech
     * modal ({@link #startsWithReportedModal}); found only where it may decide the voice.
     */
    private static final byte MODAL_START = 32;

    /** {@link #note}: the paragraph of the sentence before, -1 at first. */
    private int notedParagraph = -1;
    /** {@link #note}: an earlier sentence of the paragraph has an attribution with a source. */
    private boolean sourcedBefore;
    /** {@link #note}: the paragraph opens with a speaker's name and a colon. */
    private boolean speakerBefore;

    /** {@link #recordBefore}: a source of the paragraph tested so far names a record (reset by {@link #note}). */
    private boolean recordInParagraph;
    /** {@link #recordBefore}: the first sentence of the paragraph whose sources are not yet tested. */
    private int unchecked;

    private AttributionAnalysis(String text, List<Sentence> sentences, AttributionLexicon lex, TokenView view) {
        this.text = text;
        this.sentences = sentences;
        this.lex = lex;
        this.view = view;
        int n = sentences.size();
        this.starts = new int[n];
        this.ends = new int[n];
        for (int i = 0; i < n; i++) {
            Work.step();
            Span span = sentences.get(i).span();
            starts[i] = span.start();
            ends[i] = span.end();
        }
        this.covered = new boolean[n];
        this.noted = new byte[n];
    }

    /** {@code forms}: each token's normalised form and its id (see {@link Forms}). */
    static Result analyse(String text, Tokens tokens, Forms forms,
            List<Sentence> sentences, List<Quotation> quotations, byte[] quoteDepth, AttributionLexicon lex) {
        TokenView view = new TokenView(text, tokens, forms, quotations, quoteDepth, lex);
        AttributionFinder finder = new AttributionFinder(view, lex);
        AttributionAnalysis analysis = new AttributionAnalysis(text, sentences, lex, view);
        List<Attribution> all = new ArrayList<>();
        List<List<Attribution>> perSentence = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            Deadline.check();
            Work.step();
            List<Attribution> found = List.copyOf(finder.find(s));
            perSentence.add(found);
            all.addAll(found);
            analysis.note(s, found, perSentence);
        }
        List<Voice> voices = analysis.voices();
        return new Result(List.copyOf(all), List.copyOf(perSentence), voices);
    }

    /**
     * Learns what the voices need of a sentence's attributions while they are at hand (read
     * again after the whole document, they had left the processor's caches): which sentences
     * their contents cover, and the sentence's {@link #noted} facts.
     */
    private void note(Sentence s, List<Attribution> own, List<List<Attribution>> perSentence) {
        int index = s.index();
        boolean first = index == 0 || notedParagraph != s.paragraph();
        notedParagraph = s.paragraph();
        if (first) {
            sourcedBefore = false;
            speakerBefore = false;
            recordInParagraph = false;
            unchecked = index;
        }
        int n = sentences.size();
        for (int m = 0; m < own.size(); m++) { // index loops: no iterators
            Work.step();
            Attribution a = own.get(m);
            noted[index] |= OWN | (a.source() != null ? SOURCED : 0)
                    | (first && opensWithSpeaker(s, a) ? SPEAKER : 0);
            if (a.content() == null) {
                continue;
            }
            int from = a.content().start(); // the content contains sentence i's span
            int to = a.content().end();
            for (int i = a.sentence() + 1; i < n && from <= starts[i] && ends[i] <= to; i++) {
                Work.step();
                covered[i] = true; // a quotation that goes on after its cue
            }
            for (int i = a.sentence() - 1; i >= 0 && from <= starts[i] && ends[i] <= to; i--) {
                Work.step();
                covered[i] = true; // a quotation whose cue comes after it
            }
        }
        noteVoiceFacts(s, first, perSentence);
    }

    /**
     * The facts of sentence s that {@link #voices} needs from its tokens, found while
     * {@link #note} has them in the processor's caches: {@link #QUOTED},
     * {@link #RECORD_FIGURES}, {@link #MODAL_START}. Each is found only where it may decide
     * the voice, as {@link #voices} would ask; whether a later sentence's attribution covers s
     * is not known yet, so the two last are found for a sentence covered only so.
     */
    private void noteVoiceFacts(Sentence s, boolean first, List<List<Attribution>> perSentence) {
        int index = s.index();
        int facts = noted[index];
        if (allQuoted(s)) {
            facts |= QUOTED;
        } else if ((facts & OWN) == 0 && !speakerBefore && !covered[index]) { // an earlier sentence's content may cover s
            if (sourcedBefore && hasPercentage(s) && recordBefore(s, perSentence)) {
                facts |= RECORD_FIGURES;
            } else if (!first && startsWithReportedModal(s)) {
                facts |= MODAL_START;
            }
        }
        noted[index] = (byte) facts;
        speakerBefore |= (facts & SPEAKER) != 0;
        sourcedBefore |= (facts & SOURCED) != 0;
    }

    /** The voice of each sentence, once {@link #note} has seen every sentence. */
    private List<Voice> voices() {
        int n = sentences.size();
        Voice[] voices = new Voice[n];
        boolean speakerParagraph = false;
        int paragraph = -1;
        Voice previous = null;
        for (int i = 0; i < n; i++) { // reads only what note kept: the tokens have left the caches
            Deadline.check();
            Work.step();
            int p = sentences.get(i).paragraph();
            boolean first = i == 0 || paragraph != p;
            paragraph = p;
            if (first) {
                speakerParagraph = false;
            }
            int facts = noted[i];
            Voice voice;
            if ((facts & QUOTED) != 0) {
                voice = Voice.QUOTE;
            } else if ((facts & (OWN | RECORD_FIGURES)) != 0 || covered[i] || speakerParagraph
                    || (!first && previous != Voice.WRITER && (facts & MODAL_START) != 0)) {
                voice = Voice.ATTRIBUTED;
            } else {
                voice = Voice.WRITER;
            }
            voices[i] = voice;
            previous = voice;
            speakerParagraph |= (facts & SPEAKER) != 0;
        }
        return List.of(voices);
    }

    /**
     * True if a source of the paragraph before sentence s names a record ({@link #namesRecord}).
     * Asked only for a sentence with percentages, so most sources are never tested; each is
     * tested at most once, in text order, until one names a record.
     */
    private boolean recordBefore(Sentence s, List<List<Attribution>> perSentence) {
        for (; unchecked < s.index() && !recordInParagraph; unchecked++) {
            Work.step();
            for (Attribution a : perSentence.get(unchecked)) {
                Work.step();
                if (a.source() != null && namesRecord(a.source())) {
                    recordInParagraph = true;
                    break;
                }
            }
        }
        return recordInParagraph;
    }

    /** Every word of the sentence lies inside a quotation ({@link TokenView#allQuoted}). */
    private boolean allQuoted(Sentence s) {
        return view.allQuoted(s.firstToken(), s.endToken());
    }

    /**
     * Paraphrase carried over: after an attributed sentence, a sentence that keeps the
     * reported-speech modal early on ("It would also require …") continues the account.
     */
    private boolean startsWithReportedModal(Sentence s) {
        int seen = 0;
        for (int i = s.firstToken(); i < s.endToken() && seen < 6; i++) {
            Work.step();
            if (view.isWord(i)) {
                if (view.is(i, AttributionLexicon.WordClass.REPORTED_MODALS)) { // the word's form
                    return true;
                }
                seen++;
            }
        }
        return false;
    }

    /**
     * Transcripts: a paragraph that opens with a speaker's name and a colon
     * ("SMITH: We will …") is that speaker's words to its end.
     */
    private boolean opensWithSpeaker(Sentence s, Attribution a) {
        return a.source() != null && a.source().start() == s.span().start() && text.startsWith(":", a.cue().start());
    }

    private boolean hasPercentage(Sentence s) {
        return view.hasPercentage(s.firstToken(), s.endToken());
    }

    /**
     * A source that is a record or study ("the Gallup poll"): the next sentences of the
     * paragraph that give more percentages continue its figures.
     */
    private boolean namesRecord(Span source) {
        // Plain ASCII: the same words as below, without normalising a copy of the text.
        int i = source.start();
        boolean found = false;
        while (i < source.end()) {
            Work.step();
            int start = i;
            char c = 0;
            while (i < source.end() && Tokenizer.isAsciiLetter(c = text.charAt(i))) {
                i++;
            }
            if (i > start) {
                found = found || lex.isEvidenceNounAscii(text, start, i);
            } else if (c >= 128) {
                return namesRecordNormalised(source); // a letter, apostrophe or hyphen above ASCII
            } else {
                i++;
            }
        }
        return found;
    }

    private boolean namesRecordNormalised(Span source) {
        String words = WordForms.normalise(text.substring(source.start(), source.end()));
        int i = 0;
        while (i < words.length()) { // each run of letters (a split at non-letters, without a regex)
            int start = i;
            int cp;
            boolean ascii = true;
            while (i < words.length() && Character.isLetter(cp = words.codePointAt(i))) {
                ascii &= cp < 128;
                i += Character.charCount(cp);
            }
            if (i > start) {
                Work.step();
                // an ASCII run is lower case here: the table's test needs no copy
                if (ascii ? lex.isEvidenceNounAscii(words, start, i) : lex.isEvidenceNoun(words.substring(start, i))) {
                    return true;
                }
            } else {
                i += Character.charCount(words.codePointAt(i));
            }
        }
        return false;
    }
}
