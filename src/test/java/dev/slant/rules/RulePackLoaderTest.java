package dev.slant.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loader rejects bad rule files with file:line and key. */
class RulePackLoaderTest {

    static final String GOOD_RULE = String.join("\n",
            "rules:",
            "  - id: test.rule",
            "    kind: phrase",
            "    category: loaded-language",
            "    severity: warning",
            "    message: '\"{text}\" is loaded'",
            "    description: A test rule.",
            "    terms: [bizarre]",
            "    examples:",
            "      flag: ['A [[bizarre]] show.']",
            "      pass: ['A strange show.']",
            "");

    @Test
    void loadsAGoodRule() {
        RulePack pack = RulePackLoader.load("test.yml", GOOD_RULE);
        assertEquals("test", pack.name());
        PhraseRule rule = (PhraseRule) pack.rules().get(0);
        assertEquals("test.rule", rule.id());
        assertEquals(Severity.WARNING, rule.meta().severity());
        assertEquals(Scope.NARRATIVE, rule.meta().scope());
        assertEquals(new Origin("test.yml", 2), rule.meta().origin());
        assertEquals(List.of(new Span(2, 9)), rule.meta().examples().get(0).expected());
        assertEquals("A bizarre show.", rule.meta().examples().get(0).text());
    }

    @Test
    void rejectsUnknownKeys() {
        RuleFileException e = fails(GOOD_RULE.replace("    terms:", "    colour: red\n    terms:"));
        assertEquals("test.yml:8: key 'colour': unknown key; expected one of aliases, category, description,"
                + " enabled, examples, exceptions, fix, id, inflect, kind, link, message, parts, scope, severity,"
                + " suggestions, terms", e.getMessage());
    }

    @Test
    void rejectsWrongTypes() {
        assertEquals("test.yml:5: key 'severity': expected suggestion, warning or error, got 'warn'",
                fails(GOOD_RULE.replace("severity: warning", "severity: warn")).getMessage());
        assertEquals("test.yml:8: key 'terms': expected a list, got 'bizarre'",
                fails(GOOD_RULE.replace("terms: [bizarre]", "terms: bizarre")).getMessage());
        assertEquals("test.yml:6: key 'message': expected text, got a list",
                fails(GOOD_RULE.replace("message: '\"{text}\" is loaded'", "message: [a, b]")).getMessage());
    }

    @Test
    void rejectsDuplicateIds() {
        String twice = GOOD_RULE + GOOD_RULE.substring("rules:\n".length());
        assertEquals("test.yml:12: key 'id': duplicate id 'test.rule' (first defined at line 2)",
                fails(twice).getMessage());
    }

    @Test
    void rejectsDuplicateKeys() {
        assertEquals("test.yml:6: key 'severity': duplicate key",
                fails(GOOD_RULE.replace("    message:", "    severity: error\n    message:")).getMessage());
    }

    @Test
    void rejectsEmptyTermLists() {
        assertEquals("test.yml:8: key 'terms': must list at least one term",
                fails(GOOD_RULE.replace("terms: [bizarre]", "terms: []")).getMessage());
    }

    @Test
    void rejectsMissingKeys() {
        assertEquals("test.yml:2: key 'description': required key is missing",
                fails(GOOD_RULE.replace("    description: A test rule.\n", "")).getMessage());
    }

    @Test
    void rejectsBadMarkers() {
        assertTrue(fails(GOOD_RULE.replace("'A [[bizarre]] show.'", "'A bizarre show.'")).getMessage()
                .startsWith("test.yml:10: key 'flag': a flag example must mark the expected span"));
        assertTrue(fails(GOOD_RULE.replace("'A [[bizarre]] show.'", "'A [[bizarre show.'")).getMessage()
                .startsWith("test.yml:10: key 'flag': unbalanced or empty [[ ]] marker"));
    }

    @Test
    void rejectsPunctuationInTerms() {
        assertEquals("test.yml:8: key 'terms': term 'odd, term' may hold only words and spaces, found ','",
                fails(GOOD_RULE.replace("terms: [bizarre]", "terms: ['odd, term']")).getMessage());
    }

    @Test
    void patternErrorsNameFileLineAndColumn() {
        String pattern = GOOD_RULE.replace("kind: phrase", "kind: pattern").replace("terms: [bizarre]",
                "pattern: 'the [bizarre @nosuch]'");
        assertEquals("test.yml:8: key 'pattern': column 14 of the pattern: unknown word class @nosuch",
                fails(pattern).getMessage());
        String syntax = GOOD_RULE.replace("kind: phrase", "kind: pattern").replace("terms: [bizarre]",
                "pattern:\n      - 'bizarre'\n      - 'the (bizarre'");
        assertEquals("test.yml:10: key 'pattern': column 13 of the pattern: missing ')' at '<EOF>'",
                fails(syntax).getMessage());
    }

    @Test
    void packClassesFeedPatterns() {
        String yaml = "classes:\n  shows: [parade, show]\n" + GOOD_RULE.replace("kind: phrase", "kind: pattern")
                .replace("terms: [bizarre]", "pattern: '[bizarre] @shows'");
        PatternRule rule = (PatternRule) RulePackLoader.load("test.yml", yaml).rules().get(0);
        assertEquals("[bizarre] @shows", rule.tokenPatterns().get(0).source());
    }

    @Test
    void rejectsBadContexts() {
        assertEquals("test.yml:3: key 'bizarre': expected off, on, suggestion, warning or error, got 'loud'",
                fails("contexts:\n  - when: {type: opinion}\n    set: {bizarre: loud}\n").getMessage());
        assertEquals("test.yml:2: key 'unless': unknown key; expected one of set, when",
                fails("contexts:\n  - unless: {type: opinion}\n").getMessage());
    }

    @Test
    void reportsYamlSyntaxErrorsWithALine() {
        RuleFileException e = fails("rules:\n  - id: [unclosed\n");
        assertEquals(3, e.origin().line());
        assertTrue(e.getMessage().startsWith("test.yml:3: invalid YAML: "), e.getMessage());
    }

    @Test
    void neverConstructsJavaObjects() {
        RuleFileException e = fails("rules: !!javax.script.ScriptEngineManager [x]\n");
        assertTrue(e.getMessage().startsWith("test.yml:1: invalid YAML: Global tag is not allowed"), e.getMessage());
    }

    private static RuleFileException fails(String yaml) {
        return assertThrows(RuleFileException.class, () -> RulePackLoader.load("test.yml", yaml));
    }
}
