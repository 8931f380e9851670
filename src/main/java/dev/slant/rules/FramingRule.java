package dev.slant.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule kind {@code framing}: a set of near-synonyms for one thing, some of which signal
 * a side ("regime" for "government", "pro-life" for "anti-abortion"), with the
 * house-preferred neutral terms. A side's term is flagged wherever it appears, with the
 * neutral terms as suggestions; and an article that switches between terms of the set
 * ("militants" here, "fighters" there) is flagged where it switches.
 *
 * <p>YAML keys: {@code neutral} (required: the house terms), {@code sides} (required: side
 * name to terms), {@code exceptions} (phrases).
 */
public final class FramingRule implements Rule {

    /** The keys this kind adds to the common rule keys. */
    public static final Set<String> KEYS = Set.of("neutral", "sides", "exceptions");

    /** The neutral group's name in {@link #groupOf}. */
    public static final String NEUTRAL = "neutral";

    private final RuleMeta meta;
    private final List<Term> terms;
    private final List<String> groupOfTerm;
    private final List<String> neutral;
    private final List<PhrasePattern> patterns;

    private FramingRule(RuleMeta meta, List<Term> neutral, Map<String, List<Term>> sides, List<Term> exceptions) {
        this.meta = meta;
        List<Term> all = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> neutralTexts = new ArrayList<>();
        for (Term t : neutral) {
            all.add(t);
            groups.add(NEUTRAL);
            neutralTexts.add(t.text());
        }
        for (Map.Entry<String, List<Term>> side : sides.entrySet()) {
            for (Term t : side.getValue()) {
                all.add(t);
                groups.add(side.getKey());
            }
        }
        this.terms = List.copyOf(all);
        this.groupOfTerm = List.copyOf(groups);
        this.neutral = List.copyOf(neutralTexts);
        List<PhrasePattern> patterns = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            patterns.addAll(PhraseRule.patternsOf(all.get(i), i, false));
        }
        for (int i = 0; i < exceptions.size(); i++) {
            patterns.addAll(PhraseRule.patternsOf(exceptions.get(i), i, true));
        }
        this.patterns = List.copyOf(patterns);
    }

    static FramingRule fromYaml(RuleMeta meta, Map<String, YamlValue> keys) {
        for (String required : List.of("neutral", "sides")) {
            if (!keys.containsKey(required)) {
                throw new RuleFileException(meta.origin(), required, "a framing rule needs '" + required + "'");
            }
        }
        List<Term> neutral = PhraseRule.someTerms(keys.get("neutral"), "neutral term");
        Map<String, List<Term>> sides = new LinkedHashMap<>();
        for (Map.Entry<String, YamlValue> side : keys.get("sides").mapping(null, Set.of()).entrySet()) {
            if (side.getKey().equals(NEUTRAL)) {
                throw side.getValue().error("'neutral' is not a side; list neutral terms under 'neutral'");
            }
            sides.put(side.getKey(), PhraseRule.someTerms(side.getValue(), "term"));
        }
        if (sides.isEmpty()) {
            throw keys.get("sides").error("must name at least one side");
        }
        return new FramingRule(meta, neutral, sides, PhraseRule.optionalTerms(keys, "exceptions"));
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    @Override
    public List<PhrasePattern> patterns() {
        return patterns;
    }

    /** All terms: neutral first, then each side's. */
    public List<Term> terms() {
        return terms;
    }

    /** The group of a term: {@link #NEUTRAL} or a side's name. */
    public String groupOf(int term) {
        return groupOfTerm.get(term);
    }

    /** The house-preferred terms, offered as suggestions. */
    public List<String> neutral() {
        return neutral;
    }
}
