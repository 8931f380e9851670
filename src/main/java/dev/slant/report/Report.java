package dev.slant.report;

import dev.slant.text.Work;
import dev.slant.engine.LintResult;
import dev.slant.rules.RuleMeta;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a reporter prints: the results in output order, their summary, the tool
 * version, how long the run took, and the metadata of the rules that ran (by id; formats
 * such as SARIF describe each rule).
 */
public record Report(String toolVersion, List<LintResult> results, Summary summary, long elapsedMillis,
        Map<String, RuleMeta> rules) {

    public Report {
        results = List.copyOf(results);
        rules = Map.copyOf(rules);
    }

    public static Report of(String toolVersion, List<LintResult> results, long elapsedMillis) {
        return new Report(toolVersion, results, Summary.of(results), elapsedMillis, Map.of());
    }

    public static Report of(String toolVersion, List<LintResult> results, long elapsedMillis,
            Collection<RuleMeta> rules) {
        Map<String, RuleMeta> byId = new TreeMap<>();
        for (RuleMeta m : rules) {
            Work.step();
            byId.putIfAbsent(m.id(), m);
        }
        return new Report(toolVersion, results, Summary.of(results), elapsedMillis, byId);
    }
}
