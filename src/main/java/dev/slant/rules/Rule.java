package dev.slant.rules;

import java.util.List;

/**
 * A compiled rule. Each rule kind is one final class that validates and compiles its
 * settings once, when the rule file is loaded. Kinds are registered in {@link RuleKinds}.
 */
public sealed interface Rule permits PhraseRule, ClaimRule, SourceRule, PatternRule, FramingRule {

    RuleMeta meta();

    default String id() {
        return meta().id();
    }

    /**
     * The word patterns this rule needs matched. The engine compiles the patterns of all
     * rules into one matcher and hands each rule its matches.
     */
    default List<PhrasePattern> patterns() {
        return List.of();
    }
}
