package dev.slant.engine;

import dev.slant.rules.Severity;

/**
 * What a user's configuration does to the findings of one draft: its rule levels (from the
 * configuration file and the overrides that match the draft), the lowest severity to
 * report, whether to report suppression directives that silence nothing, and how long the
 * draft may take (null: no limit). Front matter contexts apply after the levels.
 */
public record Policy(Levels levels, Severity minSeverity, boolean reportUnusedDisables, java.time.Duration timeLimit) {

    /** How long one draft may take by default: far more than any article needs. */
    public static final java.time.Duration DEFAULT_TIME_LIMIT = java.time.Duration.ofMinutes(5);

    public static final Policy DEFAULT = new Policy(Levels.NONE, Severity.SUGGESTION, false, DEFAULT_TIME_LIMIT);

    /** A policy with the default time limit. */
    public Policy(Levels levels, Severity minSeverity, boolean reportUnusedDisables) {
        this(levels, minSeverity, reportUnusedDisables, DEFAULT_TIME_LIMIT);
    }
}
