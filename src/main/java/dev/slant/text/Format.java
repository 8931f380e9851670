package dev.slant.text;

import java.util.Locale;

/** The syntax a draft is written in, which decides what of it is prose. */
public enum Format {
    /** Plain text: all of it is prose (front matter aside). */
    TEXT("text"),
    /** CommonMark with optional YAML front matter. */
    MARKDOWN("markdown"),
    /** An HTML page or fragment. */
    HTML("html");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The format a file name implies: .md/.markdown/.mdown are Markdown, .html/.htm HTML, the rest text. */
    public static Format forFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".mdown")) {
            return MARKDOWN;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return HTML;
        }
        return TEXT;
    }
}
