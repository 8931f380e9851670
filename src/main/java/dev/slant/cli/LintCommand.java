package dev.slant.cli;

import dev.slant.engine.Finding;
import dev.slant.report.Format;
import dev.slant.report.GithubSummary;
import dev.slant.report.Report;
import dev.slant.report.Reporter;
import dev.slant.rules.Severity;
import java.io.IOException;
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

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "text: compiler style; json: docs/json-format.md; sarif: SARIF 2.1.0 for code scanning; "
                    + "github: Actions annotations; checkstyle, junit: XML for CI tools; rdjson: reviewdog.")
    OutputFormat format = OutputFormat.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (replaced whole, never half-written).")
    Path output;

    @Option(names = "--step-summary", paramLabel = "FILE",
            description = "Also append a Markdown summary of the findings to FILE "
                    + "(default with --format github: $GITHUB_STEP_SUMMARY, when set).")
    Path stepSummary;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with 1 if any finding is at or above this severity: "
                    + "${COMPLETION-CANDIDATES} (default: the configuration's fail-on, else warning).")
    FailOn failOn;

    @Option(names = "--report-unused-disables",
            description = "Report slant-disable directives in drafts that silence nothing (as warnings).")
    boolean reportUnusedDisables;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
                    + "auto colours only on a terminal and honours NO_COLOR).")
    Color color = Color.auto;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ConfigOptions configOptions;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files to check in parallel (default: the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    /** The --format choices, spelt as users type them. */
    enum OutputFormat {
        text(Format.TEXT), json(Format.JSON), sarif(Format.SARIF), github(Format.GITHUB),
        checkstyle(Format.CHECKSTYLE), junit(Format.JUNIT), rdjson(Format.RDJSON);

        final Format format;

        OutputFormat(Format format) {
            this.format = format;
        }
    }

    /** The --fail-on choices. */
    enum FailOn {
        suggestion, warning, error, never;

        boolean fails(Severity s) {
            return this != never && s.atLeast(Severity.valueOf(name().toUpperCase(java.util.Locale.ROOT)));
        }
    }

    /** The --color choices. */
    enum Color {
        auto, always, never;

        boolean enabled() {
            if (this == auto) {
                return System.console() != null && System.getenv("NO_COLOR") == null
                        && !"dumb".equals(System.getenv("TERM"));
            }
            return this == always;
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
        Inputs.Checked checked = Inputs.check(paths, inputOptions.forced(),
                sources -> Plan.of(sources, ruleOptions, configOptions, failOn, reportUnusedDisables), jobs, spec.commandLine().getErr(),
                r -> { });
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        Report report = Report.of(VersionProvider.version(), checked.results(), elapsed, checked.plan().ruleMetas());
        Reporter reporter = format.format.reporter(color.enabled() && output == null);
        if (output == null) {
            reporter.write(report, spec.commandLine().getOut());
        } else {
            Output.replace(output, w -> reporter.write(report, w));
        }
        Path summary = stepSummary != null ? stepSummary : githubStepSummary();
        if (summary != null) {
            Output.append(summary, w -> new GithubSummary().write(report, w));
        }
        return checked.failed() ? ExitCodes.ERROR : exitCode(checked);
    }

    private Path githubStepSummary() {
        String env = System.getenv("GITHUB_STEP_SUMMARY");
        return format == OutputFormat.github && env != null && !env.isBlank() ? Path.of(env) : null;
    }

    /** 1 if any draft has a finding at or above the severity that fails it. */
    private static int exitCode(Inputs.Checked checked) {
        List<Plan.Item> items = checked.plan().items();
        for (int i = 0; i < items.size(); i++) {
            for (Finding f : checked.results().get(i).findings()) {
                if (items.get(i).failOn().fails(f.severity())) {
                    return ExitCodes.FINDINGS;
                }
            }
        }
        return ExitCodes.OK;
    }
}
