package dev.slant.report;

/** The output formats, with the reporter for each. */
public enum Format {
    TEXT, JSON, SARIF, GITHUB, CHECKSTYLE, JUNIT, RDJSON;

    public Reporter reporter(boolean color) {
        return reporter(color, false);
    }

    /** True if the format prints each finding's fingerprint (the others never read it). */
    public boolean printsFingerprints() {
        return this == JSON || this == SARIF;
    }

    /** The reporter; {@code quiet} leaves out the summary line of text output. */
    public Reporter reporter(boolean color, boolean quiet) {
        switch (this) {
            case JSON:
                return new JsonReporter();
            case SARIF:
                return new SarifReporter();
            case GITHUB:
                return new GithubReporter();
            case CHECKSTYLE:
                return new CheckstyleReporter();
            case JUNIT:
                return new JunitReporter();
            case RDJSON:
                return new RdjsonReporter();
            default:
                return new TextReporter(color, !quiet);
        }
    }
}
