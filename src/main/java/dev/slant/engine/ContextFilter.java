package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.rules.Context;
import dev.slant.rules.Rule;
import dev.slant.text.FrontMatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies rule levels to a draft's findings: first the policy's (configuration), then those
 * of the contexts its front matter selects. A rule switched off loses its findings, a rule
 * given a severity reports with it, and a dormant rule (off by default) keeps its findings
 * only where a level switches it on. Findings below the policy's lowest severity go.
 */
final class ContextFilter {

    private ContextFilter() {
    }

    static List<Finding> apply(RuleSet rules, FrontMatter frontMatter, Policy policy, List<Finding> findings) {
        Levels levels = policy.levels().then(contextLevels(rules, frontMatter));
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Work.step();
            Rule rule = rules.find(f.rule());
            Context.Action action = levels.isEmpty() ? null : levels.actionFor(rule);
            if (action == Context.Action.OFF || (action == null && rules.isDormant(rule))) {
                continue;
            }
            if (action != null && action.severity() != null && action.severity() != f.severity()) {
                f = new Finding(f.rule(), f.category(), action.severity(), f.message(), f.span(), f.start(), f.end(),
                        f.text(), f.suggestions());
            }
            if (f.severity().atLeast(policy.minSeverity())) {
                out.add(f);
            }
        }
        return out;
    }

    /** The changes of the contexts the front matter selects, in pack order. */
    private static Levels contextLevels(RuleSet rules, FrontMatter frontMatter) {
        List<Levels.Level> out = new ArrayList<>();
        for (Context c : rules.contexts()) {
            Work.step();
            if (c.applies(frontMatter.fields())) {
                c.set().forEach((selector, action) -> out.add(new Levels.Level(selector, action, c.origin())));
            }
        }
        return out.isEmpty() ? Levels.NONE : new Levels(out);
    }
}
