package dev.slant.cli;

import dev.slant.engine.Batch;
import dev.slant.engine.LintResult;
import dev.slant.engine.Linter;
import dev.slant.engine.Source;
import dev.slant.engine.RuleSet;
import dev.slant.eval.Evaluation;
import dev.slant.eval.GoldFormatException;
import dev.slant.eval.GoldReader;
import dev.slant.eval.GoldRecord;
import dev.slant.report.EvalJsonReporter;
import dev.slant.report.EvalTextReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
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

/** {@code slant eval}: measures slant against labelled copy (docs/eval.md). */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Measure slant on labelled copy: lints every record of a gold file (JSON Lines, "
                    + "see docs/eval.md) and reports precision, recall and F1.",
            "Records with loaded spans are scored at word level (a word is flagged when a "
                    + "word-choice finding overlaps it) and, if labelled, at sentence level.",
            "Records with attribution spans (attribution-cue, -source, -content) are scored for "
                    + "attribution: overlap precision and recall of cues, sources and contents, and the "
                    + "share of unattributed-claim findings that fall inside attributed content.",
        })
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Gold files in JSON Lines.")
    List<Path> golds = new ArrayList<>();

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Records to check in parallel (default: the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TextOrJson format = TextOrJson.text;

    @Option(names = "--by-rule", description = "Add a table of findings, flagged words and precision per rule.")
    boolean byRule;

    @Option(names = "--top", paramLabel = "N", defaultValue = "15",
            description = "How many top false positives and misses to list (default: ${DEFAULT-VALUE}; 0: none).")
    int top = 15;

    @Option(names = "--exclude-quoted-gold",
            description = "Leave out gold spans marked as inside a quotation (\"quote\": \"yes\", as in BASIL), "
                    + "to score the writer's own wording only.")
    boolean excludeQuotedGold;

    @Override
    public Integer call() throws IOException {
        RuleSet rules = ruleOptions.selected();
        Linter linter = new Linter(rules);
        List<Evaluation> evaluations = new ArrayList<>();
        for (Path gold : golds) {
            List<GoldRecord> records = read(gold);
            List<Source> sources = new ArrayList<>();
            for (GoldRecord r : records) {
                sources.add(Source.of(r.id(), r.text()));
            }
            List<LintResult> results = Batch.lint(linter, sources, jobs);
            evaluations.add(Evaluation.of(RuleOptions.display(gold), records, results, rules, excludeQuotedGold));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == TextOrJson.json) {
            new EvalJsonReporter(top).write(evaluations, out);
        } else {
            new EvalTextReporter(byRule, top).write(evaluations, out);
        }
        return ExitCodes.OK;
    }

    private static List<GoldRecord> read(Path gold) {
        try {
            return GoldReader.read(gold);
        } catch (NoSuchFileException e) {
            throw new UserException("cannot read '" + RuleOptions.display(gold) + "': no such file");
        } catch (IOException e) {
            throw new UserException("cannot read '" + RuleOptions.display(gold) + "': " + e.getMessage());
        } catch (GoldFormatException e) {
            throw new UserException(e.getMessage());
        }
    }
}
