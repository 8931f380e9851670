package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.rules.Context;
import dev.slant.rules.Origin;
import dev.slant.rules.PhraseRule;
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
    /** Built with the set, or on first use for {@link #of} (whose set is usually only selected from). */
    private volatile PhraseMatcher phraseMatcher;
    private final List<Context> contexts;
    private final Set<Rule> dormant;
    private final PhraseRule accepted;
    private final PhraseMatcher acceptMatcher;

    private RuleSet(List<RulePack> packs, List<Rule> rules, Map<String, Rule> byId, Set<Rule> dormant,
            PhraseRule accepted, boolean compile) {
        this.packs = List.copyOf(packs);
        this.rules = List.copyOf(rules);
        this.byId = Map.copyOf(byId);
        this.phraseMatcher = compile ? new PhraseMatcher(this.rules) : null;
        List<Context> all = new ArrayList<>();
        for (RulePack pack : packs) {
            Work.step();
            all.addAll(pack.contexts());
        }
        this.contexts = List.copyOf(all);
        this.dormant = Set.copyOf(dormant);
        this.accepted = accepted;
        this.acceptMatcher = accepted == null ? null : new PhraseMatcher(List.of(accepted));
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
            Work.step();
            for (Rule rule : pack.rules()) {
                Work.step();
                for (String id : RulePackLoader.idsOf(rule.meta())) {
                    Work.step();
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
        // compiled on first use: the command line only selects from this set (saves a cold start
        // about 24 ms, docs/PERFORMANCE.md)
        return new RuleSet(packs, rules, byId, Set.of(), null, false);
    }

    /** The rules that pass the filter, compiled anew. */
    public RuleSet select(Predicate<Rule> keep) {
        return select(keep, r -> false);
    }

    /**
     * The rules that pass {@code active}, plus, as dormant, the rules that pass
     * {@code dormant}: those run, but their findings count only in drafts where a level
     * (configuration override, front matter context) switches them on.
     */
    public RuleSet select(Predicate<Rule> active, Predicate<Rule> dormant) {
        List<Rule> kept = new ArrayList<>();
        Set<Rule> asleep = new HashSet<>();
        Map<String, Rule> ids = new LinkedHashMap<>();
        for (Rule r : rules) {
            Work.step();
            boolean on = active.test(r);
            if (on || dormant.test(r)) {
                kept.add(r);
                if (!on) {
                    asleep.add(r);
                }
                for (String id : RulePackLoader.idsOf(r.meta())) {
                    Work.step();
                    ids.put(id, r);
                }
            }
        }
        return new RuleSet(packs, kept, ids, asleep, accepted, true);
    }

    /** True if a context of some pack switches the rule on or gives it a severity. */
    public boolean switchedOnBySomeContext(Rule r) {
        for (Context c : contexts) {
            Work.step();
            for (Map.Entry<String, Context.Action> e : c.set().entrySet()) {
                Work.step();
                if (e.getValue() != Context.Action.OFF && Context.selects(e.getKey(), r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The same rules, with house terms that are never flagged: a finding that lies within
     * one of them is dropped (see {@link dev.slant.rules.HouseRules}).
     */
    public RuleSet accepting(PhraseRule terms) {
        return new RuleSet(packs, rules, byId, dormant, terms, true);
    }

    /** The matcher for accepted house terms, or null when there are none. */
    PhraseMatcher acceptMatcher() {
        return acceptMatcher;
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
        PhraseMatcher m = phraseMatcher;
        if (m == null) {
            synchronized (this) {
                m = phraseMatcher;
                if (m == null) {
                    m = new PhraseMatcher(rules);
                    phraseMatcher = m;
                }
            }
        }
        return m;
    }
}
