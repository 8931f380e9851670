package dev.slant.cli;

import dev.slant.engine.Batch;
import dev.slant.engine.LintResult;
import dev.slant.engine.SentenceClaims;
import dev.slant.engine.Source;
import dev.slant.text.Format;
import java.io.PrintWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Turns the PATH arguments into sources: files as given, directories walked recursively
 * for drafts (.txt .md .markdown .html .htm, hidden folders skipped, sorted), and "-" for
 * standard input. A file's format comes from its extension (standard input is plain text)
 * unless one format is forced for all. A path that does not exist is an error, reported but
 * not fatal to the others.
 */
final class Inputs {

    static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "mdown", "html", "htm");
    static final String STDIN_NAME = "<stdin>";

    /** The sources found, and one message per path that could not be used. */
    record Collected(List<Source> sources, List<String> errors) {
    }

    /**
     * The plan, the results of checking the inputs, whether any input could not be used,
     * and whether any was skipped or had bytes replaced (which --strict makes an error).
     */
    record Checked(Plan plan, List<LintResult> results, boolean failed, boolean warned) {

        /** The claims in the {@code i}th draft, or null if it was not read. */
        SentenceClaims claims(int i) {
            LintResult r = results.get(i);
            return r.document() == null ? null : plan.items().get(i).task().linter().claims(r.document());
        }
    }

    /**
     * Collects the inputs, plans them and lints them on {@code jobs} threads, reporting each
     * input that cannot be read as one line on {@code err}; {@code progress} makes, for the
     * number of drafts, what hears of each result as it is ready.
     */
    static Checked check(List<String> args, InputOptions options, Function<List<Source>, Plan> planner, int jobs,
            PrintWriter err, IntFunction<Consumer<LintResult>> progress) {
        Collected inputs = collect(args, options.forced(), System.in, options.decoding());
        for (String e : inputs.errors()) {
            err.println("slant: " + e);
        }
        err.flush();
        Plan plan = planner.apply(readingAhead(inputs.sources()));
        List<LintResult> results = Batch.lint(plan.tasks(), jobs, progress.apply(plan.items().size()));
        boolean failed = !inputs.errors().isEmpty();
        boolean warned = false;
        for (LintResult r : results) {
            if (r.failed()) {
                err.println("slant: " + (r.error().startsWith(Batch.TOOK_LONGER)
                        ? "'" + r.path() + "' " + r.error() : "cannot read '" + r.path() + "': " + r.error()));
                failed = true;
            } else if (r.note() != null) {
                err.println("slant: warning: '" + r.path() + "': " + r.note());
                warned = true;
            }
        }
        err.flush();
        return new Checked(plan, results, failed, warned);
    }

    /**
     * Checks the inputs as analyze, fix and report do: documents kept, fail-on and unused
     * disables left to the configuration, one thread per processor, no progress shown.
     * The caller checks {@code configs} first.
     */
    static Checked checkKeepingDocuments(List<String> args, RuleOptions rules, InputOptions options,
            ConfigOptions configs, PrintWriter err) {
        return check(args, options,
                sources -> Plan.of(sources, rules, configs, null, false, false, true, options.timeLimit()),
                Runtime.getRuntime().availableProcessors(), err, total -> r -> { });
    }

    private Inputs() {
    }

    /**
     * The sources, the first file among them read on a thread of its own from now on: the
     * rules are still loading, which leaves a core free, and a large file takes a while to
     * read and decode (10 MB: about 90 ms with the launcher's JIT).
     */
    static List<Source> readingAhead(List<Source> sources) {
        if (sources.isEmpty() || sources.get(0).file() == null) {
            return sources;
        }
        Source first = sources.get(0);
        java.util.concurrent.FutureTask<Source.Input> read = new java.util.concurrent.FutureTask<>(first.reader()::read);
        Thread t = new Thread(read, "slant-read");
        t.setDaemon(true);
        t.start();
        List<Source> out = new ArrayList<>(sources);
        out.set(0, new Source(first.path(), first.file(), first.format(), () -> {
            try {
                return read.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new dev.slant.text.Deadline.Exceeded(); // the time limit fired while it waited
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof IOException) {
                    throw (IOException) e.getCause();
                }
                if (e.getCause() instanceof Error) {
                    throw (Error) e.getCause();
                }
                throw (RuntimeException) e.getCause();
            }
        }));
        return out;
    }

    /** Collects sources; {@code forced} is the format of all of them, or null to go by extension. */
    static Collected collect(List<String> args, Format forced, InputStream stdin) {
        return collect(args, forced, stdin, new Decoding(Decoding.Mode.replace));
    }

    /** As above, decoding with {@code decoding}. */
    static Collected collect(List<String> args, Format forced, InputStream stdin, Decoding decoding) {
        List<Source> sources = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        boolean stdinUsed = false;
        for (String arg : args) {
            if (arg.equals("-")) {
                if (!stdinUsed) {
                    sources.add(new Source(STDIN_NAME, null, forced == null ? Format.TEXT : forced,
                            () -> decoding.decode(stdin.readAllBytes())));
                    stdinUsed = true;
                }
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                walk(path, forced, decoding, sources, errors);
            } else if (Files.exists(path)) {
                sources.add(fileSource(path, forced, decoding));
            } else {
                errors.add("cannot read '" + arg + "': no such file or directory");
            }
        }
        return new Collected(sources, errors);
    }

    private static void walk(Path dir, Format forced, Decoding decoding, List<Source> sources, List<String> errors) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> drafts = files.filter(p -> Files.isRegularFile(p) && isDraft(p) && !hidden(dir, p))
                    .sorted()
                    .toList();
            if (drafts.isEmpty()) {
                // a CI job pointed at the wrong folder must not pass silently
                errors.add("no drafts (.txt, .md, .markdown, .html, .htm) in directory '" + RuleOptions.display(dir) + "'");
            }
            drafts.forEach(p -> sources.add(fileSource(p, forced, decoding)));
        } catch (IOException | java.io.UncheckedIOException e) {
            errors.add("cannot read directory '" + RuleOptions.display(dir) + "': " + e.getMessage());
        }
    }

    private static boolean isDraft(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** True if any folder or file below the root starts with a dot (.git, .cache). */
    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Source fileSource(Path p, Format forced, Decoding decoding) {
        Format format = forced == null ? Format.forFileName(p.getFileName().toString()) : forced;
        return new Source(RuleOptions.display(p), p, format, () -> decoding.decode(Files.readAllBytes(p)));
    }
}
