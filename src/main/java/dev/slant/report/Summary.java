package dev.slant.report;

import dev.slant.text.Work;
import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import dev.slant.rules.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a run: files, findings, findings by severity (every severity present, from
 * least to most) and by category (sorted by name).
 */
public record Summary(int files, int unreadable, int findings, Map<Severity, Integer> bySeverity,
        Map<String, Integer> byCategory) {

    public static Summary of(List<LintResult> results) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            Work.step();
            bySeverity.put(s, 0);
        }
        Map<String, Integer> byCategory = new TreeMap<>();
        int findings = 0;
        int unreadable = 0;
        for (LintResult r : results) {
            Work.step();
            if (r.failed()) {
                unreadable++;
            }
            for (Finding f : r.findings()) {
                Work.step();
                findings++;
                bySeverity.merge(f.severity(), 1, Integer::sum);
                byCategory.merge(f.category(), 1, Integer::sum);
            }
        }
        return new Summary(results.size(), unreadable, findings, bySeverity, byCategory);
    }
}
