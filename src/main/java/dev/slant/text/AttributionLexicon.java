package dev.slant.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The word lists of attribution, read from {@code attribution.yml}: reporting verbs with
 * their generated forms, multi-word cues, and the word classes the finder's heuristics
 * use. See docs/attribution.md.
 */
final class AttributionLexicon {

    /** How much context a reporting verb needs to count as a cue. */
    enum VerbClass { STRONG, COGNITION, WEAK, ACT }

    /**
     * A verb form: its lemma, class and shape (-ing, base, -s, or a past form), and the
     * lemma's {@link #bits}, whose {@link WordClass#bit}s say the word classes it belongs to
     * ({@link #lemmaIs}).
     */
    record VerbForm(String lemma, VerbClass verbClass, boolean ing, boolean base, boolean s, long lemmaBits) {

        boolean past() {
            return !ing && !base && !s;
        }

        /**
         * True if the lemma belongs to the class ({@code lex.is(c, lemma())}), without a set
         * lookup: the verb cue tests ask this of every verb form.
         */
        boolean lemmaIs(WordClass c) {
            return (lemmaBits & c.bit) != 0;
        }
    }

    /** The single-word lists, each under its key in the data file. */
    enum WordClass {
        ALSO_NOUNS("verbs.also-nouns"),
        ACTS("verbs.act"),
        OBJECT_COMPLEMENT("verbs.object-complement"),
        ADVERB_CUES("adverbs"),
        AUXILIARIES("auxiliaries"),
        CLAUSE_BREAKS("clause-breaks"),
        SOURCE_PREPOSITIONS("source-prepositions"),
        DETERMINERS("determiners"),
        REPORTED_MODALS("reported-modals"),
        COLON_LABELS("colon-labels"),
        EVIDENCE_NOUNS("evidence-nouns"),
        AGENT_NOUNS("agent-nouns"),
        COMPLEMENT_NOUNS("complement-nouns"),
        BELIEF_ADJECTIVES("belief-adjectives"),
        INVERTING_VERBS("inverting-verbs"),
        BASE_SUBJECTS("grammar.base-subjects"),
        S_SUBJECTS("grammar.s-subjects"),
        CLAUSE_PRONOUNS("grammar.clause-pronouns"),
        SUBJECT_PRONOUNS("grammar.subject-pronouns"),
        CLAUSE_STARTS("grammar.clause-starts"),
        MODALS("grammar.modals"),
        BELIEF_NEXT("grammar.belief-next"),
        BELIEF_COMPLEMENTS("grammar.belief-complements"),
        LINKING_VERBS("grammar.linking-verbs"),
        LINKING_COGNITION("grammar.linking-cognition"),
        PASSIVE_MARKERS("grammar.passive-markers"),
        ING_MARKERS("grammar.ing-markers"),
        GERUND_PREPOSITIONS("grammar.gerund-prepositions"),
        ADVERBS("grammar.adverbs"),
        PREPOSITIONS("grammar.prepositions"),
        PLACE_PREPOSITIONS("grammar.place-prepositions"),
        PARTICLES("grammar.particles"),
        CONJUNCTIONS("grammar.conjunctions"),
        COMPLEMENT_MARKERS("grammar.complement-markers");

        final String key;
        /** This class's bit in {@link #bits}. */
        final long bit;

        WordClass(String key) {
            this.key = key;
            this.bit = 1L << ordinal();
        }
    }

