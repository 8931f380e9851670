package dev.slant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.rules.BuiltinPacks;
import dev.slant.rules.ClaimRule;
import dev.slant.rules.Origin;
import dev.slant.rules.Rule;
import dev.slant.rules.RuleMeta;
import dev.slant.rules.Scope;
import dev.slant.rules.Severity;
import dev.slant.text.pattern.WordFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ClaimMessages} against the message the engine built per finding before it
 * shared them: the rule's message with {@code {text}} made the sentence, then {@code
 * {reasons}} the reasons joined, for messages with and without {@code {text}}, each
 * reasons list asked for twice.
 */
class ClaimMessagesTest {

    private static RuleMeta meta(String message) {
        return new RuleMeta("t.claim", List.of(), "claim", "t", Severity.SUGGESTION, message, "", null,
                Scope.NARRATIVE, Set.of(), true, List.of(), List.of(), new Origin("t.yml", 1));
    }

    /** How {@link ClaimCheck} made a message before {@link ClaimMessages}. */
    private static String old(RuleMeta meta, String text, List<String> reasons) {
        return meta.messageFor(text).replace("{reasons}", String.join(", ", reasons));
    }

    @Test
    void sameMessagesAsBuiltPerFinding() {
        List<List<String>> reasonLists = List.of(List.of("a figure"), List.of("a figure", "a cause"),
                List.of("a cause", "a figure"), List.of(), List.of("{text}"));
        List<String> texts = List.of("Taxes rose 40%.", "It said {reasons} twice.", "");
        for (String message : List.of("Claim ({reasons}) with no source", "'{text}': {reasons}",
                "{reasons} and {reasons}", "no placeholders")) {
            RuleMeta meta = meta(message);
            ClaimMessages messages = new ClaimMessages(meta);
            for (int round = 0; round < 2; round++) {
                for (List<String> reasons : reasonLists) {
                    for (String text : texts) {
                        assertEquals(old(meta, text, reasons), messages.of(text, new ArrayList<>(reasons)),
                                message + " / " + text + " / " + reasons);
                    }
                }
            }
        }
    }

    @Test
    void numberWordFilterKeepsEveryNumberWord() throws IOException {
        List<ClaimRule> claims = new ArrayList<>();
        for (Rule r : RuleSet.of(BuiltinPacks.load()).rules()) {
            if (r instanceof ClaimRule) {
                claims.add((ClaimRule) r);
            }
        }
        assertTrue(!claims.isEmpty());
        WordFilter filter = WordMarks.numberWordFilter(claims);
        for (ClaimRule rule : claims) {
            for (String word : rule.numberWords()) {
                assertTrue(filter.mayHave(word), word);
            }
        }
    }
}
