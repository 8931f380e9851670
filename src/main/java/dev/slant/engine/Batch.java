package dev.slant.engine;

import dev.slant.text.Document;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Lints many sources on a pool of threads; results come back in the sources' order. */
public final class Batch {

    private Batch() {
    }

    public static List<LintResult> lint(Linter linter, List<Source> sources, int threads) {
        if (threads <= 1 || sources.size() <= 1) {
            List<LintResult> out = new ArrayList<>();
            for (Source s : sources) {
                out.add(lintOne(linter, s));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, sources.size()), r -> {
            Thread t = new Thread(r, "slant-lint");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<LintResult>> futures = new ArrayList<>();
            for (Source s : sources) {
                futures.add(pool.submit(() -> lintOne(linter, s)));
            }
            List<LintResult> out = new ArrayList<>();
            for (Future<LintResult> f : futures) {
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
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    static LintResult lintOne(Linter linter, Source source) {
        String text;
        try {
            text = source.reader().read();
        } catch (IOException e) {
            return new LintResult(source.path(), null, List.of(), describe(e));
        }
        Document doc = Document.parse(text, source.format());
        return new LintResult(source.path(), doc, linter.lint(doc), null);
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
