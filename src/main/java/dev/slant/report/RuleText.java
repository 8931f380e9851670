package dev.slant.report;

import dev.slant.engine.Finding;
import dev.slant.rules.RuleMeta;
import dev.slant.rules.Severity;

/**
 * What reports say about a rule: from its metadata, or, for slant's own findings about
 * directives (which have no rule entry), a fixed text.
 */
record RuleText(String summary, String description, String link, Severity severity, java.util.List<String> suggestions) {

    static RuleText of(Report report, Finding f) {
        RuleMeta m = report.rules().get(f.rule());
        if (m == null) {
            return new RuleText("A problem with a slant-disable directive in the draft.",
                    "Directives must name the rules they silence (rule ids, categories, or id prefixes ending in *). "
                            + "See docs/suppressions.md.",
                    null, Severity.WARNING, java.util.List.of());
        }
        return new RuleText(firstSentence(m.message().replace("{text}", "…")), m.description(), m.link(),
                m.severity(), m.suggestions());
    }

    /** Plain-text help: the description, and suggested wording. */
    String help() {
        return suggestions.isEmpty() ? description : description + "\nSuggested wording: " + String.join(", ", suggestions);
    }

    /** The same help in Markdown. */
    String helpMarkdown() {
        String s = description;
        if (!suggestions.isEmpty()) {
            s += "\n\n**Suggested wording:** " + String.join(", ", suggestions);
        }
        if (link != null) {
            s += "\n\n[More](" + link + ")";
        }
        return s;
    }

    private static String firstSentence(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t : t + ".";
    }
}
