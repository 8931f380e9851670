package dev.slant.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A change to the rules for one kind of copy, chosen by the draft's front matter: when
 * every field named in {@code when} has one of the listed values, the rules that each
 * selector of {@code set} selects (a rule id, a category, or an id prefix ending in "*")
 * are switched off, on, or given another severity.
 */
public record Context(Map<String, Set<String>> when, Map<String, Action> set, Origin origin) {

    /** What a context does to the rules a selector selects. */
    public enum Action {
        OFF, ON, SUGGESTION, WARNING, ERROR;

        /** Reads "off", "on", "suggestion", "warning" or "error". */
        public static Action of(YamlValue value) {
            String name = value.string();
            for (Action a : values()) {
                if (a.name().equalsIgnoreCase(name)) {
                    return a;
                }
            }
            throw value.error("expected off, on, suggestion, warning or error, got '" + name + "'");
        }

        /** The severity this action sets, or null for OFF and ON. */
        public Severity severity() {
            switch (this) {
                case SUGGESTION:
                    return Severity.SUGGESTION;
                case WARNING:
                    return Severity.WARNING;
                case ERROR:
                    return Severity.ERROR;
                default:
                    return null;
            }
        }
    }

    public Context {
        when = Map.copyOf(when);
        set = Collections.unmodifiableMap(new LinkedHashMap<>(set)); // order matters: the last selector wins
    }

    /** True if the front matter fields satisfy every condition. */
    public boolean applies(Map<String, List<String>> fields) {
        for (Map.Entry<String, Set<String>> condition : when.entrySet()) {
            List<String> values = fields.get(condition.getKey());
            if (values == null || values.stream().noneMatch(condition.getValue()::contains)) {
                return false;
            }
        }
        return true;
    }

    /** True if the selector selects the rule: its id or an alias, its category, or an id prefix ending in "*". */
    public static boolean selects(String selector, Rule rule) {
        if (selector.endsWith("*")) {
            return rule.id().startsWith(selector.substring(0, selector.length() - 1));
        }
        return RulePackLoader.idsOf(rule.meta()).contains(selector) || rule.meta().category().equals(selector);
    }
}
