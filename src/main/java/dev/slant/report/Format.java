package dev.slant.report;

/** The output formats, with the reporter for each. */
public enum Format {
    TEXT, JSON;

    public Reporter reporter(boolean color) {
        return this == JSON ? new JsonReporter() : new TextReporter(color);
    }
}
