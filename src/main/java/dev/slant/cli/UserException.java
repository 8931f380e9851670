package dev.slant.cli;

/**
 * A problem the user can fix (a bad option value, a missing rule file): printed as one
 * line, exit code 2, no stack trace.
 */
final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserException(String message) {
        super(message);
    }
}
