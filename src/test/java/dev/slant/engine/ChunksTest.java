package dev.slant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.rules.BuiltinPacks;
import dev.slant.text.Format;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Large drafts linted in parts find exactly what they find whole, at the same places. */
class ChunksTest {

    /** About {@code size} characters of paragraphs, some of them quotations running over paragraphs. */
    private static String article(int size) {
        String[] paragraphs = {
            "The diminutive mayor touted the plan on Friday, and 12,000 people signed the petition.",
            "“The plan is a bizarre show of force,” said Ana Ruiz, who leads the tenants’ union.",
            "“We will keep marching until the council listens.",
            "“And we will not be silenced by a so-called reform,” she added.",
            "Critics say the regime has done nothing to stop the spending spree. According to the ministry, "
                    + "the budget grew by 3.9% in 2019.",
            "Zoë Müller, 41, of Łódź, blasted the notorious contract as a bloodbath for taxpayers.",
        };
        StringBuilder sb = new StringBuilder(size + 1_000);
        int i = 0;
        while (sb.length() < size) {
            sb.append(paragraphs[i % paragraphs.length]).append(" (").append(i).append(")\n\n");
            i++;
        }
        return sb.toString();
    }

    @Test
    void partsFindWhatTheWholeFinds() {
        String text = article(Chunks.THRESHOLD + 500_000);
        assertTrue(Chunks.apply(text, Format.TEXT));
        assertTrue(Chunks.starts(text).size() >= 2);
        Linter linter = new Linter(RuleSet.of(BuiltinPacks.load()).select(r -> r.meta().enabled()));
        Source s = Source.of("big.txt", text);
        LintResult whole = Batch.lint(List.of(new Batch.Task(s, linter, Policy.DEFAULT, false)), 2, r -> { }).get(0);
        LintResult parts = Batch.lint(List.of(new Batch.Task(s, linter, Policy.DEFAULT, true)), 2, r -> { }).get(0);
        assertNull(parts.document(), "the parts are not kept");
        assertEquals(whole.findings().size(), parts.findings().size());
        for (int i = 0; i < whole.findings().size(); i++) {
            Finding w = whole.findings().get(i);
            Finding p = parts.findings().get(i);
            assertEquals(w.rule() + " " + w.start() + " " + w.end() + " " + w.text(),
                    p.rule() + " " + p.start() + " " + p.end() + " " + p.text());
            assertEquals(w.span(), p.span());
        }
        Set<String> fingerprints = new HashSet<>();
        parts.findings().forEach(f -> fingerprints.add(f.fingerprint()));
        assertEquals(parts.findings().size(), fingerprints.size(), "fingerprints stay distinct across parts");
    }

    @Test
    void withoutFingerprintsThePartsFindTheSameAndHashNothing() {
        String text = article(Chunks.THRESHOLD + 500_000);
        Linter linter = new Linter(RuleSet.of(BuiltinPacks.load()).select(r -> r.meta().enabled()));
        Source s = Source.of("big.txt", text);
        LintResult with = Batch.lint(List.of(new Batch.Task(s, linter, Policy.DEFAULT, true)), 2, r -> { }).get(0);
        LintResult without = Batch.lint(List.of(new Batch.Task(s, linter, Policy.DEFAULT.withFingerprints(false), true)),
                2, r -> { }).get(0);
        assertEquals(with.findings().stream().map(f -> f.withFingerprint(null)).toList(), without.findings());
    }

    @Test
    void directivesAreFoundWhereverTheyAre() {
        for (String text : new String[] {"slant-disable", "x slant-enable y", "slant-slant-enable", "slant-\nslant-disable"}) {
            assertTrue(Chunks.hasDirective(text), text);
        }
        for (String text : new String[] {"", "slant-", "slant-disabl", "slant enable", "slant-enables-not".substring(0, 11)}) {
            assertFalse(Chunks.hasDirective(text), text);
        }
    }

    @Test
    void partsNeverStartInsideARunningQuotation() {
        String text = article(Chunks.THRESHOLD + 500_000);
        for (int start : Chunks.starts(text)) {
            if (start > 0) {
                assertEquals("\n\n", text.substring(start - 2, start));
                assertFalse("“\"".indexOf(text.charAt(start)) >= 0, "a part starts at a quotation: " + start);
            }
        }
    }

    @Test
    void smallMarkedUpOrDirectedDraftsStayWhole() {
        String big = article(Chunks.THRESHOLD + 10);
        assertFalse(Chunks.apply(article(1_000), Format.TEXT));
        assertFalse(Chunks.apply(big, Format.MARKDOWN));
        assertFalse(Chunks.apply("---\ndesk: metro\n---\n" + big, Format.TEXT));
        assertFalse(Chunks.apply(big + "<!-- slant-disable puffery -->", Format.TEXT));
        assertEquals(List.of(0), Chunks.starts("x".repeat(Chunks.THRESHOLD + 10)), "no blank line: one part");
    }
}
