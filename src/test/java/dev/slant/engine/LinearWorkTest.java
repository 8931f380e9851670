package dev.slant.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.report.JsonReporter;
import dev.slant.report.Report;
import dev.slant.report.Reporter;
import dev.slant.report.SarifReporter;
import dev.slant.report.TextReporter;
import dev.slant.rules.BuiltinPacks;
import dev.slant.text.Document;
import dev.slant.text.Format;
import dev.slant.text.Work;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Adversarial inputs grown ten times must cost about ten times the work, never a hundred:
 * counted in loop steps ({@link Work}), not timed. Covers the lexer, quotation finder,
 * sentence splitter, attribution, every rule kind and the reporters.
 */
class LinearWorkTest {

    private static Linter linter;

    @BeforeAll
    static void rules() {
        linter = new Linter(RuleSet.of(BuiltinPacks.load()).select(r -> r.meta().enabled()));
    }

    /** Adversarial texts of size about n units. */
    static String input(String kind, int n) {
        switch (kind) {
            case "one-long-sentence":
                return "The diminutive mayor blasted critics and ".repeat(n);
            case "quote-marks":
                return "\"".repeat(40 * n);
            case "nested-quotes":
                return "“‘“ the so-called notorious ‘ ".repeat(n);
            case "unclosed-quotes":
                return "“The notorious aide said the plan is bizarre\n\n".repeat(n);
            case "long-word":
                return "a".repeat(40 * n);
            case "blank-lines":
                return "\n".repeat(40 * n);
            case "dotted-run":
                return "ab.".repeat(10 * n); // every period could start an e-mail address
            case "dotted-run-at":
                return "ab.".repeat(10 * n) + "@"; // no e-mail address after all: the lexer must not look back to every start
            case "symbol-run-at":
                return "a%".repeat(15 * n) + "@"; // the same through characters only an address's local part has
            case "dotted-words":
                return "word. ".repeat(5 * n) + "ab.cd.".repeat(5 * n);
            case "news":
                return ("The council approved the budget on Friday, Mayor Ana Ruiz said. "
                        + "“It’s a bizarre plan,” said Sen. Lee, who blasted the so-called reform. "
                        + "According to the ministry, 12,000 people left since 2019. Critics say the "
                        + "regime has done nothing.\n\n").repeat(n);
            case "markdown":
                return "> - **The** [diminutive](http://x.org) `code` mayor said *it*.\n".repeat(n);
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    /** The work of analysing, linting and reporting a text. */
    private static long work(String text, Format format) throws IOException {
        long before = Work.steps();
        Document doc = Document.parse(text, format);
        List<Finding> findings = linter.lint(doc);
        Report report = Report.of("1", List.of(new LintResult("x", doc, findings, null)), 0,
                linter.rules().rules().stream().map(r -> r.meta()).toList());
        for (Reporter r : List.<Reporter>of(new TextReporter(false), new JsonReporter(), new SarifReporter())) {
            r.write(report, Writer.nullWriter());
        }
        return Work.steps() - before;
    }

    @ParameterizedTest
    @ValueSource(strings = {"one-long-sentence", "quote-marks", "nested-quotes", "unclosed-quotes", "long-word",
        "blank-lines", "dotted-run", "dotted-run-at", "symbol-run-at", "dotted-words", "news", "markdown"})
    void tenTimesTheInputIsAboutTenTimesTheWork(String kind) throws IOException {
        assertTrue(Work.counting(), "run with -Dslant.countWork=true (the pom sets it)");
        Format format = kind.equals("markdown") ? Format.MARKDOWN : Format.TEXT;
        IntFunction<String> make = n -> input(kind, n);
        work(make.apply(50), format); // warm-up: class loading and caches are not the input's work
        long small = work(make.apply(300), format);
        long large = work(make.apply(3000), format);
        double ratio = (double) large / small;
        assertTrue(ratio < 13, kind + ": 10x the input cost " + String.format("%.1f", ratio) + "x the work ("
                + small + " -> " + large + " steps)");
    }

    @Test
    void theCounterCounts() throws IOException {
        assertTrue(work(input("news", 10), Format.TEXT) > 1000);
    }
}
