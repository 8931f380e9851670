package dev.slant.text;

import java.util.Locale;

/** Whose words a sentence carries. */
public enum Voice {
    /** The writer's own: no attribution, not a quotation. */
    WRITER,
    /** Attributed to a source by a cue, or carried over from an attributed sentence. */
    ATTRIBUTED,
    /** Entirely inside a direct quotation. */
    QUOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