    /** {@link #bits}: a verb form, a key of {@link #verbForms}. */
    static final long VERB_FORM = 1L << 40;
    /** {@link #bits}: a form of an evidence verb ({@link #evidenceVerbForms}). */
    static final long EVIDENCE_VERB = 1L << 41;
    /**
     * {@link #bits}: a word some word cue starts with (a verb form, evidence verb, adverb
     * cue or belief adjective, or the first word of a cue phrase); one test rules out most
     * words. A new kind of word cue in {@link CueFinder} must add its list to this bit.
     */
    static final long CUE_START = 1L << 42;
    /** {@link #bits}: an agent noun, singular or plural ({@link #nounForms}). */
    static final long AGENT_NOUN = 1L << 43;
    /** {@link #bits}: an evidence noun, singular or plural ({@link #nounForms}). */
    static final long EVIDENCE_NOUN = 1L << 44;
    /** {@link #bits}: the first word of a phrase of {@link #sourceAfterPhrases}. */
    static final long SOURCE_AFTER_START = 1L << 45;
    /** {@link #bits}: the first word of a phrase of {@link #plainPhrases}. */
    static final long PLAIN_START = 1L << 46;
    /** {@link #bits}: the first word of a phrase of {@link #beliefPhrases}. */
    static final long BELIEF_START = 1L << 47;
    /** {@link #bits}: the first word of a phrase of {@link #extensionPhrases}. */
    static final long EXTENSION_START = 1L << 48;
    /** {@link #bits}: the first word of a phrase of {@link #backReferences}. */
    static final long BACK_REFERENCE_START = 1L << 49;
    /**
     * Where {@link #bits} keeps the word's id ({@link #wordId}): bits 50 to 61, above the
     * flags.
     */
    private static final int WORD_ID_SHIFT = 50;
    /** The largest word id that fits in {@link #bits}. */
    private static final int MAX_WORD_ID = 0xFFF;

    private static final AttributionLexicon DEFAULT = new AttributionLexicon(WordLists.load("attribution.yml"));

    final Map<String, VerbForm> verbForms = new HashMap<>();
    final Set<String> evidenceVerbForms = new HashSet<>();
    final PhraseList sourceAfterPhrases;
    final PhraseList plainPhrases;
    final PhraseList beliefPhrases;
    final PhraseList extensionPhrases;
    final PhraseList backReferences;
    /** The five phrase lists above, for what is done to each of them. */
    private final List<PhraseList> phraseLists;
    private final Map<WordClass, Set<String>> classes = new EnumMap<>(WordClass.class);
    /** Every word of the lists, with its {@link #bits}. */
    private final Map<String, Long> bits = new HashMap<>();
    /** The size of {@link #filter} in longs (a power of two). */
    private static final int FILTER_WORDS = 1 << 10;
    /**
     * One bit per hash code of the words of {@link #bits} (bits 0-5 and 6-15 of the hash pick
     * it): a clear bit proves a word is in no list, without a map lookup.
     */
    private final long[] filter = new long[FILTER_WORDS];
    /**
     * The evidence noun forms made of lower-case ASCII letters only, by length and first
     * letter ({@code [length][letter - 'a']}, null where none): {@link #isEvidenceNounAscii}
     * tests a run of the text against them without copying it out.
     */
    private final String[][][] asciiEvidenceNouns;
    /**
     * The verb form of each word id ({@link #wordId}), null for words that are not verb
     * forms: {@link TokenView#verbForm} reads it by the id its per-form bits carry, without a
     * string lookup.
     */
    private final VerbForm[] verbFormsById;

