package dev.slant.engine;

import dev.slant.rules.Severity;
import dev.slant.text.Position;
import dev.slant.text.Span;
import java.util.List;

/**
 * One thing a rule found.
 *
 * @param rule        the rule id
 * @param category    the rule's category
 * @param severity    the rule's severity
 * @param message     what is wrong, with the matched words filled in
 * @param span        where, as UTF-16 offsets into the document text
 * @param start       the first character's position (code points)
 * @param end         the position just after the last character (exclusive)
 * @param text        the matched text
 * @param suggestions replacement wording, possibly empty
 * @param fingerprint identifies the finding across edits elsewhere in the draft (see
 *                    {@link Fingerprints}); null until the linter assigns it, and when the
 *                    {@link Policy} asks for none
 */
public record Finding(String rule, String category, Severity severity, String message, Span span,
        Position start, Position end, String text, List<String> suggestions, String fingerprint) {

    public Finding {
        suggestions = List.copyOf(suggestions);
    }

    /** A finding without a fingerprint yet. */
    public Finding(String rule, String category, Severity severity, String message, Span span,
            Position start, Position end, String text, List<String> suggestions) {
        this(rule, category, severity, message, span, start, end, text, suggestions, null);
    }

    public Finding withFingerprint(String fp) {
        return new Finding(rule, category, severity, message, span, start, end, text, suggestions, fp);
    }
}
