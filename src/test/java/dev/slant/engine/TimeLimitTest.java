package dev.slant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.rules.BuiltinPacks;
import dev.slant.rules.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft that runs past its time limit is left out with an error; the next one is unaffected. */
class TimeLimitTest {

    @Test
    void aDraftPastItsLimitIsLeftOutAndTheNextIsChecked() {
        Linter linter = new Linter(RuleSet.of(BuiltinPacks.load()).select(r -> r.meta().enabled()));
        Source small = Source.of("small.txt", "The diminutive mayor spoke.\n");
        Source big = Source.of("big.txt", "The notorious mayor blasted critics on Friday.\n\n".repeat(60_000));
        Policy tight = new Policy(Levels.NONE, Severity.SUGGESTION, false, Duration.ofMillis(100));
        Batch.lint(List.of(new Batch.Task(small, linter, Policy.DEFAULT, true)), 1, r -> { }); // warm up
        List<LintResult> results = Batch.lint(List.of(new Batch.Task(big, linter, tight, true),
                new Batch.Task(small, linter, tight, true), new Batch.Task(big, linter, Policy.DEFAULT, false)), 1,
                r -> { });
        assertTrue(results.get(0).failed());
        assertEquals("took longer than 100 ms; left out (allow more with --timeout SECONDS)", results.get(0).error());
        assertFalse(results.get(1).failed(), "the flag is cleared for the next draft: " + results.get(1).error());
        assertEquals(1, results.get(1).findings().size());
        assertFalse(results.get(2).failed(), "no limit hit with the default policy");
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
