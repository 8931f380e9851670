package dev.slant.cli;

import dev.slant.report.Format;
import dev.slant.report.GithubSummary;
import dev.slant.report.Report;
import dev.slant.report.Reporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how slant lint writes its report. */
final class OutputOptions {

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

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
                    + "auto colours only on a terminal and honours NO_COLOR).")
    Color color = Color.auto;

    @Option(names = {"-q", "--quiet"},
            description = "Print only the findings: no summary line, no progress line, no notes.")
    boolean quiet;

    /** The --format choices, spelt as users type them. */
    enum OutputFormat {
        text(Format.TEXT), json(Format.JSON), sarif(Format.SARIF), github(Format.GITHUB),
        checkstyle(Format.CHECKSTYLE), junit(Format.JUNIT), rdjson(Format.RDJSON);

        final Format format;

        OutputFormat(Format format) {
            this.format = format;
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

    /** True if the report prints fingerprints. */
    boolean needsFingerprints() {
        return format.format.printsFingerprints();
    }

    /** Writes the report to --output or {@code out}, and the step summary when asked for. */
    void emit(Report report, PrintWriter out) throws IOException {
        Reporter reporter = format.format.reporter(color.enabled() && output == null, quiet);
        if (output == null) {
            reporter.write(report, out);
        } else {
            Output.replace(output, w -> reporter.write(report, w));
        }
        Path summary = stepSummary != null ? stepSummary : githubStepSummary();
        if (summary != null) {
            Output.append(summary, w -> new GithubSummary().write(report, w));
        }
    }

    private Path githubStepSummary() {
        String env = System.getenv("GITHUB_STEP_SUMMARY");
        return format == OutputFormat.github && env != null && !env.isBlank() ? Path.of(env) : null;
    }
}
