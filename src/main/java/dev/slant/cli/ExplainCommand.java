package dev.slant.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slant explain RULE}: why a rule flags what it flags, and what to write instead. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Explain a rule: its message, why it matters and the guideline it follows, "
                + "its suggestions and safe fixes, its terms and its examples (the same as 'slant rules show').",
        footer = {"", "Example:", "  slant explain stance.attack"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "The rule id (or a former id), as printed in findings.")
    String id;

    @Mixin
    RuleOptions ruleOptions;

    @Override
    public Integer call() {
        RulesShowCommand.print(ruleOptions.loadAll(), id, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
