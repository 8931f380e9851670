package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.rules.Example;
import dev.slant.rules.Rule;
import dev.slant.rules.RuleFileException;
import dev.slant.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that a rule's examples hold: each flag example gets findings of the rule at
 * exactly its marked spans, each pass example gets none. Every rule file is checked when
 * it is loaded, so a rule cannot ship with examples that lie.
 */
public final class ExampleChecker {

    private ExampleChecker() {
    }

    /** Throws a {@link RuleFileException} at the first example that does not hold. */
    public static void verify(RuleSet rules) {
        for (Rule rule : rules.rules()) {
            Work.step();
            Linter single = new Linter(rules.select(r -> r == rule));
            for (Example example : rule.meta().examples()) {
                Work.step();
                Optional<String> problem = check(single, rule, example);
                if (problem.isPresent()) {
                    throw new RuleFileException(example.origin(), "examples", problem.get());
                }
            }
        }
    }

    /**
     * What is wrong with one example, if anything. {@code linter} must run {@code rule};
     * findings of other rules are ignored.
     */
    public static Optional<String> check(Linter linter, Rule rule, Example example) {
        List<Span> found = new ArrayList<>();
        for (Finding f : linter.lint(example.text())) {
            Work.step();
            if (f.rule().equals(rule.id())) {
                found.add(f.span());
            }
        }
        if (found.equals(example.expected())) {
            return Optional.empty();
        }
        String kind = example.flag() ? "flag" : "pass";
        return Optional.of(String.format("%s example of rule '%s' does not hold: expected '%s' but the rule flags '%s'",
                kind, rule.id(), example.marked(), new Example(true, example.text(), found, example.origin()).marked()));
    }
}
