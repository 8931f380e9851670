package dev.slant.cli;

import dev.slant.engine.RuleSet;
import dev.slant.rules.Rule;
import dev.slant.rules.RuleMeta;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code slant rules}: lists the rules; {@code slant rules show ID} explains one. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"List the loaded rules: id, category, severity and message. "
                + "Rules that are off by default are marked (off)."},
        subcommands = {RulesShowCommand.class})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions ruleOptions;

    @Override
    public Integer call() {
        RuleSet rules = ruleOptions.loadAll();
        int idWidth = 0;
        int categoryWidth = 0;
        for (Rule r : rules.rules()) {
            idWidth = Math.max(idWidth, r.id().length() + (r.meta().enabled() ? 0 : " (off)".length()));
            categoryWidth = Math.max(categoryWidth, r.meta().category().length());
        }
        PrintWriter out = spec.commandLine().getOut();
        String row = "%-" + idWidth + "s  %-" + categoryWidth + "s  %-10s  %s%n";
        out.printf(row, "ID", "CATEGORY", "SEVERITY", "MESSAGE");
        for (Rule r : rules.rules()) {
            RuleMeta m = r.meta();
            out.printf(row, m.id() + (m.enabled() ? "" : " (off)"), m.category(), m.severity().label(),
                    m.message().replace("{text}", "…"));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
