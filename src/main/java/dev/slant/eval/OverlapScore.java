package dev.slant.eval;

import dev.slant.text.Span;
import java.util.List;

/**
 * Precision and recall by overlap: a predicted span is correct if it overlaps some gold
 * span; a gold span is found if some predicted span overlaps it.
 */
public final class OverlapScore {

    private long predicted;
    private long predictedCorrect;
    private long gold;
    private long goldFound;

    public void add(List<Span> predictions, List<Span> golds) {
        predicted += predictions.size();
        gold += golds.size();
        for (Span p : predictions) {
            if (golds.stream().anyMatch(p::overlaps)) {
                predictedCorrect++;
            }
        }
        for (Span g : golds) {
            if (predictions.stream().anyMatch(g::overlaps)) {
                goldFound++;
            }
        }
    }

    public long predicted() {
        return predicted;
    }

    public long gold() {
        return gold;
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) predictedCorrect / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) goldFound / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
