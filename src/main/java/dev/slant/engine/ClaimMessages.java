package dev.slant.engine;

import dev.slant.rules.RuleMeta;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of one claim rule's findings. A message is the rule's with {@code {text}}
 * made the sentence and {@code {reasons}} the reasons; when the rule's message has no
 * {@code {text}} (the shipped one has none) it depends on the reasons alone, which are few
 * ordered subsets of the rule's, so it is made once per subset and shared, not built per
 * finding (a claim finding is the commonest kind). Safe to share by threads.
 */
final class ClaimMessages {

    private final RuleMeta meta;
    private final boolean byReasonsAlone; // no {text} in the message
    private final Map<List<String>, String> byReasons = new ConcurrentHashMap<>();

    ClaimMessages(RuleMeta meta) {
        this.meta = meta;
        this.byReasonsAlone = !meta.message().contains("{text}");
    }

    /** The message for a claim in {@code text}, the sentence, for {@code reasons} (in the rule's order). */
    String of(String text, List<String> reasons) {
        if (!byReasonsAlone) {
            return make(meta.messageFor(text), reasons);
        }
        String known = byReasons.get(reasons);
        if (known == null) {
            known = make(meta.message(), reasons);
            byReasons.put(List.copyOf(reasons), known);
        }
        return known;
    }

    private static String make(String message, List<String> reasons) {
        return message.replace("{reasons}", String.join(", ", reasons));
    }
}
