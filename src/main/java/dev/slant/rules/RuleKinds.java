package dev.slant.rules;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The registry of rule kinds: kind name to the keys it adds and the factory that builds
 * it. One explicit map, no classpath scanning.
 */
final class RuleKinds {

    /** Builds a rule of one kind from its common metadata, its kind-specific keys and its pack. */
    interface Factory {
        Rule create(RuleMeta meta, Map<String, YamlValue> keys, PackContext pack);
    }

    /** A kind: its extra keys and its factory. */
    record Kind(Set<String> keys, Factory factory) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "phrase", new Kind(PhraseRule.KEYS, (meta, keys, pack) -> PhraseRule.fromYaml(meta, keys)),
            "pattern", new Kind(PatternRule.KEYS, PatternRule::fromYaml),
            "claim", new Kind(ClaimRule.KEYS, (meta, keys, pack) -> ClaimRule.fromYaml(meta, keys)),
            "source", new Kind(SourceRule.KEYS, (meta, keys, pack) -> SourceRule.fromYaml(meta, keys)),
            "framing", new Kind(FramingRule.KEYS, (meta, keys, pack) -> FramingRule.fromYaml(meta, keys)));

    private RuleKinds() {
    }

    static Kind get(String name) {
        return KINDS.get(name);
    }

    static Set<String> names() {
        return new TreeSet<>(KINDS.keySet());
    }
}
