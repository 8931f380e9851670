package dev.slant.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.slant.rules.BuiltinPacks;
import dev.slant.rules.Example;
import dev.slant.rules.Rule;
import dev.slant.rules.RulePack;
import dev.slant.rules.FramingRule;
import dev.slant.rules.PhraseRule;
import dev.slant.rules.Term;
import dev.slant.text.WordForms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The one generic test of the rule packs: every example of every shipped rule becomes a
 * test case. A flag example must be flagged by its rule at exactly the marked spans; a pass
 * example must not be flagged by it. Adding a rule needs no new Java test.
 */
class RuleExamplesTest {

    private static final RuleSet ALL = RuleSet.of(BuiltinPacks.load());

    @TestFactory
    Stream<DynamicNode> everyExampleOfEveryPack() {
        List<DynamicNode> packs = new ArrayList<>();
        for (RulePack pack : ALL.packs()) {
            List<DynamicNode> rules = new ArrayList<>();
            for (Rule rule : pack.rules()) {
                Linter single = new Linter(ALL.select(r -> r == rule));
                List<DynamicTest> cases = new ArrayList<>();
                for (Example ex : rule.meta().examples()) {
                    cases.add(DynamicTest.dynamicTest((ex.flag() ? "flag: " : "pass: ") + ex.marked(),
                            () -> ExampleChecker.check(single, rule, ex).ifPresent(p -> fail(ex.origin() + ": " + p))));
                    if (ex.flag()) {
                        cases.add(DynamicTest.dynamicTest("suggestion clears: " + ex.marked(),
                                () -> suggestionClears(single, rule, ex)));
                    }
                }
                rules.add(DynamicContainer.dynamicContainer(rule.id(), cases));
            }
            packs.add(DynamicContainer.dynamicContainer(pack.file(), rules));
        }
        return packs.stream();
    }

    /** Putting a finding's first suggestion in place of its words clears that rule. */
    private static void suggestionClears(Linter single, Rule rule, Example ex) {
        List<Finding> findings = single.lint(ex.text()).stream().filter(f -> f.rule().equals(rule.id())).toList();
        if (findings.isEmpty() || findings.stream().anyMatch(f -> f.suggestions().isEmpty())) {
            return; // nothing to apply
        }
        StringBuilder fixed = new StringBuilder(ex.text());
        for (int i = findings.size() - 1; i >= 0; i--) {
            Finding f = findings.get(i);
            fixed.replace(f.span().start(), f.span().end(), Fixes.keepCase(f.text(), f.suggestions().get(0)));
        }
        List<Finding> after = single.lint(fixed.toString()).stream().filter(f -> f.rule().equals(rule.id())).toList();
        assertTrue(after.isEmpty(), ex.origin() + ": after the suggestion, '" + fixed + "' is still flagged: " + after);
    }

    @Test
    void everyRuleHasFlagAndPassExamples() {
        for (Rule rule : ALL.rules()) {
            List<Example> examples = rule.meta().examples();
            assertTrue(examples.stream().anyMatch(Example::flag), rule.id() + " has no flag example");
            assertTrue(examples.stream().anyMatch(e -> !e.flag()), rule.id() + " has no pass example");
        }
    }

    /** Two rules flagging the same words would report one problem twice. */
    @Test
    void noTermBelongsToTwoRules() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Rule rule : ALL.rules()) {
            List<Term> terms = rule instanceof PhraseRule ? ((PhraseRule) rule).terms()
                    : rule instanceof FramingRule ? ((FramingRule) rule).terms() : List.of();
            for (Term term : terms) {
                String key = WordForms.normalise(term.text()).replace('-', ' ');
                String first = owner.putIfAbsent(key, rule.id());
                if (first != null && !first.equals(rule.id())) {
                    clashes.add("'" + term.text() + "' in " + first + " and " + rule.id());
                }
            }
        }
        assertTrue(clashes.isEmpty(), String.join("\n", clashes));
    }

    @Test
    void shippedPacksExist() {
        assertFalse(ALL.rules().isEmpty());
    }
}
