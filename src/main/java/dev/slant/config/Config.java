package dev.slant.config;

import dev.slant.engine.Levels;
import dev.slant.rules.HouseRules;
import dev.slant.rules.Origin;
import dev.slant.rules.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * A configuration file ({@value #FILE_NAME}), read: see {@link ConfigLoader} for the keys.
 *
 * @param file        where it was read from (absolute)
 * @param packs       the rule packs to load, in order
 * @param rules       rule levels for every draft
 * @param failOn      suggestion, warning, error or never; null when not set
 * @param minSeverity the lowest severity to report; null when not set
 * @param house       the house vocabulary
 * @param ignore      drafts not to check
 * @param overrides   rule levels for some drafts, applied after {@code rules} in order
 * @param reportUnusedDisables report suppression directives that silence nothing
 */
public record Config(Path file, List<PackRef> packs, Levels rules, String failOn, Severity minSeverity,
        HouseRules house, List<Glob> ignore, List<Override> overrides, boolean reportUnusedDisables) {

    public static final String FILE_NAME = ".slant.yml";

    public Config {
        packs = List.copyOf(packs);
        ignore = List.copyOf(ignore);
        overrides = List.copyOf(overrides);
    }

    /** A rule pack to load: a shipped pack by name ("builtin" for all of them), or a file or folder. */
    public record PackRef(String builtin, Path path, Origin origin) {
    }

    /** Rule levels for the drafts that match any of the patterns. */
    public record Override(List<Glob> files, Levels rules, Origin origin) {

        public Override {
            files = List.copyOf(files);
        }
    }

    /** The levels for one draft: the file's, then those of every override that matches it. */
    public Levels levelsFor(Path draft) {
        Levels out = rules;
        for (Override o : overrides) {
            if (draft != null && Glob.any(o.files(), draft)) {
                out = out.then(o.rules());
            }
        }
        return out;
    }

    /** True if the draft is to be skipped. */
    public boolean ignores(Path draft) {
        return draft != null && Glob.any(ignore, draft);
    }
}
