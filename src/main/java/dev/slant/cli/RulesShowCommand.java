package dev.slant.cli;

import dev.slant.engine.RuleSet;
import dev.slant.rules.Example;
import dev.slant.rules.FramingRule;
import dev.slant.rules.PatternRule;
import dev.slant.rules.PhraseRule;
import dev.slant.rules.Rule;
import dev.slant.rules.RuleMeta;
import dev.slant.rules.Term;
import dev.slant.text.pattern.TokenPattern;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slant rules show ID}: everything about one rule. */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show a rule's description, guideline, suggestions, terms and examples.")
final class RulesShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The rule id (or a former id).")
    String id;

    @Mixin
    RuleOptions ruleOptions;

    @Override
    public Integer call() {
        print(ruleOptions.loadAll(), id, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Prints everything about one rule (shared by {@code slant explain}). */
    static void print(RuleSet rules, String id, PrintWriter out) {
        Rule rule = rules.find(id);
        if (rule == null) {
            throw new UserException("unknown rule '" + id + "'; run 'slant rules' to list them");
        }
        RuleMeta m = rule.meta();
        out.println(m.id() + (m.enabled() ? "" : " (off by default)"));
        out.println("  category: " + m.category());
        out.println("  severity: " + m.severity().label());
        out.println("  scope:    " + m.scope().label());
        out.println("  defined:  " + m.origin());
        if (!m.aliases().isEmpty()) {
            out.println("  aliases:  " + String.join(", ", m.aliases()));
        }
        out.println();
        out.println(m.message());
        out.println();
        out.println(m.description());
        if (m.link() != null) {
            out.println();
            out.println("More: " + m.link());
        }
        if (!m.suggestions().isEmpty()) {
            out.println();
            out.println("Suggestions: " + String.join(" | ", m.suggestions()));
        }
        if (rule instanceof PatternRule) {
            out.println();
            for (TokenPattern p : ((PatternRule) rule).tokenPatterns()) {
                out.println("Pattern: " + p.source());
            }
        }
        if (rule instanceof FramingRule) {
            FramingRule f = (FramingRule) rule;
            out.println();
            out.println("Neutral: " + String.join(", ", f.neutral()));
            for (int i = 0; i < f.terms().size(); i++) {
                if (!f.groupOf(i).equals(FramingRule.NEUTRAL)) {
                    out.println("Side " + f.groupOf(i) + ": " + f.terms().get(i).text());
                }
            }
        }
        if (rule instanceof PhraseRule) {
            PhraseRule p = (PhraseRule) rule;
            out.println();
            out.println("Terms: " + texts(p.terms()));
            if (!p.exceptions().isEmpty()) {
                out.println("Exceptions: " + texts(p.exceptions()));
            }
            if (p.fixSafe()) {
                List<String> fixes = new ArrayList<>();
                for (Term t : p.terms()) {
                    String to = p.fixFor(t.text());
                    if (!t.inflect() && to != null) {
                        fixes.add(t.text() + " -> " + to);
                    }
                }
                out.println("slant fix replaces: " + String.join(", ", fixes) + " (outside quotations)");
            }
        }
        out.println();
        out.println("Examples:");
        for (Example e : m.examples()) {
            out.println("  " + (e.flag() ? "flag: " : "pass: ") + e.marked());
        }
        out.flush();
    }

    private static String texts(List<Term> terms) {
        List<String> out = new ArrayList<>();
        for (Term t : terms) {
            out.add(t.suggestions().isEmpty() ? t.text() : t.text() + " (" + String.join(" | ", t.suggestions()) + ")");
        }
        return String.join(", ", out);
    }
}
