package dev.slant.config;

import dev.slant.engine.Levels;
import dev.slant.rules.Context;
import dev.slant.rules.HouseRules;
import dev.slant.rules.RuleFileException;
import dev.slant.rules.Severity;
import dev.slant.rules.YamlValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a configuration file. Keys (all optional):
 *
 * <pre>
 * packs: [builtin, house-rules.yml]   # shipped packs by name ("builtin": all), or files/folders
 * rules:                              # per rule id, category or prefix*: off | on | suggestion | warning | error
 *   puffery: error
 * fail-on: warning                    # suggestion | warning | error | never
 * min-severity: suggestion            # suggestion | warning | error
 * vocabulary: {accept: [...], reject: [...]}
 * ignore: [archive/, "*.draft.md"]
 * overrides:
 *   - files: [opinion/]
 *     rules: {editorial: off}
 * report-unused-disables: false       # report slant-disable directives that silence nothing
 * </pre>
 *
 * Mistakes are {@link RuleFileException}s naming the file, line and key, like rule files.
 */
public final class ConfigLoader {

    private static final Set<String> KEYS = Set.of("packs", "rules", "fail-on", "min-severity", "vocabulary",
            "ignore", "overrides", "report-unused-disables");
    private static final Set<String> OVERRIDE_KEYS = Set.of("files", "rules");
    private static final Set<String> FAIL_ON = Set.of("suggestion", "warning", "error", "never");

    private ConfigLoader() {
    }

    /**
     * Reads the text of a configuration file.
     *
     * @param file    the file, for relative paths and globs (made absolute)
     * @param display the file's name in messages
     */
    public static Config load(Path file, String display, String yaml) {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        YamlValue root = YamlValue.parse(display, yaml, "the configuration file is empty; run 'slant init' "
                + "for a commented starter");
        Map<String, YamlValue> top = present(root.isNull() ? Map.of() : root.mapping(KEYS, Set.of()));
        List<Config.PackRef> packs = new ArrayList<>();
        if (top.containsKey("packs")) {
            for (YamlValue v : top.get("packs").list()) {
                packs.add(pack(v, dir));
            }
        }
        String failOn = null;
        if (top.containsKey("fail-on")) {
            failOn = top.get("fail-on").string();
            if (!FAIL_ON.contains(failOn)) {
                throw top.get("fail-on").error("expected suggestion, warning, error or never, got '" + failOn + "'");
            }
        }
        Severity min = null;
        if (top.containsKey("min-severity")) {
            min = Severity.parse(top.get("min-severity").string());
            if (min == null) {
                throw top.get("min-severity").error("expected suggestion, warning or error, got '"
                        + top.get("min-severity").string() + "'");
            }
        }
        HouseRules house = top.containsKey("vocabulary") ? HouseRules.fromYaml(top.get("vocabulary")) : HouseRules.NONE;
        List<Config.Override> overrides = new ArrayList<>();
        if (top.containsKey("overrides")) {
            for (YamlValue entry : top.get("overrides").list()) {
                Map<String, YamlValue> k = entry.mapping(OVERRIDE_KEYS, OVERRIDE_KEYS);
                overrides.add(new Config.Override(globs(k.get("files"), dir, true), levels(k.get("rules")),
                        entry.origin()));
            }
        }
        return new Config(abs, packs, levels(top.get("rules")), failOn, min, house,
                top.containsKey("ignore") ? globs(top.get("ignore"), dir, false) : List.of(), overrides,
                top.containsKey("report-unused-disables") && top.get("report-unused-disables").bool());
    }

    /** The keys that have a value: "rules:" with only comments under it counts as absent. */
    private static Map<String, YamlValue> present(Map<String, YamlValue> keys) {
        Map<String, YamlValue> out = new java.util.LinkedHashMap<>();
        keys.forEach((k, v) -> {
            if (!v.isNull()) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Config.PackRef pack(YamlValue v, Path dir) {
        String s = v.string();
        boolean isPath = s.contains("/") || s.contains("\\") || s.endsWith(".yml") || s.endsWith(".yaml")
                || s.startsWith(".");
        if (isPath) {
            return new Config.PackRef(null, dir.resolve(s).normalize(), v.origin());
        }
        return new Config.PackRef(s, null, v.origin());
    }

    private static Levels levels(YamlValue v) {
        if (v == null || v.isNull()) {
            return Levels.NONE;
        }
        List<Levels.Level> out = new ArrayList<>();
        for (Map.Entry<String, YamlValue> e : v.mapping(null, Set.of()).entrySet()) {
            out.add(new Levels.Level(e.getKey(), Context.Action.of(e.getValue()), e.getValue().origin()));
        }
        return new Levels(out);
    }

    private static List<Glob> globs(YamlValue v, Path dir, boolean required) {
        List<Glob> out = new ArrayList<>();
        for (YamlValue item : v.list()) {
            try {
                out.add(Glob.of(item.string(), dir));
            } catch (IllegalArgumentException e) {
                throw item.error(e.getMessage());
            }
        }
        if (out.isEmpty() && required) {
            throw v.error("list at least one pattern");
        }
        return out;
    }
}
