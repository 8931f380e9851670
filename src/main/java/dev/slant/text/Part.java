package dev.slant.text;

import java.util.Locale;

/**
 * The part of an article a piece of prose belongs to. Rules may apply to some parts only
 * (headline style differs from body copy).
 */
public enum Part {
    /** Headings: Markdown "#" lines and setext headings, HTML h1 to h6. */
    HEADLINE,
    /** Body copy: paragraphs, list items, block quotations; all of a plain text draft. */
    BODY,
    /** Captions: image alt text in Markdown, HTML figcaption. */
    CAPTION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The part with this label, or null. */
    public static Part of(String label) {
        for (Part p : values()) {
            Work.step();
            if (p.label().equals(label)) {
                return p;
            }
        }
        return null;
    }
}
