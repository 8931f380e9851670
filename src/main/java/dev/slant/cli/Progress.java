package dev.slant.cli;

import dev.slant.engine.LintResult;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A progress line on stderr for long runs on a terminal: files done of the total and the
 * rate, redrawn at most five times a second, and erased at the end. Nothing is written
 * for short runs, or when stderr is not a terminal (CI logs stay clean).
 */
final class Progress implements Consumer<LintResult> {

    private static final long FIRST_AFTER_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final int total;
    private final long firstAfter;
    private final long every;
    private final long started = System.nanoTime();
    private int done;
    private long lastDrawn;
    private int width;

    /** A progress line shown from {@code firstAfter} nanoseconds on, redrawn at most every {@code every}. */
    Progress(PrintWriter err, int total, long firstAfter, long every) {
        this.err = err;
        this.total = total;
        this.firstAfter = firstAfter;
        this.every = every;
    }

    /** A progress line, or one that does nothing when it should not show. */
    static Consumer<LintResult> of(PrintWriter err, int total, boolean quiet) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return quiet || !terminal || total < 2 ? r -> { } : new Progress(err, total, FIRST_AFTER_NANOS, EVERY_NANOS);
    }

    @Override
    public synchronized void accept(LintResult r) {
        done++;
        long now = System.nanoTime();
        if (now - started < firstAfter || (lastDrawn != 0 && now - lastDrawn < every)) {
            if (done == total && width > 0) {
                clear();
            }
            return;
        }
        lastDrawn = now;
        double seconds = (now - started) / 1e9;
        String line = String.format(Locale.ROOT, "slant: %d/%d files, %.0f files/s", done, total, done / seconds);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        width = line.length();
        if (done == total) {
            clear();
        }
        err.flush();
    }

    private void clear() {
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
        width = 0;
    }
}