    private AttributionLexicon(Map<String, List<String>> lists) {
        // Weakest first, so a lemma listed in two classes keeps the stronger one.
        addVerbs(list(lists, "verbs.act"), VerbClass.ACT);
        addVerbs(list(lists, "verbs.weak"), VerbClass.WEAK);
        addVerbs(list(lists, "verbs.cognition"), VerbClass.COGNITION);
        addVerbs(list(lists, "verbs.strong"), VerbClass.STRONG);
        for (String lemma : list(lists, "evidence-verbs")) {
            Work.step();
            evidenceVerbForms.addAll(Inflector.forms(lemma));
        }
        sourceAfterPhrases = new PhraseList(list(lists, "phrases.source-after"), SOURCE_AFTER_START);
        plainPhrases = new PhraseList(withVerbalForms(list(lists, "phrases.plain"), list(lists, "phrases.verbal")),
                PLAIN_START);
        beliefPhrases = new PhraseList(list(lists, "phrases.belief"), BELIEF_START);
        extensionPhrases = new PhraseList(list(lists, "phrases.extensions"), EXTENSION_START);
        backReferences = new PhraseList(list(lists, "pronouns"), BACK_REFERENCE_START);
        phraseLists = List.of(sourceAfterPhrases, plainPhrases, beliefPhrases, extensionPhrases, backReferences);
        for (WordClass c : WordClass.values()) {
            Work.step();
            classes.put(c, Set.copyOf(new HashSet<>(list(lists, c.key))));
        }
        Set<String> cueStarts = new HashSet<>(verbForms.keySet());
        cueStarts.addAll(evidenceVerbForms);
        cueStarts.addAll(sourceAfterPhrases.firstWords());
        cueStarts.addAll(plainPhrases.firstWords());
        cueStarts.addAll(beliefPhrases.firstWords());
        cueStarts.addAll(classes.get(WordClass.ADVERB_CUES));
        cueStarts.addAll(classes.get(WordClass.BELIEF_ADJECTIVES));
        if (WordClass.values().length > 40) {
            throw new IllegalStateException("too many word classes for the bits of a word");
        }
        for (WordClass c : WordClass.values()) {
            addBit(classes.get(c), c.bit);
        }
        addBit(verbForms.keySet(), VERB_FORM);
        addBit(evidenceVerbForms, EVIDENCE_VERB);
        addBit(cueStarts, CUE_START);
        addBit(nounForms(classes.get(WordClass.AGENT_NOUNS)), AGENT_NOUN);
        Set<String> evidenceNouns = nounForms(classes.get(WordClass.EVIDENCE_NOUNS));
        addBit(evidenceNouns, EVIDENCE_NOUN);
        asciiEvidenceNouns = byLengthAndLetter(evidenceNouns);
        for (PhraseList phrases : phraseLists) {
            Work.step();
            addBit(phrases.firstWords(), phrases.firstWordBit());
        }
        verbForms.replaceAll((w, f) -> new VerbForm(f.lemma(), f.verbClass(), f.ing(), f.base(), f.s(),
                bits.getOrDefault(f.lemma(), 0L))); // the lemma's classes are in its bits now
        verbFormsById = assignWordIds();
        for (PhraseList phrases : phraseLists) {
            Work.step();
            phrases.useIds(w -> wordId(bits.get(w)));
        }
        for (String w : bits.keySet()) {
            Work.step();
            int h = w.hashCode();
            filter[(h >>> 6) & (FILTER_WORDS - 1)] |= 1L << h;
        }
        if (bits.containsKey("")) { // TokenView gives tokens that are not words the form ""
            throw new IllegalStateException("attribution.yml lists an empty word");
        }
    }

    /**
     * Every fact of the lists about a normalised word in one long: the bit of each
     * {@link WordClass} it belongs to ({@link WordClass#bit}), and {@link #VERB_FORM},
     * {@link #EVIDENCE_VERB}, {@link #CUE_START}, {@link #AGENT_NOUN}, {@link #EVIDENCE_NOUN},
     * the first-word bit of each phrase list ({@link PhraseList#firstWordBit}), and the
     * word's id ({@link #wordId}).
     * {@link TokenView} keeps them once per distinct word of a document.
     */
    long bits(String word) {
        int h = word.hashCode();
        if ((filter[(h >>> 6) & (FILTER_WORDS - 1)] & (1L << h)) == 0) {
            return 0; // most words of a document are in no list: one bit test, no map lookup
        }
        Long b = bits.get(word);
        return b == null ? 0 : b;
    }

    /**
     * Gives every word of the lists and of the phrases an id from 1 up, kept in its
     * {@link #bits}, so that phrase words compare as ints ({@link PhraseList#useIds}) and a
     * verb form is an array read; returns the verb forms by id.
     */
    private VerbForm[] assignWordIds() {
        for (PhraseList phrases : phraseLists) {
            for (List<String> phrase : phrases.all()) {
                Work.step();
                for (String w : phrase) {
                    Work.step();
                    bits.putIfAbsent(w, 0L); // a phrase word in no list still needs its id
                }
            }
        }
        if (bits.size() > MAX_WORD_ID) {
            throw new IllegalStateException("too many words in attribution.yml for the ids in a word's bits");
        }
        VerbForm[] byId = new VerbForm[bits.size() + 1];
        int id = 0;
        for (String w : new TreeSet<>(bits.keySet())) { // sorted: the same ids in every run
            Work.step();
            id++;
            bits.put(w, bits.get(w) | (long) id << WORD_ID_SHIFT);
            byId[id] = verbForms.get(w);
        }
        return byId;
    }

    /**
     * The id a word's {@link #bits} carry: from 1 up for each word of the lists and phrases,
     * 0 for any other word. Two words have the same id only if they are the same word.
     */
    static int wordId(long bits) {
        return (int) (bits >>> WORD_ID_SHIFT) & MAX_WORD_ID;
    }

