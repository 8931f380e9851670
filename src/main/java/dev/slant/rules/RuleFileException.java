package dev.slant.rules;

/**
 * A problem in a rule file, reported to the user as {@code file:line: key 'k': problem}.
 * A user error (exit code 2), never a stack trace.
 */
public final class RuleFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Origin origin;
    private final String key;
    private final String problem;

    public RuleFileException(Origin origin, String key, String problem) {
        super(origin + ": " + (key == null ? "" : "key '" + key + "': ") + problem);
        this.origin = origin;
        this.key = key;
        this.problem = problem;
    }

    public Origin origin() {
        return origin;
    }

    /** The key at fault, or null when the problem is not about one key. */
    public String key() {
        return key;
    }

    public String problem() {
        return problem;
    }
}
