package dev.slant.report;

import dev.slant.engine.LintResult;
import java.util.List;

/**
 * Everything a reporter prints: the results in output order, their summary, the tool
 * version and how long the run took.
 */
public record Report(String toolVersion, List<LintResult> results, Summary summary, long elapsedMillis) {

    public Report {
        results = List.copyOf(results);
    }

    public static Report of(String toolVersion, List<LintResult> results, long elapsedMillis) {
        return new Report(toolVersion, results, Summary.of(results), elapsedMillis);
    }
}
