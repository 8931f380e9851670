package dev.slant.cli;

import dev.slant.report.HtmlReport;
import dev.slant.report.TextReporter;
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

/** {@code slant report --html OUT.html PATH…}: the picture of an article, or a month of copy. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write one self-contained HTML page (no external files, no network) showing each article with "
                    + "its findings highlighted by category (hover or Tab to a finding for its message and "
                    + "suggestion), quotations and attributions marked, and per-article figures: findings by "
                    + "category, loaded terms per 1,000 words and the share of claims with no attribution. "
                    + "Several articles also get a sortable summary table and a chart.",
        },
        footer = {"", "Example:", "  slant report --html report.html drafts/"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--html", paramLabel = "OUT.html", required = true, description = "Where to write the page.")
    Path html;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to report on.")
    List<String> paths = new ArrayList<>();

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws IOException {
        configOptions.check();
        Inputs.Checked checked = Inputs.checkKeepingDocuments(paths, ruleOptions, inputOptions, configOptions,
                spec.commandLine().getErr());
        List<HtmlReport.Article> articles = new ArrayList<>();
        for (int i = 0; i < checked.results().size(); i++) {
            articles.add(new HtmlReport.Article(checked.results().get(i), checked.claims(i)));
        }
        Output.replace(html, w -> new HtmlReport(VersionProvider.version()).write(articles, w));
        spec.commandLine().getOut().println("wrote " + RuleOptions.display(html) + ": "
                + TextReporter.count(articles.size(), "article"));
        spec.commandLine().getOut().flush();
        return checked.failed() ? ExitCodes.ERROR : ExitCodes.OK;
    }
}
