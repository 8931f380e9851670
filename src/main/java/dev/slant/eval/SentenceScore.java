package dev.slant.eval;

import dev.slant.engine.Finding;
import java.util.List;

/**
 * Sentence-level scores on records with a label: a record is predicted biased when it
 * has a word-choice finding; precision and recall are for the "biased" label.
 */
public final class SentenceScore {

    public static final String BIASED = "biased";

    private long labelled;
    private long truePositive;
    private long falsePositive;
    private long falseNegative;

    public void add(GoldRecord record, List<Finding> wordFindings) {
        if (record.label() == null) {
            return;
        }
        labelled++;
        boolean predicted = !wordFindings.isEmpty();
        boolean gold = BIASED.equals(record.label());
        if (predicted && gold) {
            truePositive++;
        } else if (predicted) {
            falsePositive++;
        } else if (gold) {
            falseNegative++;
        }
    }

    public long labelled() {
        return labelled;
    }

    public long goldBiased() {
        return truePositive + falseNegative;
    }

    public long predictedBiased() {
        return truePositive + falsePositive;
    }

    public double precision() {
        return predictedBiased() == 0 ? 0 : (double) truePositive / predictedBiased();
    }

    public double recall() {
        return goldBiased() == 0 ? 0 : (double) truePositive / goldBiased();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
