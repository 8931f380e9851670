package dev.slant.bench;

import dev.slant.engine.RuleSet;
import dev.slant.rules.RulePack;
import dev.slant.rules.RulePackLoader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Rule packs of N phrase rules, to measure how the cost grows with the number of rules
 * (and not with the number of findings): three terms of one to three made-up words per
 * rule, from syllables the corpus never uses, so they reach deep into the matcher without
 * matching; and, as in real packs, a fixed 50 rules whose first term is a word the corpus
 * does use, so that every size finds the same things.
 */
final class SyntheticPacks {

    private static final String[] SYLLABLES = {"zu", "qe", "wox", "fyn", "jau", "kez", "plo", "yrt", "gub", "cwa",
        "snu", "hek", "vly", "dro", "pux", "zim", "obo", "tej", "nuf", "rak"};
    private static final String[] CORPUS_WORDS = {"budget", "plan", "vote", "report", "bridge", "contract", "tax",
        "storm", "market", "shelter", "strike", "verdict", "pension", "harbour", "festival"};
    private static final int MATCHING_RULES = 50;

    private SyntheticPacks() {
    }

    /** A rule set of {@code rules} phrase rules. */
    static RuleSet of(int rules) {
        Random random = new Random(42);
        StringBuilder yaml = new StringBuilder("rules:\n");
        Set<String> used = new LinkedHashSet<>();
        for (int r = 0; r < rules; r++) {
            Set<String> terms = new LinkedHashSet<>();
            if (r < MATCHING_RULES) {
                terms.add(CORPUS_WORDS[r % CORPUS_WORDS.length] + (r < CORPUS_WORDS.length ? "" : " " + made(random)));
            }
            while (terms.size() < 3) {
                String t = made(random);
                if (used.add(t)) {
                    terms.add(t);
                }
            }
            String first = terms.iterator().next();
            yaml.append("  - id: synthetic.r").append(r).append('\n')
                    .append("    kind: phrase\n    category: synthetic\n    severity: warning\n")
                    .append("    message: 'synthetic rule'\n    description: A synthetic rule for the benchmark.\n")
                    .append("    terms: [").append(String.join(", ", terms)).append("]\n")
                    .append("    examples:\n      flag: ['We saw [[").append(first)
                    .append("]].']\n      pass: ['Nothing here.']\n");
        }
        RulePack pack = RulePackLoader.load("synthetic-" + rules + ".yml", yaml.toString());
        return RuleSet.of(List.of(pack));
    }

    /** One to three made-up words. */
    private static String made(Random random) {
        int words = 1 + random.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            int n = 2 + random.nextInt(2);
            for (int k = 0; k < n; k++) {
                sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
        }
        return sb.toString();
    }
}
