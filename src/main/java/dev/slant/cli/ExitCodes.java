package dev.slant.cli;

/**
 * The exit codes, a documented contract (README, --help):
 * 0 nothing at or above --fail-on; 1 findings at or above it; 2 a usage error, a bad rule
 * file, an unreadable input or an internal error.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    /** What --help prints under "Exit codes:". */
    static java.util.Map<String, String> help() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("0", "Nothing at or above the --fail-on severity.");
        m.put("1", "Findings at or above the --fail-on severity.");
        m.put("2", "Usage error, bad rule file, unreadable input or internal error.");
        return m;
    }

    private ExitCodes() {
    }
}
