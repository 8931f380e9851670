package dev.slant.cli;

import static dev.slant.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** slant analyze and slant eval, as users run them. */
class AnalyzeAndEvalTest {

    private static final String ARTICLE = "src/test/resources/cli/attribution.txt";

    @Test
    void analyzeShowsVoicesClaimsQuotesAndAttributions() {
        CliTest.Run r = run("analyze", ARTICLE);
        assertEquals(0, r.code());
        assertEquals(String.join("\n",
                ARTICLE,
                "  1:1     attributed                          The mayor said the bridge would reopen in May.",
                "          cue \"said\"  source \"The mayor\"  content 1:16-1:46",
                "  1:48    writer     claim: figure            Repairs have cost $4 million.",
                "  1:78    attributed                          “We are on time,” Ruiz told reporters.",
                "          cue \"told reporters\"  source \"Ruiz\"  content 1:78-1:95",
                "  quote 1:78-1:95",
                ""), r.out());
    }

    @Test
    void analyzeJsonMatchesThePublishedSchema() throws Exception {
        CliTest.Run r = run("analyze", "--format", "json", ARTICLE, "examples/harbour-report.txt");
        assertEquals(0, r.code());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.newInputStream(Path.of("docs/analyze-format.schema.json"))).validate(json));
        JsonNode first = json.get("files").get(0);
        assertEquals("writer", first.get("sentences").get(1).get("voice").asText());
        assertEquals("figure", first.get("sentences").get(1).get("reasons").get(0).asText());
        assertEquals("The mayor", first.get("attributions").get(0).get("source").get("text").asText());
    }

    @Test
    void evalReportsAttributionScores() {
        CliTest.Run r = run("eval", "src/test/resources/eval/attribution.jsonl");
        assertEquals(0, r.code());
        assertEquals(String.join("\n",
                "src/test/resources/eval/attribution.jsonl: 3 records",
                "  attribution (3 records, overlap match)",
                "    cue      precision 1.000  recall 0.800  F1 0.889  (predicted 4, gold 5)",
                "    source   precision 1.000  recall 0.800  F1 0.889  (predicted 4, gold 5)",
                "    content  precision 1.000  recall 0.800  F1 0.889  (predicted 4, gold 5)",
                "    unattributed-claim findings 2, inside attributed content 1 (50.0%)",
                ""), r.out());
    }

    @Test
    void evalReportsWordAndSentenceScoresByRule() {
        CliTest.Run r = run(CliTest.with(new String[] {"eval", "--by-rule", "--top", "3"},
                CliTest.with(CliTest.PACK, "src/test/resources/eval/loaded.jsonl")));
        assertEquals(0, r.code());
        assertEquals(String.join("\n",
                "src/test/resources/eval/loaded.jsonl: 5 records",
                "  words (5 records, 35 words; flagged = overlapped by a word-choice finding)",
                "    precision 0.600  recall 0.750  F1 0.667  (flagged 5, gold 4)",
                "    word-choice findings 4 (114.3 per 1,000 words), inside quotations 0",
                "    top false positives: grinder (1), meat (1)",
                "    top misses: disaster (1)",
                "    RULE             FINDINGS   WORDS  CORRECT  PRECISION",
                "    test.descriptor         2       2        2      1.000",
                "    test.metaphor           1       2        0      0.000",
                "    test.verb               1       1        1      1.000",
                "  sentences (5 labelled; predicted biased = any word-choice finding)",
                "    precision 0.667  recall 1.000  F1 0.800  (predicted 3, gold 2)",
                ""), r.out());
    }

    @Test
    void evalJsonCarriesTheSameScores() throws Exception {
        CliTest.Run r = run(CliTest.with(new String[] {"eval", "--format", "json"},
                CliTest.with(CliTest.PACK, "src/test/resources/eval/loaded.jsonl")));
        JsonNode words = new ObjectMapper().readTree(r.out()).get("files").get(0).get("words");
        assertEquals(0.6, words.get("precision").asDouble());
        assertEquals(0.75, words.get("recall").asDouble());
        assertEquals("disaster", words.get("topMisses").get(0).get("word").asText());
    }

    @Test
    void evalRejectsMissingAndMalformedFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        CliTest.Run missing = run("eval", "no/such/gold.jsonl");
        assertEquals(2, missing.code());
        assertEquals("slant: cannot read 'no/such/gold.jsonl': no such file\n", missing.err());
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"text\": \"ok\"}\n{\"spans\": []}\n");
        CliTest.Run malformed = run("eval", bad.toString());
        assertEquals(2, malformed.code());
        assertTrue(malformed.err().startsWith("slant: " + bad + ":2: a record needs a \"text\" string"), malformed.err());
    }
}
