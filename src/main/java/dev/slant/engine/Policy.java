package dev.slant.engine;

import dev.slant.rules.Severity;

/**
 * What a user's configuration does to the findings of one draft: its rule levels (from the
 * configuration file and the overrides that match the draft) and the lowest severity to
 * report. Front matter contexts apply after these.
 */
public record Policy(Levels levels, Severity minSeverity) {

    public static final Policy DEFAULT = new Policy(Levels.NONE, Severity.SUGGESTION);
}
