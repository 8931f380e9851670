package dev.slant.report;

import dev.slant.engine.Finding;
import dev.slant.rules.Severity;
import java.net.URI;
import java.net.URISyntaxException;

/** Small text helpers shared by the machine-readable reporters. */
final class Messages {

    private Messages() {
    }

    /** The word a format uses for a severity. */
    static <T> T bySeverity(Severity s, T error, T warning, T suggestion) {
        switch (s) {
            case ERROR:
                return error;
            case WARNING:
                return warning;
            default:
                return suggestion;
        }
    }

    /** The finding's message, with its suggestions appended when it has any. */
    static String withSuggestions(Finding f) {
        if (f.suggestions().isEmpty()) {
            return f.message();
        }
        return f.message() + " (suggestion" + (f.suggestions().size() == 1 ? "" : "s") + ": "
                + String.join(" | ", f.suggestions()) + ")";
    }

    /** A path as a relative URI reference, with spaces and non-ASCII characters escaped. */
    static URI uri(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("./")) {
            p = p.substring(2);
        }
        try {
            return new URI(null, null, p, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
