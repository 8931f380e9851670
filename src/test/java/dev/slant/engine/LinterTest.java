package dev.slant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.rules.RuleFileException;
import dev.slant.rules.RulePack;
import dev.slant.rules.RulePackLoader;
import dev.slant.text.Document;
import dev.slant.text.Format;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrase matching end to end: inflections, possessives, variants, exceptions, scope. */
class LinterTest {

    private static final String PACK = String.join("\n",
            "classes:",
            "  intensifier: [utterly, extremely]",
            "rules:",
            "  - id: t.verb",
            "    kind: phrase",
            "    category: stance-verb",
            "    severity: warning",
            "    message: '\"{text}\" takes a side'",
            "    description: Test.",
            "    suggestions: [said]",
            "    terms: [slam, claim, lash out]",
            "    exceptions: [claim responsibility, slam into]",
            "    examples:",
            "      flag: ['She [[slammed]] the plan.']",
            "      pass: ['She said the plan failed.']",
            "  - id: t.noun",
            "    kind: phrase",
            "    category: loaded-language",
            "    severity: error",
            "    message: '\"{text}\" is loaded'",
            "    description: Test.",
            "    terms: [meat grinder, so-called, regime, thug]",
            "    examples:",
            "      flag: ['A [[meat grinder]].']",
            "      pass: ['A meat shop.']",
            "  - id: t.pattern",
            "    kind: pattern",
            "    category: loaded-language",
            "    severity: warning",
            "    message: '\"{text}\" judges'",
            "    description: Test.",
            "    pattern: ['[@intensifier] _? (@person | @group)', 'the [_ junta]']",
            "    exceptions: [extremely low]",
            "    examples:",
            "      flag: ['An [[utterly]] corrupt official.']",
            "      pass: ['An utterly new idea.']",
            "  - id: t.quotes",
            "    kind: phrase",
            "    category: loaded-language",
            "    severity: suggestion",
            "    scope: quotes",
            "    message: 'quoted {text}'",
            "    description: Test.",
            "    terms: [bizarre]",
            "    examples:",
            "      flag: ['\"A [[bizarre]] show,\" he said.']",
            "      pass: ['A bizarre show.']",
            "");

    private final Linter linter = new Linter(RuleSet.of(List.of(RulePackLoader.load("t.yml", PACK))));

    @Test
    void matchesInflectedForms() {
        assertEquals(List.of("t.verb:slams", "t.verb:slamming", "t.verb:lashed out", "t.noun:thugs"),
                found("He slams it. They are slamming it. She lashed out at thugs."));
    }

    @Test
    void matchesThroughPossessivesAndVariants() {
        assertEquals(List.of("t.noun:meat grinder", "t.noun:regime’s", "t.noun:so called", "t.noun:so-called",
                        "t.noun:meat-grinder"),
                found("Moscow’s meat grinder. The regime’s army. A so called plan. A so-called plan. The meat-grinder."));
    }

    @Test
    void isCaseInsensitive() {
        assertEquals(List.of("t.verb:SLAMMED", "t.noun:Meat Grinder"), found("SLAMMED. Meat Grinder."));
    }

    @Test
    void exceptionsSuppressTheTermInsideThem() {
        assertEquals(List.of("t.verb:claimed"),
                found("The group claimed responsibility. The car slammed into a wall. He claimed it."));
    }

    @Test
    void narrativeRulesIgnoreQuotationsButQuoteRulesOnlySeeThem() {
        assertEquals(List.of("t.quotes:bizarre", "t.verb:slammed"),
                found("“It was a bizarre regime,” she slammed. A bizarre day."));
    }

    @Test
    void patternRulesReportTheBracketedPart() {
        assertEquals(List.of("t.pattern:utterly", "t.pattern:Bravo junta"),
                found("An utterly corrupt official. The Bravo junta ruled. An utterly new idea. “The utterly vile man.”"));
        assertEquals(List.of(), found("An extremely low man."));
    }

    @Test
    void framingRulesFlagASideAndNoteTheOtherTermsOfTheArticle() {
        String pack = String.join("\n",
                "rules:",
                "  - id: f.gov",
                "    kind: framing",
                "    category: framing",
                "    severity: warning",
                "    message: '\"{text}\" takes a side'",
                "    description: Test.",
                "    neutral: [government]",
                "    sides:",
                "      critical: [regime]",
                "    exceptions: [tax regime]",
                "    examples:",
                "      flag: ['The [[regime]] fell.']",
                "      pass: ['The government fell.']",
                "");
        Linter framing = new Linter(RuleSet.of(List.of(RulePackLoader.load("f.yml", pack))));
        List<Finding> alone = framing.lint("The regime fell. A new tax regime began.");
        assertEquals(1, alone.size());
        assertEquals("\"regime\" takes a side", alone.get(0).message());
        assertEquals(List.of("government"), alone.get(0).suggestions());
        List<Finding> mixed = framing.lint("The government met.\n\nLater the regime's police arrived.");
        assertEquals("\"regime's\" takes a side; this article also says \"government\"", mixed.get(0).message());
        assertEquals(List.of(), framing.lint("The government met. “The regime must go,” he said."));
    }

