package dev.slant.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A newsroom's own vocabulary, from the {@code vocabulary} key of a configuration file:
 * terms to accept (never flagged, whatever a pack says) and terms to reject (always
 * flagged, with the house's message). Rejected terms become phrase rules in the category
 * {@code house-style}; accepted terms become one phrase rule, {@value #ACCEPT_ID}, that the
 * engine uses to drop findings, never to report.
 *
 * <pre>
 * vocabulary:
 *   accept: [pro-life]
 *   reject:
 *     - terms: [slumlord]
 *       message: '"{text}" is a judgement; say "landlord" and report the violations'
 *       suggestions: [landlord]
 *       severity: warning          # default
 *       id: house.slumlord         # default: house. and the first term
 * </pre>
 *
 * @param rejected the rules for rejected terms, in file order
 * @param accepted the rule holding the accepted terms, or null when there are none
 */
public record HouseRules(List<Rule> rejected, PhraseRule accepted) {

    public static final String ACCEPT_ID = "house.accept";
    public static final String CATEGORY = "house-style";
    public static final HouseRules NONE = new HouseRules(List.of(), null);

    private static final Set<String> KEYS = Set.of("accept", "reject");
    private static final Set<String> REJECT_KEYS = Set.of("terms", "message", "suggestions", "severity", "id");

    public HouseRules {
        rejected = List.copyOf(rejected);
    }

    /** Reads the {@code vocabulary} mapping of a configuration file. */
    public static HouseRules fromYaml(YamlValue vocabulary) {
        Map<String, YamlValue> keys = vocabulary.mapping(KEYS, Set.of());
        PhraseRule accepted = null;
        if (keys.containsKey("accept") && !keys.get("accept").isNull() && !keys.get("accept").list().isEmpty()) {
            YamlValue list = keys.get("accept");
            List<Term> terms = PhraseRule.readTerms(list, true, false);
            RuleMeta meta = meta(ACCEPT_ID, Severity.SUGGESTION, "accepted house term",
                    "Terms the house style accepts: findings on them are dropped.", List.of(), list.origin());
            accepted = new PhraseRule(meta, terms, List.of());
        }
        List<Rule> rejected = new ArrayList<>();
        Map<String, Origin> ids = new HashMap<>();
        if (keys.containsKey("reject") && !keys.get("reject").isNull()) {
            for (YamlValue entry : keys.get("reject").list()) {
                PhraseRule rule = reject(entry);
                Origin first = ids.putIfAbsent(rule.id(), rule.meta().origin());
                if (first != null) {
                    throw entry.error("two rejected entries would share the id '" + rule.id()
                            + "' (first at line " + first.line() + "); give one an 'id'");
                }
                rejected.add(rule);
            }
        }
        return new HouseRules(rejected, accepted);
    }

    private static PhraseRule reject(YamlValue entry) {
        Map<String, YamlValue> k = entry.mapping(REJECT_KEYS, Set.of("terms"));
        List<Term> terms = PhraseRule.readTerms(k.get("terms"), true, true);
        if (terms.isEmpty()) {
            throw k.get("terms").error("must list at least one term");
        }
        String id = k.containsKey("id") ? k.get("id").string() : "house." + slug(terms.get(0).text());
        if (!RulePackLoader.isId(id)) {
            throw (k.containsKey("id") ? k.get("id") : k.get("terms"))
                    .error("'" + id + "' is not a valid rule id (lower case, dotted, e.g. house.slumlord)");
        }
        Severity severity = Severity.WARNING;
        if (k.containsKey("severity")) {
            severity = Severity.parse(k.get("severity").string());
            if (severity == null) {
                throw k.get("severity").error("expected suggestion, warning or error, got '"
                        + k.get("severity").string() + "'");
            }
        }
        String message = k.containsKey("message") ? k.get("message").string().strip()
                : "\"{text}\" is not house style";
        List<String> suggestions = k.containsKey("suggestions") ? k.get("suggestions").strings() : List.of();
        return new PhraseRule(meta(id, severity, message, "A term the house style rejects (configuration file).",
                suggestions, entry.origin()), terms, List.of());
    }

    private static RuleMeta meta(String id, Severity severity, String message, String description,
            List<String> suggestions, Origin origin) {
        return new RuleMeta(id, List.of(), "phrase", CATEGORY, severity, message, description, null,
                Scope.NARRATIVE, Set.of(), true, suggestions, List.of(), origin);
    }

    private static String slug(String term) {
        String s = term.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "term" : s;
    }
}
