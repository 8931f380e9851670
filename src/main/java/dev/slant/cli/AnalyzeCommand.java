package dev.slant.cli;

import dev.slant.engine.LintResult;
import dev.slant.engine.SentenceClaims;
import dev.slant.report.AnalysisJsonReporter;
import dev.slant.report.AnalysisTextReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slant analyze}: shows what slant saw, to understand and tune it. */
@Command(name = "analyze",
        aliases = "analyse",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Show what slant saw in each draft: its sentences and whose voice each is in "
                    + "(writer, attributed, quote), which count as claims and why, the direct "
                    + "quotations, and the attribution relations (cue, source, content).",
            "The JSON format is documented in docs/analyze-format.md.",
        })
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files or directories to analyse, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ConfigOptions configOptions;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TextOrJson format = TextOrJson.text;

    @Override
    public Integer call() throws IOException {
        configOptions.check();
        Inputs.Checked checked = Inputs.checkKeepingDocuments(paths, ruleOptions, inputOptions, configOptions,
                spec.commandLine().getErr());
        List<LintResult> results = checked.results();
        Map<String, SentenceClaims> claims = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            LintResult r = results.get(i);
            if (r.document() != null) {
                claims.put(r.path(), checked.claims(i));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == TextOrJson.json) {
            new AnalysisJsonReporter().write(results, claims, out);
        } else {
            new AnalysisTextReporter().write(results, claims, out);
        }
        return checked.failed() ? ExitCodes.ERROR : ExitCodes.OK;
    }
}
