package dev.slant.engine;

import dev.slant.rules.Context;
import dev.slant.rules.Origin;
import dev.slant.rules.Rule;
import dev.slant.rules.RuleFileException;
import dev.slant.rules.RulePack;
import dev.slant.rules.RulePackLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules of one run, compiled: immutable and safe to share between threads. The word
 * patterns of all rules share one {@link PhraseMatcher}; match rule numbers index
 * {@link #rules()}.
 */
public final class RuleSet {

    private final List<RulePack> packs;
    private final List<Rule> rules;
    private final Map<String, Rule> byId;
    private final PhraseMatcher phraseMatcher;
    private final List<Context> contexts;
    private final Set<Rule> dormant;

    private RuleSet(List<RulePack> packs, List<Rule> rules, Map<String, Rule> byId, Set<Rule> dormant) {
        this.packs = List.copyOf(packs);
        this.rules = List.copyOf(rules);
        this.byId = Map.copyOf(byId);
        this.phraseMatcher = new PhraseMatcher(this.rules);
        List<Context> all = new ArrayList<>();
        for (RulePack pack : packs) {
            all.addAll(pack.contexts());
        }
        this.contexts = List.copyOf(all);
        this.dormant = Set.copyOf(dormant);
    }

    /**
     * All rules of the packs (enabled or not). Rejects an id or alias that two rules share,
     * naming the second definition.
     */
    public static RuleSet of(List<RulePack> packs) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        Map<String, Origin> where = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (RulePack pack : packs) {
            for (Rule rule : pack.rules()) {
                for (String id : RulePackLoader.idsOf(rule.meta())) {
                    Origin first = where.putIfAbsent(id, rule.meta().origin());
                    if (first != null) {
                        throw new RuleFileException(rule.meta().origin(), "id",
                                "duplicate id '" + id + "' (already defined at " + first + ")");
                    }
                    byId.put(id, rule);
                }
                rules.add(rule);
            }
        }
        return new RuleSet(packs, rules, byId, Set.of());
    }

    /** The rules that pass the filter, compiled anew. */
    public RuleSet select(Predicate<Rule> keep) {
        return select(keep, r -> false);
    }

    /**
     * The rules that pass {@code active}, plus, as dormant, the rules that pass
     * {@code allowed} and that some context (front matter) switches on: those run, but
     * their findings count only in drafts whose front matter switches them on.
     */
    public RuleSet select(Predicate<Rule> active, Predicate<Rule> allowed) {
        List<Rule> kept = new ArrayList<>();
        Set<Rule> asleep = new HashSet<>();
        Map<String, Rule> ids = new LinkedHashMap<>();
        for (Rule r : rules) {
            boolean on = active.test(r);
            if (on || (allowed.test(r) && switchedOnBySomeContext(r))) {
                kept.add(r);
                if (!on) {
                    asleep.add(r);
                }
                for (String id : RulePackLoader.idsOf(r.meta())) {
                    ids.put(id, r);
                }
            }
        }
        return new RuleSet(packs, kept, ids, asleep);
    }

    private boolean switchedOnBySomeContext(Rule r) {
        for (Context c : contexts) {
            for (Map.Entry<String, Context.Action> e : c.set().entrySet()) {
                if (e.getValue() != Context.Action.OFF && Context.selects(e.getKey(), r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The contexts of all packs, in pack order. */
    public List<Context> contexts() {
        return contexts;
    }

    /** True for a rule that counts only where a context switches it on. */
    public boolean isDormant(Rule r) {
        return dormant.contains(r);
    }

    public List<RulePack> packs() {
        return packs;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rule with this id or alias, or null. */
    public Rule find(String id) {
        return byId.get(id);
    }

    PhraseMatcher phraseMatcher() {
        return phraseMatcher;
    }
}
