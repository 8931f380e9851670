package dev.slant.engine;

import dev.slant.rules.Context;
import dev.slant.rules.Rule;
import dev.slant.text.FrontMatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the contexts that a draft's front matter selects to its findings: a rule
 * switched off loses its findings, a rule given a severity reports with it, and a dormant
 * rule (off by default) keeps its findings only where a context switches it on. When
 * several contexts name one rule, the last one listed wins.
 */
final class ContextFilter {

    private ContextFilter() {
    }

    static List<Finding> apply(RuleSet rules, FrontMatter frontMatter, List<Finding> findings) {
        List<Context> applicable = new ArrayList<>();
        for (Context c : rules.contexts()) {
            if (c.applies(frontMatter.fields())) {
                applicable.add(c);
            }
        }
        if (applicable.isEmpty() && !hasDormant(rules, findings)) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Rule rule = rules.find(f.rule());
            Context.Action action = actionFor(rule, applicable);
            if (action == Context.Action.OFF || (action == null && rules.isDormant(rule))) {
                continue;
            }
            if (action != null && action.severity() != null && action.severity() != f.severity()) {
                f = new Finding(f.rule(), f.category(), action.severity(), f.message(), f.span(), f.start(), f.end(),
                        f.text(), f.suggestions());
            }
            out.add(f);
        }
        return out;
    }

    private static boolean hasDormant(RuleSet rules, List<Finding> findings) {
        for (Finding f : findings) {
            if (rules.isDormant(rules.find(f.rule()))) {
                return true;
            }
        }
        return false;
    }

    private static Context.Action actionFor(Rule rule, List<Context> applicable) {
        Context.Action action = null;
        for (Context c : applicable) {
            for (var e : c.set().entrySet()) {
                if (Context.selects(e.getKey(), rule)) {
                    action = e.getValue();
                }
            }
        }
        return action;
    }
}
