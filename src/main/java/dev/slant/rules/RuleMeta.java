package dev.slant.rules;

import dev.slant.text.Part;
import java.util.List;
import java.util.Set;

/**
 * What every rule has, whatever its kind: the keys common to all rule entries.
 *
 * @param id          stable, dotted id ("loaded.descriptor"); never reused
 * @param aliases     former ids that still select this rule
 * @param kind        the rule kind ("phrase")
 * @param category    the family of finding ("loaded-language")
 * @param severity    suggestion, warning or error
 * @param message     one sentence: what is wrong and the neutral alternative; {text} is
 *                    replaced by the matched words
 * @param description why, and which guideline it comes from
 * @param link        a URL with more, or null
 * @param scope       where the rule looks (default: narrative, outside quotations)
 * @param parts       the parts of an article the rule checks (headline, body, caption); empty for all
 * @param enabled     false for rules that run only when enabled by name
 * @param suggestions replacement wording offered to the writer
 * @param examples    sentences that must be flagged, and look-alikes that must not
 * @param origin      the rule file and line that define the rule
 */
public record RuleMeta(String id, List<String> aliases, String kind, String category, Severity severity,
        String message, String description, String link, Scope scope, Set<Part> parts, boolean enabled,
        List<String> suggestions, List<Example> examples, Origin origin) {

    public RuleMeta {
        aliases = List.copyOf(aliases);
        parts = Set.copyOf(parts);
        suggestions = List.copyOf(suggestions);
        examples = List.copyOf(examples);
    }

    /** True if the rule checks this part of an article. */
    public boolean checks(Part part) {
        return parts.isEmpty() || parts.contains(part);
    }

    /** The message for one match: {text} becomes the matched words. */
    public String messageFor(String matched) {
        return message.replace("{text}", matched);
    }
}
