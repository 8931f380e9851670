package dev.slant.text;

/**
 * A count of loop steps, for tests that check the work grows linearly with the input
 * (counters, not timings, which are flaky on shared machines). Every loop of the text
 * layer, the engine and the reporters calls {@link #step}. Counting is on only when the
 * JVM runs with {@code -Dslant.countWork=true} (the test suite does); otherwise the JIT
 * removes the calls. Not thread-safe: count one thread at a time.
 */
public final class Work {

    private static final boolean ON = Boolean.getBoolean("slant.countWork");
    private static long steps;

    private Work() {
    }

    public static void step() {
        if (ON) {
            steps++;
        }
    }

    /** The steps counted so far (0 when counting is off). */
    public static long steps() {
        return steps;
    }

    public static boolean counting() {
        return ON;
    }
}
