package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.text.Document;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Lints many sources on a pool of threads; results come back in the sources' order. */
public final class Batch {

    private Batch() {
    }

    /**
     * One source to lint, with the linter and policy that apply to it. A {@code lean} task
     * keeps no {@link dev.slant.text.Document} in its result (reports need only the lines,
     * and a directory of thousands of drafts must fit in memory), and a very large
     * plain-text draft may be linted in parts (see {@link Chunks}).
     */
    public record Task(Source source, Linter linter, Policy policy, boolean lean) {

        public Task(Source source, Linter linter, Policy policy) {
            this(source, linter, policy, false);
        }
    }

    /** Lints the sources with one linter and the default policy. */
    public static List<LintResult> lint(Linter linter, List<Source> sources, int threads) {
        List<Task> tasks = new ArrayList<>();
        for (Source s : sources) {
            Work.step();
            tasks.add(new Task(s, linter, Policy.DEFAULT));
        }
        return lint(tasks, threads, r -> { });
    }

    /**
     * Lints the tasks on up to {@code threads} threads; {@code done} hears of each result as it
     * is ready (from worker threads, in any order). Results come back in task order.
     */
    public static List<LintResult> lint(List<Task> tasks, int threads, Consumer<LintResult> done) {
        if (threads <= 1 || tasks.size() <= 1) {
            List<LintResult> out = new ArrayList<>();
            for (Task t : tasks) {
                Work.step();
                LintResult r = lintOne(t, threads);
                done.accept(r);
                out.add(r);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, "slant-lint");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<LintResult>> futures = new ArrayList<>();
            for (Task t : tasks) {
                Work.step();
                futures.add(pool.submit(() -> {
                    LintResult r = lintOne(t, 1);
                    done.accept(r);
                    return r;
                }));
            }
            List<LintResult> out = new ArrayList<>();
            for (Future<LintResult> f : futures) {
                Work.step();
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause; // out of memory, above all: Main says what to do
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Lints one task; a large draft in parts uses up to {@code threads} threads. */
    /** How the error of a draft that ran out of time begins. */
    public static final String TOOK_LONGER = "took longer than ";

    /** Interrupts drafts that run past their time limit. */
    private static final java.util.concurrent.ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "slant-timer");
                t.setDaemon(true);
                return t;
            });

    /** Lints one task within its policy's time limit; a large draft in parts uses up to {@code threads} threads. */
    static LintResult lintOne(Task task, int threads) {
        java.time.Duration limit = task.policy().timeLimit();
        if (limit == null) {
            return lintUnlimited(task, threads);
        }
        Thread worker = Thread.currentThread();
        java.util.concurrent.ScheduledFuture<?> alarm = TIMER.schedule(worker::interrupt, limit.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            return lintUnlimited(task, threads);
        } catch (dev.slant.text.Deadline.Exceeded e) {
            return new LintResult(task.source().path(), null, List.of(), TOOK_LONGER + seconds(limit)
                    + "; left out (allow more with --timeout SECONDS)");
        } finally {
            if (!alarm.cancel(false)) {
                try {
                    alarm.get(); // it fired: let it finish before the flag is cleared
                } catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException e) {
                    // nothing to wait for
                }
            }
            Thread.interrupted(); // the next draft on this thread starts with a clear flag
        }
    }

    private static String seconds(java.time.Duration d) {
        long s = d.toSeconds();
        return s >= 1 ? s + " s" : d.toMillis() + " ms";
    }

    private static LintResult lintUnlimited(Task task, int threads) {
        Source source = task.source();
        Source.Input input;
        try {
            input = source.reader().read();
        } catch (Source.Skip e) {
            return new LintResult(source.path(), null, null, List.of(), null, e.getMessage());
        } catch (IOException e) {
            return new LintResult(source.path(), null, List.of(), describe(e));
        }
        return lintText(task, input.text(), threads).withNote(input.note());
    }

    private static LintResult lintText(Task task, String text, int threads) {
        Source source = task.source();
        if (task.lean() && Chunks.apply(text, source.format())) {
            return Chunks.lint(source.path(), text, task.linter(), task.policy(), threads);
        }
        Document doc = Document.parse(text, source.format());
        if (task.lean()) {
            return new LintResult(source.path(), null, doc.lines(), task.linter().lint(doc, task.policy()), null, null);
        }
        return new LintResult(source.path(), doc, task.linter().lint(doc, task.policy()), null);
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
