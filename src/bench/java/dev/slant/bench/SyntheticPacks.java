package dev.slant.bench;

import dev.slant.engine.RuleSet;
import dev.slant.rules.RulePack;
import dev.slant.rules.RulePackLoader;
import java.util.List;
import java.util.Random;

/**
 * Rule packs of N phrase rules (one to three made-up or corpus words per term, some of
 * them words the corpus uses, so that the matcher finds things), to measure how the cost
 * grows with the number of rules.
 */
final class SyntheticPacks {

    private static final String[] SYLLABLES = {"ka", "lo", "mer", "tin", "ve", "dra", "sol", "an", "quo", "ri",
        "bel", "ton", "gu", "ste", "mar", "ix", "pel", "do", "har", "vin"};
    private static final String[] CORPUS_WORDS = {"budget", "plan", "vote", "report", "bridge", "contract", "tax",
        "storm", "market", "approved", "delayed", "signed", "ministry", "council"};

    private SyntheticPacks() {
    }

    /** A rule set of {@code rules} phrase rules with a few terms each. */
    static RuleSet of(int rules) {
        Random random = new Random(rules);
        StringBuilder yaml = new StringBuilder("rules:\n");
        for (int r = 0; r < rules; r++) {
            yaml.append("  - id: synthetic.r").append(r).append('\n')
                    .append("    kind: phrase\n    category: synthetic\n    severity: warning\n")
                    .append("    message: 'synthetic rule'\n    description: A synthetic rule for the benchmark.\n")
                    .append("    terms: [");
            java.util.Set<String> terms = new java.util.LinkedHashSet<>();
            while (terms.size() < 3) {
                terms.add(term(random, r));
            }
            yaml.append(String.join(", ", terms)).append("]\n")
                    .append("    examples:\n      flag: ['We saw [[").append(terms.iterator().next())
                    .append("]].']\n      pass: ['Nothing here.']\n");
        }
        RulePack pack = RulePackLoader.load("synthetic-" + rules + ".yml", yaml.toString());
        return RuleSet.of(List.of(pack));
    }

    private static String term(Random random, int rule) { // rule: kept for readable call sites
        int words = 1 + random.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            if (random.nextInt(4) == 0) {
                sb.append(CORPUS_WORDS[random.nextInt(CORPUS_WORDS.length)]);
            } else {
                int n = 2 + random.nextInt(2);
                for (int k = 0; k < n; k++) {
                    sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
            }
        }
        return sb.toString();
    }
}
