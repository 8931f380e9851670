package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.rules.Context;
import dev.slant.rules.Origin;
import dev.slant.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Changes to rules, in order: each selector (a rule id, a category, or an id prefix ending
 * in "*") switches the rules it selects off, on, or to a severity. When several selectors
 * name one rule, the last one wins.
 */
public record Levels(List<Level> levels) {

    /** One change, and where it was written (null when not from a file). */
    public record Level(String selector, Context.Action action, Origin origin) {
    }

    public static final Levels NONE = new Levels(List.of());

    public Levels {
        levels = List.copyOf(levels);
    }

    /** The changes of a mapping, in its order. */
    public static Levels of(Map<String, Context.Action> map) {
        List<Level> out = new ArrayList<>();
        map.forEach((selector, action) -> out.add(new Level(selector, action, null)));
        return new Levels(out);
    }

    /** These changes, then {@code more}. */
    public Levels then(Levels more) {
        if (more.levels.isEmpty()) {
            return this;
        }
        if (levels.isEmpty()) {
            return more;
        }
        List<Level> all = new ArrayList<>(levels);
        all.addAll(more.levels);
        return new Levels(all);
    }

    public boolean isEmpty() {
        return levels.isEmpty();
    }

    /** What the last selector that selects the rule does to it, or null if none does. */
    public Context.Action actionFor(Rule rule) {
        Context.Action action = null;
        for (Level l : levels) {
            Work.step();
            if (Context.selects(l.selector(), rule)) {
                action = l.action();
            }
        }
        return action;
    }
}
