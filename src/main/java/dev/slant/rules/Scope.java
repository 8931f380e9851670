package dev.slant.rules;

import java.util.Locale;

/** Where in the text a rule looks. */
public enum Scope {
    /** Outside direct quotations: the writer's own words. The default. */
    NARRATIVE,
    /** Only inside direct quotations. */
    QUOTES,
    /** Everywhere. */
    ALL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope parse(String label) {
        for (Scope s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return null;
    }

    /** True if a match inside (or outside) a quotation is in this scope. */
    public boolean admits(boolean insideQuotation) {
        switch (this) {
            case NARRATIVE:
                return !insideQuotation;
            case QUOTES:
                return insideQuotation;
            default:
                return true;
        }
    }
}
