package dev.slant.cli;

import dev.slant.engine.ExampleChecker;
import dev.slant.engine.RuleSet;
import dev.slant.rules.BuiltinPacks;
import dev.slant.rules.Context;
import dev.slant.rules.Rule;
import dev.slant.rules.RulePack;
import dev.slant.rules.RulePackLoader;
import dev.slant.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** Options that choose the rules of a run: a mixin shared by lint and rules. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "PATH",
            description = "Add a rule pack (a .yml file, or a directory of them). Repeatable.")
    List<Path> rulePaths = new ArrayList<>();

    @Option(names = "--no-default-rules",
            description = "Do not load the built-in rule packs; use only those given with --rules.")
    boolean noDefaultRules;

    @Option(names = "--enable", paramLabel = "RULE", split = ",",
            description = "Run a rule that is off by default. Takes a rule id, a category, "
                    + "or an id prefix ending in * (loaded.*). Repeatable.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",",
            description = "Do not run a rule. Takes a rule id, a category, or an id prefix "
                    + "ending in *. Repeatable.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "suggestion",
            description = "Run only rules at or above this severity: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    Level minSeverity = Level.suggestion;

    /** Severity names as options take them. */
    enum Level {
        suggestion, warning, error;

        Severity severity() {
            return Severity.valueOf(name().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Every loaded rule, on or off. User packs are checked against their examples. */
    RuleSet loadAll() {
        List<RulePack> packs = new ArrayList<>();
        if (!noDefaultRules) {
            packs.addAll(BuiltinPacks.load());
        }
        List<RulePack> user = new ArrayList<>();
        for (Path path : rulePaths) {
            for (Path file : ruleFiles(path)) {
                user.add(RulePackLoader.load(display(file), read(file)));
            }
        }
        if (packs.isEmpty() && user.isEmpty()) {
            throw new UserException("no rules to run: --no-default-rules needs at least one --rules PATH");
        }
        ExampleChecker.verify(RuleSet.of(user));
        packs.addAll(user);
        return RuleSet.of(packs);
    }

    /** The rules this run uses, after --enable, --disable and --min-severity. */
    RuleSet selected() {
        RuleSet all = loadAll();
        for (String name : enable) {
            requireKnown(all, name, "--enable");
        }
        for (String name : disable) {
            requireKnown(all, name, "--disable");
        }
        Severity min = minSeverity.severity();
        // Rules off by default that a context (front matter) switches on run dormant.
        return all.select(r -> (r.meta().enabled() || selects(enable, r))
                && !selects(disable, r) && r.meta().severity().atLeast(min), r -> !selects(disable, r));
    }

    private static void requireKnown(RuleSet all, String name, String option) {
        for (Rule r : all.rules()) {
            if (Context.selects(name, r)) {
                return;
            }
        }
        throw new UserException("unknown rule or category '" + name + "' in " + option
                + "; run 'slant rules' to list them");
    }

    private static boolean selects(List<String> names, Rule r) {
        for (String n : names) {
            if (Context.selects(n, r)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> ruleFiles(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> out = files.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".yml") || n.endsWith(".yaml");
            }).sorted().toList();
            if (out.isEmpty()) {
                throw new UserException("no .yml rule files in directory '" + display(path) + "'");
            }
            return out;
        } catch (IOException e) {
            throw new UserException("cannot read rule directory '" + display(path) + "': " + e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException("cannot read rule file '" + display(file) + "': no such file");
        } catch (IOException e) {
            throw new UserException("cannot read rule file '" + display(file) + "': " + e.getMessage());
        }
    }

    static String display(Path p) {
        return p.toString().replace('\\', '/');
    }
}
