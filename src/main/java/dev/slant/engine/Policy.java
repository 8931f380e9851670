package dev.slant.engine;

import dev.slant.rules.Severity;

/**
 * What a user's configuration does to the findings of one draft: its rule levels (from the
 * configuration file and the overrides that match the draft), the lowest severity to
 * report, whether to report suppression directives that silence nothing, and how long the
 * draft may take (null: no limit). Front matter contexts apply after the levels. Findings
 * get {@link Fingerprints} unless {@code fingerprints} is false (only the JSON and SARIF
 * reports and baselines read them; hashing each finding costs about 7% of a lint with the
 * launcher's JIT).
 */
public record Policy(Levels levels, Severity minSeverity, boolean reportUnusedDisables, java.time.Duration timeLimit,
        boolean fingerprints) {

    /** How long one draft may take by default: far more than any article needs. */
    public static final java.time.Duration DEFAULT_TIME_LIMIT = java.time.Duration.ofMinutes(5);

    public static final Policy DEFAULT = new Policy(Levels.NONE, Severity.SUGGESTION, false, DEFAULT_TIME_LIMIT);

    /** A policy whose findings get fingerprints. */
    public Policy(Levels levels, Severity minSeverity, boolean reportUnusedDisables, java.time.Duration timeLimit) {
        this(levels, minSeverity, reportUnusedDisables, timeLimit, true);
    }

    /** A policy with the default time limit, whose findings get fingerprints. */
    public Policy(Levels levels, Severity minSeverity, boolean reportUnusedDisables) {
        this(levels, minSeverity, reportUnusedDisables, DEFAULT_TIME_LIMIT);
    }

    /** This policy, with or without fingerprints. */
    public Policy withFingerprints(boolean on) {
        return new Policy(levels, minSeverity, reportUnusedDisables, timeLimit, on);
    }
}
