package dev.slant.rules;

import java.util.Locale;

/** How much a finding matters, from least to most. */
public enum Severity {
    SUGGESTION, WARNING, ERROR;

    /** The lower-case name used in rule files, options and output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label; returns null if it is not one. */
    public static Severity parse(String label) {
        for (Severity s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return null;
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
