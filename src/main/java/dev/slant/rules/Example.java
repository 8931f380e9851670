package dev.slant.rules;

import dev.slant.text.Span;
import java.util.List;

/**
 * An example sentence of a rule. A {@code flag} example must produce findings of the rule
 * at exactly the {@code expected} spans (written in the rule file between [[ and ]]);
 * a pass example must produce none.
 *
 * @param text     the sentence with the [[ ]] markers removed
 * @param expected the marked spans, as offsets into {@code text}
 */
public record Example(boolean flag, String text, List<Span> expected, Origin origin) {

    public Example {
        expected = List.copyOf(expected);
    }

    /** The sentence as written in the rule file, with its markers. */
    public String marked() {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Span s : expected) {
            sb.append(text, at, s.start()).append("[[").append(text, s.start(), s.end()).append("]]");
            at = s.end();
        }
        return sb.append(text.substring(at)).toString();
    }
}
