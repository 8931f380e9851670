package dev.slant.cli;

import dev.slant.engine.Batch;
import dev.slant.engine.LintResult;
import dev.slant.engine.Linter;
import dev.slant.engine.Source;
import dev.slant.eval.AttributionScore;
import dev.slant.eval.GoldFormatException;
import dev.slant.eval.GoldReader;
import dev.slant.eval.GoldRecord;
import dev.slant.eval.OverlapScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    @Override
    public Integer call() {
        Linter linter = new Linter(ruleOptions.selected());
        PrintWriter out = spec.commandLine().getOut();
        for (Path gold : golds) {
            List<GoldRecord> records = read(gold);
            List<Source> sources = new ArrayList<>();
            for (GoldRecord r : records) {
                sources.add(Source.of(r.id(), r.text()));
            }
            List<LintResult> results = Batch.lint(linter, sources, jobs);
            AttributionScore attribution = new AttributionScore();
            for (int i = 0; i < records.size(); i++) {
                if (AttributionScore.applies(records.get(i))) {
                    attribution.add(records.get(i), results.get(i).document(), results.get(i).findings());
                }
            }
            out.printf(Locale.ROOT, "%s: %d records%n", RuleOptions.display(gold), records.size());
            if (attribution.records() > 0) {
                printAttribution(out, attribution);
            } else {
                out.println("  no records with attribution spans (attribution-cue, -source, -content)");
            }
        }
        out.flush();
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

    private static void printAttribution(PrintWriter out, AttributionScore s) {
        out.printf(Locale.ROOT, "  attribution (%d records, overlap match)%n", s.records());
        row(out, "cue", s.cue());
        row(out, "source", s.source());
        row(out, "content", s.content());
        double share = s.claims() == 0 ? 0 : 100.0 * s.claimsInContent() / s.claims();
        out.printf(Locale.ROOT, "    unattributed-claim findings %d, inside attributed content %d (%.1f%%)%n",
                s.claims(), s.claimsInContent(), share);
    }

    private static void row(PrintWriter out, String name, OverlapScore o) {
        out.printf(Locale.ROOT, "    %-8s precision %.3f  recall %.3f  F1 %.3f  (predicted %d, gold %d)%n",
                name, o.precision(), o.recall(), o.f1(), o.predicted(), o.gold());
    }
}
