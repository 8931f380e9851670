package dev.slant.rules;

/**
 * A compiled rule. Each rule kind is one final class that validates and compiles its
 * settings once, when the rule file is loaded. Kinds are registered in {@link RuleKinds}.
 */
public sealed interface Rule permits PhraseRule {

    RuleMeta meta();

    default String id() {
        return meta().id();
    }
}
