package dev.slant.engine;

import dev.slant.rules.Severity;

/**
 * What a user's configuration does to the findings of one draft: its rule levels (from the
 * configuration file and the overrides that match the draft), the lowest severity to
 * report, and whether to report suppression directives that silence nothing. Front matter
 * contexts apply after the levels.
 */
public record Policy(Levels levels, Severity minSeverity, boolean reportUnusedDisables) {

    public static final Policy DEFAULT = new Policy(Levels.NONE, Severity.SUGGESTION, false);
}
