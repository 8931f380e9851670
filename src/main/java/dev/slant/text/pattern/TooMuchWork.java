package dev.slant.text.pattern;

/**
 * Thrown when a pattern needs more steps on a run of words than ordinary patterns ever do
 * (a guard against patterns that backtrack wildly); the engine reports it as a finding.
 */
public final class TooMuchWork extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TooMuchWork() {
        super("the pattern needs too many steps here", null, false, false);
    }
}
