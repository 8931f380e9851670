package dev.slant.cli;

import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import dev.slant.report.Report;
import dev.slant.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slant lint}: checks drafts and reports findings. */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check drafts for loaded wording. Reports each finding as "
                    + "path:line:col: severity [rule] message, with the source line underlined.",
            "Directories are searched recursively for .txt, .md, .markdown, .html and .htm files "
                    + "(hidden folders are skipped). Use - to read standard input.",
            "Markdown and HTML are read as such: code, markup and link targets are skipped, and "
                    + "positions point into the file as written.",
        },
        footer = {"", "Examples:",
            "  slant lint draft.txt",
            "  slant lint --format json --fail-on error drafts/",
            "  slant lint --format sarif --output slant.sarif drafts/",
            "  cat draft.txt | slant lint -"})
final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to check, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    OutputOptions outputOptions;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with 1 if any finding is at or above this severity: "
                    + "${COMPLETION-CANDIDATES} (default: the configuration's fail-on, else warning).")
    FailOn failOn;

    @Option(names = "--report-unused-disables",
            description = "Report slant-disable directives in drafts that silence nothing (as warnings).")
    boolean reportUnusedDisables;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ConfigOptions configOptions;

    @Mixin
    BaselineOptions baselineOptions;

    @Mixin
    ChangeOptions changeOptions;

    @Option(names = "--strict",
            description = "Exit with 2 when a draft was skipped (not text, or not UTF-8 with "
                    + "--encoding-errors skip) or had bytes replaced; without it such warnings do not change the exit code.")
    boolean strict;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files to check in parallel (default: the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    /** The --fail-on choices. */
    enum FailOn {
        suggestion, warning, error, never;

        boolean fails(Severity s) {
            return this != never && s.atLeast(Severity.valueOf(name().toUpperCase(java.util.Locale.ROOT)));
        }
    }

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        if (paths.isEmpty()) {
            throw new UserException("nothing to check: give a file, a directory, or - for standard input "
                    + "(see 'slant lint --help')");
        }
        if (jobs < 1) {
            throw new UserException("--jobs must be at least 1, got " + jobs);
        }
        configOptions.check();
        baselineOptions.check();
        changeOptions.check();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter notes = outputOptions.quiet ? new PrintWriter(Writer.nullWriter()) : err;
        Inputs.Checked checked = Inputs.check(paths, inputOptions,
                sources -> {
                    neverOverwrite(sources);
                    return Plan.of(sources, ruleOptions, configOptions, failOn, reportUnusedDisables, true,
                            outputOptions.needsFingerprints() || baselineOptions.inUse(), inputOptions.timeLimit());
                }, jobs,
                err, total -> Progress.of(err, total, outputOptions.quiet));
        if (baselineOptions.writing()) {
            notes.println(baselineOptions.write(checked.plan(), checked.results()));
            notes.flush();
            return checked.failed() ? ExitCodes.ERROR : ExitCodes.OK;
        }
        List<LintResult> results = changeOptions.filter(checked.plan(), checked.results());
        results = baselineOptions.filter(checked.plan(), results, notes);
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        Report report = Report.of(VersionProvider.version(), results, elapsed, checked.plan().ruleMetas());
        outputOptions.emit(report, spec.commandLine().getOut());
        if (checked.failed() || (strict && checked.warned())) {
            return ExitCodes.ERROR;
        }
        return exitCode(checked.plan(), results);
    }

    /** Refuses to write a report or baseline over one of the drafts being checked. */
    private void neverOverwrite(List<dev.slant.engine.Source> sources) {
        List<Path> written = new ArrayList<>();
        for (Path p : new Path[] {outputOptions.output, outputOptions.stepSummary, baselineOptions.writeBaseline,
            baselineOptions.prune ? baselineOptions.baseline : null}) {
            if (p != null) {
                written.add(p);
            }
        }
        for (dev.slant.engine.Source s : sources) {
            for (Path w : written) {
                if (s.file() != null && sameFile(s.file(), w)) {
                    throw new UserException("refusing to write to '" + RuleOptions.display(w)
                            + "': it is one of the drafts being checked");
                }
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** 1 if any draft has a finding at or above the severity that fails it. */
    private static int exitCode(Plan plan, List<LintResult> results) {
        List<Plan.Item> items = plan.items();
        for (int i = 0; i < items.size(); i++) {
            for (Finding f : results.get(i).findings()) {
                if (items.get(i).failOn().fails(f.severity())) {
                    return ExitCodes.FINDINGS;
                }
            }
        }
        return ExitCodes.OK;
    }
}