    @Test
    void frontMatterContextsSwitchRulesOffOnAndChangeSeverity() {
        String pack = String.join("\n",
                "contexts:",
                "  - when: {type: opinion}",
                "    set: {t.verb: off, loaded-language: suggestion}",
                "  - when: {desk: [courts, crime]}",
                "    set: {t.court: on}",
                PACK.substring(PACK.indexOf("rules:")).replace("rules:\n", "rules:\n"
                        + "  - id: t.court\n    kind: phrase\n    category: court\n    severity: warning\n"
                        + "    enabled: false\n    message: court\n    description: Test.\n    terms: [killer]\n"
                        + "    examples:\n      flag: ['The [[killer]] fled.']\n      pass: ['The man fled.']\n"));
        RuleSet all = RuleSet.of(List.of(RulePackLoader.load("c.yml", "classes:\n  intensifier: [utterly]\n" + pack)));
        Linter contextual = new Linter(all.select(r -> r.meta().enabled(), r -> true));
        String body = "The killer slammed the regime.";
        assertEquals(List.of("t.verb:slammed", "t.noun:regime"), rulesOf(contextual.lint(body)));
        List<Finding> opinion = contextual.lint("---\ntype: opinion\n---\n" + body);
        assertEquals(List.of("t.noun:regime"), rulesOf(opinion));
        assertEquals(dev.slant.rules.Severity.SUGGESTION, opinion.get(0).severity());
        assertEquals(List.of("t.court:killer", "t.verb:slammed", "t.noun:regime"),
                rulesOf(contextual.lint("---\ndesk: crime\n---\n" + body)));
    }

    private static List<String> rulesOf(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(f.rule() + ":" + f.text());
        }
        return out;
    }

    @Test
    void phrasesDoNotCrossPunctuationOrSentences() {
        assertEquals(List.of(), found("Some meat, grinder. The meat. Grinder here."));
    }

    @Test
    void findingsCarryPositionsInCodePoints() {
        Finding f = linter.lint("😀 thug").get(0);
        assertEquals(1, f.start().line());
        assertEquals(3, f.start().column());
        assertEquals(2, f.start().offset());
        assertEquals(7, f.end().column());
        assertEquals("\"thug\" is loaded", f.message());
    }

    @Test
    void findingsAreSortedByPosition() {
        List<Finding> findings = linter.lint("The thug slammed the regime.");
        List<Integer> starts = new ArrayList<>();
        for (Finding f : findings) {
            starts.add(f.span().start());
        }
        List<Integer> sorted = new ArrayList<>(starts);
        sorted.sort(null);
        assertEquals(sorted, starts);
        assertEquals(3, findings.size());
    }

    @Test
    void examplesThatDoNotHoldAreRejectedWithTheirLine() {
        String lying = PACK.replace("pass: ['A meat shop.']", "pass: ['A meat grinder.']");
        RuleSet rules = RuleSet.of(List.of(RulePackLoader.load("t.yml", lying)));
        RuleFileException e = assertThrows(RuleFileException.class, () -> ExampleChecker.verify(rules));
        assertEquals("t.yml:25: key 'examples': pass example of rule 't.noun' does not hold:"
                + " expected 'A meat grinder.' but the rule flags 'A [[meat grinder]].'", e.getMessage());
    }

    @Test
    void duplicateIdsAcrossPacksAreRejected() {
        RulePack a = RulePackLoader.load("a.yml", PACK);
        RulePack b = RulePackLoader.load("b.yml", PACK);
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleSet.of(List.of(a, b)));
        assertEquals("b.yml:4: key 'id': duplicate id 't.verb' (already defined at a.yml:4)", e.getMessage());
    }

    @Test
    void ruleSetIsSafeToShareBetweenThreads() {
        String text = "The thug slammed the regime. “A bizarre day,” he said. ".repeat(200);
        List<Finding> expected = linter.lint(text);
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sources.add(Source.of("f" + i, text));
        }
        for (LintResult r : Batch.lint(linter, sources, 4)) {
            assertEquals(expected, r.findings());
        }
        assertTrue(expected.size() >= 600);
    }

    @Test
    void rulesLimitedToSomePartsLookOnlyThere() {
        String pack = String.join("\n",
                "rules:",
                "  - id: h.phrase",
                "    kind: phrase",
                "    category: loaded-language",
                "    severity: warning",
                "    message: '{text}'",
                "    description: Test.",
                "    parts: [headline]",
                "    terms: [regime]",
                "    examples:",
                "      flag: ['The [[regime]] fell.']",
                "      pass: ['The government fell.']",
                "  - id: h.pattern",
                "    kind: pattern",
                "    category: framing",
                "    severity: warning",
                "    message: '{text}'",
                "    description: Test.",
                "    parts: [body]",
                "    pattern: ['the [_ junta]']",
                "    examples:",
                "      flag: ['The [[Bravo junta]] ruled.']",
                "      pass: ['The Bravo army ruled.']",
                "");
        Linter parts = new Linter(RuleSet.of(List.of(RulePackLoader.load("h.yml", pack))));
        List<String> out = new ArrayList<>();
        for (Finding f : parts.lint(Document.parse(
                "# The regime and the Bravo junta\n\nThe regime met the Bravo junta.\n", Format.MARKDOWN))) {
            out.add(f.rule() + ":" + f.text() + "@" + f.start().line());
        }
        assertEquals(List.of("h.phrase:regime@1", "h.pattern:Bravo junta@3"), out);
    }

    private List<String> found(String text) {
        List<String> out = new ArrayList<>();
        for (Finding f : linter.lint(text)) {
            out.add(f.rule() + ":" + f.text());
        }
        return out;
    }
}
