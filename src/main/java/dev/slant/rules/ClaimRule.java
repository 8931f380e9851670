package dev.slant.rules;

import dev.slant.text.WordForms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule kind {@code claim}: flags a sentence in the writer's own voice that asserts
 * something needing a source, and says why. The reasons are named groups of marker
 * phrases (figure, superlative, accusation, causal, intent, prediction…); numbers count as
 * one reason unless they are dates, times, ages or labels. Exemption phrases mark routine
 * scene-setting ("is scheduled to", "footage showed"), which is not flagged. The engine
 * decides the voice of each sentence and runs the check.
 *
 * <p>YAML keys: {@code markers} (required: reason name to a list of phrases),
 * {@code numbers} (the reason numbers count as), {@code number-words} (spelled-out
 * numbers), {@code units} (words after a number that make it a time, age or size rather
 * than a count: "years", "p.m."), {@code labels} (words before a number that make it a
 * name or a date: "No.", "Jan."), {@code exemptions} (phrases).
 */
public final class ClaimRule implements Rule {

    /** The keys this kind adds to the common rule keys. */
    public static final Set<String> KEYS = Set.of("markers", "numbers", "number-words", "units", "labels",
            "exemptions");

    private final RuleMeta meta;
    private final List<String> reasons;
    private final List<Integer> termReason;
    private final String numberReason;
    private final Set<String> numberWords;
    private final Set<String> units;
    private final Set<String> labels;
    private final List<PhrasePattern> patterns;

    private ClaimRule(RuleMeta meta, Map<String, List<Term>> markers, String numberReason, Set<String> numberWords,
            Set<String> units, Set<String> labels, List<Term> exemptions) {
        this.meta = meta;
        this.reasons = List.copyOf(markers.keySet());
        this.numberReason = numberReason;
        this.numberWords = Set.copyOf(numberWords);
        this.units = Set.copyOf(units);
        this.labels = Set.copyOf(labels);
        List<Integer> reasonOfTerm = new ArrayList<>();
        List<PhrasePattern> all = new ArrayList<>();
        for (Map.Entry<String, List<Term>> group : markers.entrySet()) {
            int reason = reasons.indexOf(group.getKey());
            for (Term t : group.getValue()) {
                all.addAll(PhraseRule.patternsOf(t, reasonOfTerm.size(), false));
                reasonOfTerm.add(reason);
            }
        }
        for (int i = 0; i < exemptions.size(); i++) {
            all.addAll(PhraseRule.patternsOf(exemptions.get(i), i, true));
        }
        this.termReason = List.copyOf(reasonOfTerm);
        this.patterns = List.copyOf(all);
    }

    static ClaimRule fromYaml(RuleMeta meta, Map<String, YamlValue> keys) {
        YamlValue markerMap = keys.get("markers");
        if (markerMap == null) {
            throw new RuleFileException(meta.origin(), "markers", "a claim rule needs 'markers'");
        }
        Map<String, List<Term>> markers = new LinkedHashMap<>();
        for (Map.Entry<String, YamlValue> group : markerMap.mapping(null, Set.of()).entrySet()) {
            markers.put(group.getKey(), PhraseRule.someTerms(group.getValue(), "marker"));
        }
        String numberReason = null;
        if (keys.containsKey("numbers")) {
            numberReason = keys.get("numbers").string();
            markers.putIfAbsent(numberReason, List.of());
        }
        return new ClaimRule(meta, markers, numberReason, words(keys.get("number-words")), words(keys.get("units")),
                words(keys.get("labels")), PhraseRule.optionalTerms(keys, "exemptions"));
    }

    /** The normalised words of an optional list (empty when absent). */
    static Set<String> words(YamlValue list) {
        Set<String> out = new HashSet<>();
        if (list != null) {
            for (String w : list.strings()) {
                out.add(WordForms.normalise(w));
            }
        }
        return out;
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    @Override
    public List<PhrasePattern> patterns() {
        return patterns;
    }

    /** The reason names, in file order. */
    public List<String> reasons() {
        return reasons;
    }

    /** The reason a marker term stands for. */
    public String reasonOf(int term) {
        return reasons.get(termReason.get(term));
    }

    /** The reason numbers count as, or null when numbers are not markers. */
    public String numberReason() {
        return numberReason;
    }

    /** The spelled-out numbers of {@link #isNumberWord}, normalised (unmodifiable). */
    public Set<String> numberWords() {
        return numberWords;
    }

    /** True for a spelled-out number ("thousands", "dozen"), normalised. */
    public boolean isNumberWord(String word) {
        return numberWords.contains(word);
    }

    /** True for a word after a number that makes it a time, age or size ("years", "p.m."). */
    public boolean isUnit(String word) {
        return units.contains(word);
    }

    /** True for a word before a number that makes it a name or date ("no", "jan"). */
    public boolean isLabel(String word) {
        return labels.contains(word);
    }
}
