package dev.slant.cli;

import dev.slant.config.Config;
import dev.slant.engine.Batch;
import dev.slant.engine.Levels;
import dev.slant.engine.Linter;
import dev.slant.engine.Policy;
import dev.slant.engine.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to do with each draft of a run: the configuration that applies to it decides its
 * rules (one compiled rule set per configuration file), its policy (rule levels, overrides,
 * lowest severity) and the severity that fails the run; drafts the configuration ignores
 * are left out. Command-line options win over the configuration.
 */
final class Plan {

    /** One draft to check, and the severity at which its findings fail the run. */
    record Item(Batch.Task task, LintCommand.FailOn failOn) {
    }

    private final List<Item> items;
    private final int ignored;

    private Plan(List<Item> items, int ignored) {
        this.items = List.copyOf(items);
        this.ignored = ignored;
    }

    /**
     * {@code lean}: keep no documents, lint very large drafts in parts (lint does; analyze
     * needs documents); {@code fingerprints}: give findings fingerprints (a report or
     * baseline reads them).
     */
    static Plan of(List<Source> sources, RuleOptions rules, ConfigOptions configs, LintCommand.FailOn failOn,
            boolean reportUnused, boolean lean, boolean fingerprints, java.time.Duration timeLimit) {
        Map<Path, Linter> linters = new HashMap<>();
        List<Item> items = new ArrayList<>();
        int ignored = 0;
        for (Source s : sources) {
            Optional<Config> found = configs.forDraft(s.file());
            Config config = found.orElse(null);
            if (config != null && config.ignores(s.file())) {
                ignored++;
                continue;
            }
            Path key = config == null ? Path.of("") : config.file();
            Linter linter = linters.computeIfAbsent(key, k -> new Linter(rules.selected(config)));
            Policy policy = new Policy(config == null ? Levels.NONE : config.levelsFor(s.file()),
                    rules.minSeverity(config), reportUnused || (config != null && config.reportUnusedDisables()),
                    timeLimit, fingerprints);
            items.add(new Item(new Batch.Task(s, linter, policy, lean), failOnFor(config, failOn)));
        }
        if (items.isEmpty() && sources.isEmpty()) {
            // no drafts at all: still check the rules and configuration, so mistakes show
            Config config = configs.forDraft(null).orElse(null);
            rules.selected(config);
        }
        return new Plan(items, ignored);
    }

    private static LintCommand.FailOn failOnFor(Config config, LintCommand.FailOn option) {
        if (option != null) {
            return option;
        }
        if (config != null && config.failOn() != null) {
            return LintCommand.FailOn.valueOf(config.failOn());
        }
        return LintCommand.FailOn.warning;
    }

    List<Item> items() {
        return items;
    }

    List<Batch.Task> tasks() {
        List<Batch.Task> out = new ArrayList<>();
        for (Item i : items) {
            out.add(i.task());
        }
        return out;
    }

    /** The metadata of every rule that ran, for reports that describe rules. */
    List<dev.slant.rules.RuleMeta> ruleMetas() {
        List<dev.slant.rules.RuleMeta> out = new ArrayList<>();
        java.util.Set<Linter> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Item i : items) {
            if (seen.add(i.task().linter())) {
                i.task().linter().rules().rules().forEach(r -> out.add(r.meta()));
            }
        }
        return out;
    }

    /** How many drafts the configuration said to ignore. */
    int ignored() {
        return ignored;
    }
}
