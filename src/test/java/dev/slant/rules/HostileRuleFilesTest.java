package dev.slant.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.engine.Finding;
import dev.slant.engine.Linter;
import dev.slant.engine.RuleSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule files that arrive from strangers: no object is ever built from YAML, alias bombs and
 * tags are refused at once with the line, and patterns cannot backtrack without bound.
 */
class HostileRuleFilesTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5); // a guard against hangs, not a timing

    private static RuleFileException refused(String yaml) {
        return assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(RuleFileException.class, () -> RulePackLoader.load("hostile.yml", yaml)));
    }

    @Test
    void aBillionLaughsIsRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(",",
                    java.util.Collections.nCopies(9, "*" + prev))).append("]\n");
            prev = c;
        }
        yaml.append("rules: [*i]\n");
        RuleFileException e = refused(yaml.toString());
        assertTrue(e.getMessage().startsWith("hostile.yml:"), e.getMessage());
        assertTrue(e.getMessage().contains("aliases"), e.getMessage());
    }

    @Test
    void classTagsAreRefused() {
        String yaml = RulePackLoaderTest.GOOD_RULE.replace("    description: A test rule.",
                "    description: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]");
        RuleFileException e = refused(yaml);
        assertEquals("hostile.yml:7: invalid YAML: Global tag is not allowed: "
                + "tag:yaml.org,2002:javax.script.ScriptEngineManager", e.getMessage());
    }

    @Test
    void localTagsAreRefusedToo() {
        String yaml = RulePackLoaderTest.GOOD_RULE.replace("    description: A test rule.",
                "    description: !custom A test rule.");
        assertEquals("hostile.yml:7: YAML tags are not allowed (found !custom); write plain values",
                refused(yaml).getMessage());
    }

    @Test
    void deepNestingIsRefused() {
        String yaml = "rules: " + "[".repeat(500) + "]".repeat(500) + "\n";
        assertTrue(refused(yaml).getMessage().startsWith("hostile.yml:1: invalid YAML"));
    }

    @Test
    void aRepeatInsideARepeatIsRefusedWithItsColumn() {
        String yaml = RulePackLoaderTest.GOOD_RULE.replace("    kind: phrase", "    kind: pattern")
                .replace("    terms: [bizarre]", "    pattern: '(_+)* [bizarre]'");
        RuleFileException e = refused(yaml);
        assertTrue(e.getMessage().contains("col 5") || e.getMessage().contains(":5:") || e.getMessage().contains("column 5"),
                e.getMessage());
        assertTrue(e.getMessage().contains("a repeat of something that repeats"), e.getMessage());
    }

    /**
     * A pattern of many optional words backtracks 2^n ways; the step budget stops it and says so.
     * The sentence has "zzz", which the pattern needs, after a comma: without it the pattern
     * cannot match, and is not tried at all (the second part).
     */
    @Test
    void aWildlyBacktrackingPatternGivesUpWithAFinding() {
        String pattern = "_? ".repeat(24) + "[bizarre] zzz";
        String yaml = RulePackLoaderTest.GOOD_RULE.replace("    kind: phrase", "    kind: pattern")
                .replace("    terms: [bizarre]", "    pattern: '" + pattern + "'")
                .replace("flag: ['A [[bizarre]] show.']", "flag: ['A [[bizarre]] zzz show.']");
        RulePack pack = RulePackLoader.load("hostile.yml", yaml);
        Linter linter = new Linter(RuleSet.of(List.of(pack)));
        String sentence = "The " + "very ".repeat(60) + "bizarre show went on, zzz.";
        List<Finding> findings = assertTimeoutPreemptively(QUICKLY, () -> linter.lint(sentence));
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().startsWith("slant gave up matching the pattern"), findings.get(0).message());
        String withoutZzz = "The " + "very ".repeat(60) + "bizarre show went on.";
        assertEquals(List.of(), assertTimeoutPreemptively(QUICKLY, () -> linter.lint(withoutZzz)));
    }
}
