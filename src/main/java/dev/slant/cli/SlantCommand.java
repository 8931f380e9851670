package dev.slant.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command: {@code slant}. Without a subcommand it prints its help. */
@Command(name = "slant",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "A linter for news copy: flags loaded wording (judgemental descriptors, "
                    + "stance-bearing verbs of saying, puffery, euphemisms, weasel words) "
                    + "in the writer's own voice. Words inside direct quotations are the "
                    + "speaker's and are not flagged by default.",
        },
        subcommands = {LintCommand.class, AnalyzeCommand.class, RulesCommand.class, EvalCommand.class,
            FixCommand.class, ExplainCommand.class, ReportCommand.class, InitCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
            "  slant lint draft.txt",
            "  slant lint --format json --fail-on error drafts/",
            "  slant rules show loaded.descriptor",
            "  slant init            (write a starter .slant.yml)"})
public final class SlantCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print a stack trace for internal errors.")
    boolean debug;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.ERROR;
    }
}
