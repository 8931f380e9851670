package dev.slant.eval;

import dev.slant.engine.LintResult;
import dev.slant.engine.RuleSet;
import java.util.List;

/**
 * The scores of one gold file: word and sentence level where the records have loaded
 * spans or labels, attribution where they have attribution spans.
 */
public record Evaluation(String path, int records, WordScore words, SentenceScore sentences,
        AttributionScore attribution) {

    /** Scores {@code results}, which are the lint results of {@code records} in the same order. */
    public static Evaluation of(String path, List<GoldRecord> records, List<LintResult> results, RuleSet rules,
            boolean excludeQuotedGold) {
        WordScore words = new WordScore(rules, excludeQuotedGold);
        SentenceScore sentences = new SentenceScore();
        AttributionScore attribution = new AttributionScore();
        // A file is scored for what any of its records label: a record without loaded spans
        // in a file of loaded spans is copy with no loaded words, not unlabelled copy.
        boolean scoreWords = records.stream().anyMatch(WordScore::applies);
        boolean scoreAttribution = records.stream().anyMatch(AttributionScore::applies);
        for (int i = 0; i < records.size(); i++) {
            GoldRecord record = records.get(i);
            LintResult result = results.get(i);
            if (scoreWords) {
                words.add(record, result.document(), result.findings());
                sentences.add(record, words.wordChoice(result.findings()));
            }
            if (scoreAttribution) {
                attribution.add(record, result.document(), result.findings());
            }
        }
        return new Evaluation(path, records.size(), words.records() > 0 ? words : null,
                sentences.labelled() > 0 ? sentences : null, attribution.records() > 0 ? attribution : null);
    }
}
