package dev.slant.cli;

import dev.slant.config.Config;
import dev.slant.engine.ExampleChecker;
import dev.slant.engine.Levels;
import dev.slant.engine.RuleSet;
import dev.slant.rules.BuiltinPacks;
import dev.slant.rules.Context;
import dev.slant.rules.Rule;
import dev.slant.rules.RuleFileException;
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

    @Option(names = "--min-severity", paramLabel = "LEVEL",
            description = "Report only findings at or above this severity: ${COMPLETION-CANDIDATES} "
                    + "(default: the configuration's min-severity, else suggestion).")
    Level minSeverity;

    /** Severity names as options take them. */
    enum Level {
        suggestion, warning, error;

        Severity severity() {
            return Severity.valueOf(name().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Every loaded rule, on or off. User packs are checked against their examples. */
    RuleSet loadAll() {
        return loadAll(null);
    }

    /**
     * Every rule of the packs the configuration names (all shipped packs when it names none
     * or there is none), of --rules, and of the house vocabulary, on or off.
     */
    RuleSet loadAll(Config config) {
        List<RulePack> packs = new ArrayList<>();
        List<RulePack> user = new ArrayList<>();
        List<Config.PackRef> refs = config == null || config.packs().isEmpty()
                ? List.of(new Config.PackRef("builtin", null, null)) : config.packs();
        for (Config.PackRef ref : refs) {
            if (ref.path() != null) {
                for (Path file : ruleFiles(ref.path())) {
                    user.add(RulePackLoader.load(display(file), read(file)));
                }
            } else if (!noDefaultRules) {
                packs.addAll(builtin(ref));
            }
        }
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
        if (config != null && !config.house().rejected().isEmpty()) {
            packs.add(new RulePack("house", display(config.file()), "house vocabulary", config.house().rejected(),
                    List.of()));
        }
        return RuleSet.of(packs);
    }

    private static List<RulePack> builtin(Config.PackRef ref) {
        if (ref.builtin().equals("builtin")) {
            return BuiltinPacks.load();
        }
        RulePack pack = BuiltinPacks.load(ref.builtin());
        if (pack == null) {
            List<String> names = new ArrayList<>();
            for (String n : BuiltinPacks.names()) {
                names.add(n.replaceFirst("\\.yml$", ""));
            }
            throw new RuleFileException(ref.origin(), "packs", "no shipped pack '" + ref.builtin()
                    + "'; use builtin (all), one of " + String.join(", ", names) + ", or a path to a .yml file");
        }
        return List.of(pack);
    }

    /** The rules --enable, --disable and --min-severity leave to run (no configuration). */
    RuleSet selected() {
        RuleSet all = loadAll();
        checkNames(all);
        Severity min = minSeverity == null ? Severity.SUGGESTION : minSeverity.severity();
        // Rules off by default that a context (front matter) switches on run dormant.
        return all.select(r -> (r.meta().enabled() || selects(enable, r))
                && !selects(disable, r) && r.meta().severity().atLeast(min),
                r -> !selects(disable, r) && all.switchedOnBySomeContext(r));
    }

    /**
     * The rules to run for drafts under a configuration (or none): on by default, by
     * --enable or by the configuration's rules; and, dormant, those that an override or a
     * front matter context may switch on. --disable wins over all. Severities and the
     * lowest severity to report are left to the {@link dev.slant.engine.Policy}.
     */
    RuleSet selected(Config config) {
        RuleSet all = loadAll(config);
        checkNames(all);
        Levels base = config == null ? Levels.NONE : config.rules();
        List<Levels> overrides = new ArrayList<>();
        if (config != null) {
            checkLevels(all, base);
            for (Config.Override o : config.overrides()) {
                checkLevels(all, o.rules());
                overrides.add(o.rules());
            }
        }
        RuleSet set = all.select(r -> !selects(disable, r)
                && (r.meta().enabled() || selects(enable, r) || switchesOn(base, r)),
                r -> !selects(disable, r) && (all.switchedOnBySomeContext(r)
                        || overrides.stream().anyMatch(l -> switchesOn(l, r))));
        if (config != null && config.house().accepted() != null) {
            set = set.accepting(config.house().accepted());
        }
        return set;
    }

    /** The lowest severity to report: --min-severity, else the configuration's, else suggestion. */
    Severity minSeverity(Config config) {
        if (minSeverity != null) {
            return minSeverity.severity();
        }
        return config != null && config.minSeverity() != null ? config.minSeverity() : Severity.SUGGESTION;
    }

    private static boolean switchesOn(Levels levels, Rule r) {
        Context.Action a = levels.actionFor(r);
        return a != null && a != Context.Action.OFF;
    }

    private void checkNames(RuleSet all) {
        for (String name : enable) {
            requireKnown(all, name, "--enable");
        }
        for (String name : disable) {
            requireKnown(all, name, "--disable");
        }
    }

    /** A configuration's selector that selects no rule is a mistake: say where. */
    private static void checkLevels(RuleSet all, Levels levels) {
        for (Levels.Level l : levels.levels()) {
            if (all.rules().stream().noneMatch(r -> Context.selects(l.selector(), r)) && l.origin() != null) {
                throw new RuleFileException(l.origin(), l.selector(),
                        "no rule, category or id prefix of that name; run 'slant rules' to list them");
            }
        }
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
