package dev.slant.rules;

import dev.slant.text.Part;
import dev.slant.text.Span;
import dev.slant.text.pattern.WordClasses;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a rule file. The YAML is composed into a node tree with SnakeYAML's safe loader
 * (no object construction, no custom tags) and limits on aliases, nesting and size; then
 * every key is checked by hand so that each problem names the file, line and key.
 */
public final class RulePackLoader {

    private static final Set<String> PACK_KEYS = Set.of("pack", "description", "classes", "contexts", "rules");
    private static final Set<String> CONTEXT_KEYS = Set.of("when", "set");
    private static final Set<String> COMMON_KEYS = Set.of("id", "aliases", "kind", "category",
            "severity", "message", "description", "link", "scope", "parts", "enabled", "suggestions", "examples");
    private static final Set<String> REQUIRED_KEYS = Set.of("id", "kind", "category", "severity",
            "message", "description", "examples");
    private static final Set<String> EXAMPLE_KEYS = Set.of("flag", "pass");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9-]*");

    private RulePackLoader() {
    }

    /** Reads a rule file's text; {@code file} names it in messages. */
    public static RulePack load(String file, String yaml) {
        return load(file, YamlValue.parse(file, yaml, "the rule file is empty"));
    }

    /** Reads a rule file's composed YAML. */
    static RulePack load(String file, YamlValue root) {
        Map<String, YamlValue> top = root.mapping(PACK_KEYS, Set.of());
        if (!top.containsKey("rules") && !top.containsKey("contexts")) {
            throw new RuleFileException(root.origin(), "rules", "required key is missing (a pack needs rules or contexts)");
        }
        String name = top.containsKey("pack") ? top.get("pack").string() : baseName(file);
        String description = top.containsKey("description") ? top.get("description").string() : null;
        PackContext pack = new PackContext(classes(top.get("classes")));
        List<Rule> rules = new ArrayList<>();
        Map<String, Origin> ids = new HashMap<>();
        List<YamlValue> entries = top.containsKey("rules") ? top.get("rules").list() : List.of();
        if (top.containsKey("rules") && entries.isEmpty()) {
            throw top.get("rules").error("a rule pack needs at least one rule");
        }
        for (YamlValue entry : entries) {
            Rule rule = readRule(entry, pack);
            for (String id : idsOf(rule.meta())) {
                Origin first = ids.putIfAbsent(id, rule.meta().origin());
                if (first != null) {
                    throw new RuleFileException(rule.meta().origin(), "id",
                            "duplicate id '" + id + "' (first defined at line " + first.line() + ")");
                }
            }
            rules.add(rule);
        }
        List<Context> contexts = new ArrayList<>();
        if (top.containsKey("contexts")) {
            for (YamlValue entry : top.get("contexts").list()) {
                contexts.add(readContext(entry));
            }
        }
        return new RulePack(name, file, description, rules, contexts);
    }

    /** True for a valid rule id: lower case, dotted or kebab-case. */
    public static boolean isId(String s) {
        return ID.matcher(s).matches();
    }

    /** The rule's id and its aliases. */
    public static List<String> idsOf(RuleMeta meta) {
        List<String> all = new ArrayList<>(meta.aliases());
        all.add(0, meta.id());
        return all;
    }

    private static Context readContext(YamlValue entry) {
        Map<String, YamlValue> keys = entry.mapping(CONTEXT_KEYS, CONTEXT_KEYS);
        Map<String, Set<String>> when = new LinkedHashMap<>();
        for (Map.Entry<String, YamlValue> field : keys.get("when").mapping(null, Set.of()).entrySet()) {
            YamlValue v = field.getValue();
            List<String> values = v.isScalar() ? List.of(v.string()) : v.strings();
            Set<String> lower = new HashSet<>();
            for (String value : values) {
                lower.add(value.toLowerCase(Locale.ROOT));
            }
            when.put(field.getKey().toLowerCase(Locale.ROOT), lower);
        }
        if (when.isEmpty()) {
            throw keys.get("when").error("name at least one front matter field, e.g. type: opinion");
        }
        Map<String, Context.Action> set = new LinkedHashMap<>();
        for (Map.Entry<String, YamlValue> change : keys.get("set").mapping(null, Set.of()).entrySet()) {
            set.put(change.getKey(), Context.Action.of(change.getValue()));
        }
        if (set.isEmpty()) {
            throw keys.get("set").error("name at least one rule, category or prefix to change");
        }
        return new Context(when, set, entry.origin());
    }

    /** The pack's word classes for patterns: name to words, on top of the built-in classes. */
    private static WordClasses classes(YamlValue value) {
        Map<String, List<String>> classes = new HashMap<>();
        if (value != null) {
            for (Map.Entry<String, YamlValue> e : value.mapping(null, Set.of()).entrySet()) {
                if (!CATEGORY.matcher(e.getKey()).matches()) {
                    throw e.getValue().error("class names are lower-case kebab-case words");
                }
                List<String> words = e.getValue().strings();
                if (words.isEmpty()) {
                    throw e.getValue().error("a class needs at least one word");
                }
                classes.put(e.getKey(), words);
            }
        }
        return WordClasses.of(classes);
    }

    private static Rule readRule(YamlValue entry, PackContext pack) {
        Map<String, YamlValue> peek = entry.mapping(null, Set.of()); // find the kind first; its keys are checked below
        YamlValue kindValue = peek.get("kind");
        if (kindValue == null) {
            throw new RuleFileException(entry.origin(), "kind",
                    "required key is missing (one of " + String.join(", ", RuleKinds.names()) + ")");
        }
        RuleKinds.Kind kind = RuleKinds.get(kindValue.string());
        if (kind == null) {
            throw kindValue.error("unknown rule kind '" + kindValue.string() + "'; expected one of "
                    + String.join(", ", RuleKinds.names()));
        }
        Set<String> allowed = new HashSet<>(COMMON_KEYS);
        allowed.addAll(kind.keys());
        Map<String, YamlValue> keys = entry.mapping(allowed, REQUIRED_KEYS);
        RuleMeta meta = readMeta(entry, keys);
        Map<String, YamlValue> kindKeys = new HashMap<>(keys);
        kindKeys.keySet().retainAll(kind.keys());
        return kind.factory().create(meta, kindKeys, pack);
    }

    private static RuleMeta readMeta(YamlValue entry, Map<String, YamlValue> k) {
        String id = matching(k.get("id"), ID, "ids are lower case, dotted or kebab-case, e.g. loaded.descriptor");
        List<String> aliases = new ArrayList<>();
        if (k.containsKey("aliases")) {
            for (YamlValue alias : k.get("aliases").list()) {
                aliases.add(matching(alias, ID, "aliases are ids"));
            }
        }
        String category = matching(k.get("category"), CATEGORY, "categories are lower-case kebab-case words");
        Severity severity = Severity.parse(k.get("severity").string());
        if (severity == null) {
            throw k.get("severity").error("expected suggestion, warning or error, got '"
                    + k.get("severity").string() + "'");
        }
        Scope scope = Scope.NARRATIVE;
        if (k.containsKey("scope")) {
            scope = Scope.parse(k.get("scope").string());
            if (scope == null) {
                throw k.get("scope").error("expected narrative, quotes or all, got '" + k.get("scope").string() + "'");
            }
        }
        return new RuleMeta(id, aliases, k.get("kind").string(), category, severity,
                k.get("message").string().strip(), k.get("description").string().strip(),
                k.containsKey("link") ? k.get("link").string() : null, scope, parts(k),
                !k.containsKey("enabled") || k.get("enabled").bool(),
                k.containsKey("suggestions") ? k.get("suggestions").strings() : List.of(),
                readExamples(k.get("examples")), entry.origin());
    }

    /** The optional {@code parts} list: headline, body, caption. */
    private static Set<Part> parts(Map<String, YamlValue> k) {
        if (!k.containsKey("parts")) {
            return Set.of();
        }
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (YamlValue v : k.get("parts").list()) {
            Part p = Part.of(v.string());
            if (p == null) {
                throw v.error("expected headline, body or caption, got '" + v.string() + "'");
            }
            parts.add(p);
        }
        if (parts.isEmpty()) {
            throw k.get("parts").error("list at least one part (headline, body, caption), or leave the key out");
        }
        return parts;
    }

    private static String matching(YamlValue value, Pattern pattern, String hint) {
        String s = value.string();
        if (!pattern.matcher(s).matches()) {
            throw value.error("'" + s + "' is not valid: " + hint);
        }
        return s;
    }

    private static List<Example> readExamples(YamlValue value) {
        Map<String, YamlValue> m = value.mapping(EXAMPLE_KEYS, EXAMPLE_KEYS);
        List<Example> out = new ArrayList<>();
        for (String key : List.of("flag", "pass")) {
            List<YamlValue> items = m.get(key).list();
            if (items.isEmpty()) {
                throw m.get(key).error("needs at least one example sentence");
            }
            for (YamlValue item : items) {
                out.add(parseExample(key.equals("flag"), item));
            }
        }
        return out;
    }

    /** Reads "The [[diminutive]] leader" into its text and the marked spans. */
    static Example parseExample(boolean flag, YamlValue item) {
        String marked = item.string();
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf("[[", i);
            if (open < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            int close = marked.indexOf("]]", open + 2);
            int nextOpen = marked.indexOf("[[", open + 2);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close) || close == open + 2) {
                throw item.error("unbalanced or empty [[ ]] marker in example '" + marked + "'");
            }
            text.append(marked, i, open);
            int start = text.length();
            text.append(marked, open + 2, close);
            spans.add(new Span(start, text.length()));
            i = close + 2;
        }
        if (text.indexOf("]]") >= 0) {
            throw item.error("unbalanced ]] in example '" + marked + "'");
        }
        if (flag && spans.isEmpty()) {
            throw item.error("a flag example must mark the expected span with [[ ]]: '" + marked + "'");
        }
        if (!flag && !spans.isEmpty()) {
            throw item.error("a pass example must not mark spans: '" + marked + "'");
        }
        return new Example(flag, text.toString(), spans, item.origin());
    }

    private static String baseName(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
