package dev.slant.rules;

import dev.slant.text.Inflector;
import dev.slant.text.WordForms;
import dev.slant.text.Work;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule kind {@code source}: flags an attribution whose source is only a vague noun
 * ("officials said", "sources say", "a source told") with nothing to identify it. The
 * source must consist of qualifier words ("some", "senior", "a") and one of the listed
 * source phrases, nothing else: "officials at the Treasury said" names the body and
 * passes. Phrases listed under {@code unless} excuse the sentence (a reason for
 * anonymity: "on condition of anonymity because…").
 *
 * <p>YAML keys: {@code sources} (required: phrases, inflected), {@code qualifiers} (words),
 * {@code unless} (phrases).
 */
public final class SourceRule implements Rule {

    /** The keys this kind adds to the common rule keys. */
    public static final Set<String> KEYS = Set.of("sources", "qualifiers", "unless");

    private final RuleMeta meta;
    private final List<List<Set<String>>> sources;
    private final Set<String> qualifiers;
    private final Set<String> firstWords; // the forms any source phrase may start with
    private final Set<String> lastWords; // the forms any source phrase may end with
    private final List<PhrasePattern> patterns;

    private SourceRule(RuleMeta meta, List<Term> sources, Set<String> qualifiers, List<Term> unless) {
        this.meta = meta;
        List<List<Set<String>>> compiled = new ArrayList<>();
        for (Term t : sources) {
            List<Set<String>> words = new ArrayList<>();
            for (String w : WordForms.normalise(t.text()).split("\\s+")) {
                words.add(Set.copyOf(Inflector.forms(w)));
            }
            compiled.add(List.copyOf(words));
        }
        this.sources = List.copyOf(compiled);
        Set<String> first = new HashSet<>();
        Set<String> last = new HashSet<>();
        for (List<Set<String>> source : compiled) {
            Work.step();
            first.addAll(source.get(0));
            last.addAll(source.get(source.size() - 1));
        }
        this.firstWords = Set.copyOf(first);
        this.lastWords = Set.copyOf(last);
        this.qualifiers = Set.copyOf(qualifiers);
        List<PhrasePattern> all = new ArrayList<>();
        for (int i = 0; i < unless.size(); i++) {
            all.addAll(PhraseRule.patternsOf(unless.get(i), i, true));
        }
        this.patterns = List.copyOf(all);
    }

    static SourceRule fromYaml(RuleMeta meta, Map<String, YamlValue> keys) {
        YamlValue list = keys.get("sources");
        if (list == null) {
            throw new RuleFileException(meta.origin(), "sources", "a source rule needs a 'sources' list");
        }
        return new SourceRule(meta, PhraseRule.someTerms(list, "source"), ClaimRule.words(keys.get("qualifiers")),
                PhraseRule.optionalTerms(keys, "unless"));
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    /** The {@code unless} phrases, as exception patterns. */
    @Override
    public List<PhrasePattern> patterns() {
        return patterns;
    }

    /**
     * True if the source's words (normalised, in order) are qualifiers followed by one of
     * the source phrases and nothing else.
     */
    public boolean isVague(List<String> words) {
        int i = 0;
        while (i < words.size() && qualifiers.contains(words.get(i))) {
            i++;
        }
        if (i < words.size() && !firstWords.contains(words.get(i))) {
            return false; // most sources: no phrase starts with the word after the qualifiers
        }
        for (List<Set<String>> source : sources) {
            if (words.size() - i == source.size() && matchesAt(words, i, source)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False if a source whose last word has this form is surely not vague: a vague source
     * ends with the last word of a source phrase. A cheap test before {@link #isVague}.
     */
    public boolean mayEndVague(String form) {
        return lastWords.contains(form);
    }

    private static boolean matchesAt(List<String> words, int from, List<Set<String>> source) {
        for (int k = 0; k < source.size(); k++) {
            if (!source.get(k).contains(words.get(from + k))) {
                return false;
            }
        }
        return true;
    }
}
