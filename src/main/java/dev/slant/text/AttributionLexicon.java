package dev.slant.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of attribution, read from {@code attribution.yml}: reporting verbs with
 * their generated forms, multi-word cues, attributing adverbs, and the small word classes
 * the finder needs to delimit sources. See docs/attribution.md.
 */
final class AttributionLexicon {

    /** How much context a reporting verb needs to count as a cue. */
    enum VerbClass { STRONG, COGNITION, WEAK }

    /** A verb form: its lemma, class and shape (-ing, base, -s, or a past form). */
    record VerbForm(String lemma, VerbClass verbClass, boolean ing, boolean base, boolean s) {

        boolean past() {
            return !ing && !base && !s;
        }
    }

    private static final AttributionLexicon DEFAULT = new AttributionLexicon(WordLists.load("attribution.yml"));

    final Map<String, VerbForm> verbForms = new HashMap<>();
    final Set<String> alsoNouns;
    final Set<String> objectComplement;
    final List<List<String>> sourceAfterPhrases;
    final List<List<String>> plainPhrases;
    final List<List<String>> beliefPhrases;
    final List<List<String>> extensionPhrases;
    final Set<String> adverbs;
    final Set<String> auxiliaries;
    final Set<String> clauseBreaks;
    final Set<String> sourcePrepositions;
    final Set<String> determiners;
    final List<List<String>> pronouns;
    final Set<String> reportedModals;
    final Set<String> colonLabels;
    final Set<String> evidenceNouns;
    final Set<String> evidenceVerbForms = new HashSet<>();
    final Set<String> complementNouns;
    final Set<String> beliefAdjectives;
    final Set<String> invertingVerbs;

    private AttributionLexicon(Map<String, List<String>> lists) {
        // Weakest first, so a lemma listed in two classes keeps the stronger one.
        addVerbs(lists.get("verbs.weak"), VerbClass.WEAK);
        addVerbs(lists.get("verbs.cognition"), VerbClass.COGNITION);
        addVerbs(lists.get("verbs.strong"), VerbClass.STRONG);
        alsoNouns = Set.copyOf(new HashSet<>(lists.get("verbs.also-nouns")));
        objectComplement = Set.copyOf(new HashSet<>(lists.get("verbs.object-complement")));
        sourceAfterPhrases = phrases(lists.get("phrases.source-after"));
        plainPhrases = phrases(lists.get("phrases.plain"));
        beliefPhrases = phrases(lists.get("phrases.belief"));
        extensionPhrases = phrases(lists.get("phrases.extensions"));
        adverbs = Set.copyOf(new HashSet<>(lists.get("adverbs")));
        auxiliaries = Set.copyOf(new HashSet<>(lists.get("auxiliaries")));
        clauseBreaks = Set.copyOf(new HashSet<>(lists.get("clause-breaks")));
        sourcePrepositions = Set.copyOf(new HashSet<>(lists.get("source-prepositions")));
        determiners = Set.copyOf(new HashSet<>(lists.get("determiners")));
        pronouns = phrases(lists.get("pronouns"));
        reportedModals = Set.copyOf(new HashSet<>(lists.get("reported-modals")));
        colonLabels = Set.copyOf(new HashSet<>(lists.get("colon-labels")));
        evidenceNouns = Set.copyOf(new HashSet<>(lists.get("evidence-nouns")));
        complementNouns = Set.copyOf(new HashSet<>(lists.get("complement-nouns")));
        beliefAdjectives = Set.copyOf(new HashSet<>(lists.get("belief-adjectives")));
        invertingVerbs = Set.copyOf(new HashSet<>(lists.get("inverting-verbs")));
        for (String lemma : lists.get("evidence-verbs")) {
            evidenceVerbForms.addAll(Inflector.forms(lemma));
        }
    }

    static AttributionLexicon defaults() {
        return DEFAULT;
    }

    /** True for a record or study, singular or plural: "poll", "surveys". */
    boolean isEvidenceNoun(String word) {
        return evidenceNouns.contains(word)
                || (word.endsWith("s") && evidenceNouns.contains(word.substring(0, word.length() - 1)));
    }

    private void addVerbs(List<String> lemmas, VerbClass verbClass) {
        for (String lemma : new HashSet<>(lemmas)) {
            for (String form : Inflector.forms(lemma)) {
                boolean ing = form.endsWith("ing") && !lemma.endsWith("ing");
                boolean s = !form.equals(lemma) && form.endsWith("s");
                verbForms.put(form, new VerbForm(lemma, verbClass, ing, form.equals(lemma), s));
            }
        }
    }

    private static List<List<String>> phrases(List<String> texts) {
        List<List<String>> out = new ArrayList<>();
        for (String text : texts) {
            out.add(List.of(text.split(" ")));
        }
        out.sort((a, b) -> b.size() - a.size()); // longest first
        return List.copyOf(out);
    }
}
