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

    /** Text safe for a terminal or a log: control characters shown as U+FFFD. */
    static String visible(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                StringBuilder sb = new StringBuilder(s.length());
                s.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? 0xFFFD : cp));
                return sb.toString();
            }
        }
        return s;
    }

    /** The finding's message, with its suggestions appended when it has any. */
    static String withSuggestions(Finding f) {
        if (f.suggestions().isEmpty()) {
            return visible(f.message());
        }
        return visible(f.message() + " (suggestion" + (f.suggestions().size() == 1 ? "" : "s") + ": "
                + String.join(" | ", f.suggestions()) + ")");
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