    /** {@link #wordId} of a normalised word. */
    int wordId(String word) {
        return wordId(bits(word));
    }

    /** The verb form with the word id ({@link #wordId}), or null. */
    VerbForm verbForm(int wordId) {
        return verbFormsById[wordId];
    }

    private void addBit(Set<String> words, long bit) {
        for (String w : words) {
            Work.step();
            bits.merge(w, bit, (a, b) -> a | b);
        }
    }

    /** The words of lower-case ASCII letters only, indexed as {@link #asciiEvidenceNouns}. */
    private static String[][][] byLengthAndLetter(Set<String> words) {
        int longest = 0;
        for (String w : words) {
            Work.step();
            longest = Math.max(longest, w.length());
        }
        String[][][] table = new String[longest + 1][26][];
        for (String w : words) {
            Work.step();
            if (w.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                continue; // never equal to a run of ASCII letters in lower case
            }
            String[] old = table[w.length()][w.charAt(0) - 'a'];
            String[] grown = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = w;
            table[w.length()][w.charAt(0) - 'a'] = grown;
        }
        return table;
    }

    /** The forms of a noun class: each noun, its -s plural and its -ies plural ("parties"). */
    private static Set<String> nounForms(Set<String> nouns) {
        Set<String> forms = new HashSet<>();
        for (String n : nouns) {
            Work.step();
            forms.add(n);
            forms.add(n + "s");
            if (n.endsWith("y")) {
                forms.add(n.substring(0, n.length() - 1) + "ies");
            }
        }
        return forms;
    }

    static AttributionLexicon defaults() {
        return DEFAULT;
    }

    /** True if the normalised word belongs to the class. */
    boolean is(WordClass wordClass, String word) {
        return classes.get(wordClass).contains(word);
    }

    /** True for a record or study, singular or plural: "poll", "surveys". */
    boolean isEvidenceNoun(String word) {
        return (bits(word) & EVIDENCE_NOUN) != 0;
    }

    /**
     * {@code isEvidenceNoun(text.substring(start, end).toLowerCase(Locale.ROOT))} for a run
     * of ASCII letters (upper or lower case), without the two copies: the attribution
     * analysis tests each word of every source.
     */
    boolean isEvidenceNounAscii(String text, int start, int end) {
        int n = end - start;
        if (n <= 0 || n >= asciiEvidenceNouns.length) {
            return false;
        }
        String[] candidates = asciiEvidenceNouns[n][(text.charAt(start) | 0x20) - 'a'];
        if (candidates == null) {
            return false;
        }
        for (String c : candidates) {
            Work.step();
            int k = 1; // the first letter is the table's index
            while (k < n && (text.charAt(start + k) | 0x20) == c.charAt(k)) {
                Work.step();
                k++;
            }
            if (k == n) {
                return true;
            }
        }
        return false;
    }

    private static List<String> list(Map<String, List<String>> lists, String key) {
        List<String> words = lists.get(key);
        if (words == null) {
            throw new IllegalStateException("attribution.yml has no list '" + key + "'");
        }
        return words;
    }

    /**
     * The plain phrases plus the inflections of each phrasal verb's first word, except the
     * base form: "to lay out", "will rule out" announce a plan rather than report a stance.
     */
    private static List<String> withVerbalForms(List<String> plain, List<String> verbal) {
        List<String> all = new ArrayList<>(plain);
        for (String phrase : verbal) {
            int space = phrase.indexOf(' ');
            String verb = phrase.substring(0, space);
            for (String form : Inflector.forms(verb)) {
                Work.step();
                if (!form.equals(verb)) {
                    all.add(form + phrase.substring(space));
                }
            }
        }
        return all;
    }

    private void addVerbs(List<String> lemmas, VerbClass verbClass) {
        for (String lemma : new HashSet<>(lemmas)) {
            Work.step();
            for (String form : Inflector.forms(lemma)) {
                Work.step();
                boolean ing = form.endsWith("ing") && !lemma.endsWith("ing");
                boolean s = !form.equals(lemma) && form.endsWith("s");
                verbForms.put(form, new VerbForm(lemma, verbClass, ing, form.equals(lemma), s, 0)); // the lemma's bits later
            }
        }
    }

}
