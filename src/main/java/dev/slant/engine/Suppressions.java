package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.rules.Context;
import dev.slant.rules.Rule;
import dev.slant.rules.RulePack;
import dev.slant.rules.Severity;
import dev.slant.text.Comment;
import dev.slant.text.Document;
import dev.slant.text.LineIndex;
import dev.slant.text.Position;
import dev.slant.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Directives in a draft's comments that silence findings, each naming the rules it
 * silences (rule ids, categories, or id prefixes ending in "*"), with an optional reason
 * after " -- ":
 *
 * <pre>
 * &lt;!-- slant-disable loaded.descriptor, stance.* -- quoting the court ruling --&gt;
 * … silenced until …
 * &lt;!-- slant-enable loaded.descriptor, stance.* --&gt;
 * &lt;!-- slant-disable-next-line puffery -- the company's own slogan --&gt;
 * A sentence with a finding silenced &lt;!-- slant-disable-line puffery --&gt;
 * </pre>
 *
 * "Next line" is the next line that is not blank. A directive that names no rule, or a
 * name that selects no rule, is reported ({@value #INVALID}); with {@code reportUnused}, so
 * is a name that silenced nothing ({@value #UNUSED}).
 */
final class Suppressions {

    static final String INVALID = "slant.invalid-directive";
    static final String UNUSED = "slant.unused-disable";
    static final String CATEGORY = "directive";

    private static final Pattern DIRECTIVE = Pattern.compile(
            "slant-(disable-next-line|disable-line|disable|enable)(?=\\s|$)(.*)", Pattern.DOTALL);

    private enum Kind { DISABLE, ENABLE, NEXT_LINE, LINE }

    /** One directive: what it does, to which selectors, over which code-point range of the file. */
    private static final class Directive {
        final Kind kind;
        final Comment comment;
        final List<String> selectors;
        final boolean[] used;
        int from;
        int to = Integer.MAX_VALUE;
        int line;

        Directive(Kind kind, Comment comment, List<String> selectors) {
            this.kind = kind;
            this.comment = comment;
            this.selectors = selectors;
            this.used = new boolean[selectors.size()];
        }
    }

    private Suppressions() {
    }

    /** The findings the directives leave, plus any problems with the directives themselves, in order. */
    static List<Finding> apply(Document doc, RuleSet rules, List<Finding> findings, boolean reportUnused) {
        if (doc.comments().isEmpty()) {
            return findings;
        }
        List<Finding> problems = new ArrayList<>();
        List<Directive> directives = read(doc, rules, problems);
        if (directives.isEmpty() && problems.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Work.step();
            if (!silenced(f, rules, directives)) {
                out.add(f);
            }
        }
        if (reportUnused) {
            for (Directive d : directives) {
                Work.step();
                for (int i = 0; i < d.selectors.size(); i++) {
                    Work.step();
                    if (!d.used[i]) {
                        problems.add(problem(doc, d.comment, UNUSED, "'" + d.selectors.get(i)
                                + (d.kind == Kind.ENABLE ? "' is not disabled above; remove it from the directive"
                                : "' silences nothing here; remove it from the directive")));
                    }
                }
            }
        }
        out.addAll(problems);
        out.sort(Linter.ORDER);
        return out;
    }

    private static boolean silenced(Finding f, RuleSet rules, List<Directive> directives) {
        Rule rule = rules.find(f.rule());
        if (rule == null) {
            return false;
        }
        boolean silenced = false;
        for (Directive d : directives) {
            Work.step();
            boolean covers = d.kind == Kind.DISABLE
                    ? f.start().offset() >= d.from && f.start().offset() < d.to
                    : d.kind != Kind.ENABLE && f.start().line() == d.line;
            if (!covers) {
                continue;
            }
            for (int i = 0; i < d.selectors.size(); i++) {
                Work.step();
                if (Context.selects(d.selectors.get(i), rule)) {
                    d.used[i] = true;
                    silenced = true;
                }
            }
        }
        return silenced;
    }

    private static List<Directive> read(Document doc, RuleSet rules, List<Finding> problems) {
        List<Directive> out = new ArrayList<>();
        LineIndex lines = doc.lines();
        for (Comment c : doc.comments()) {
            Work.step();
            Matcher m = DIRECTIVE.matcher(c.body());
            if (!m.lookingAt()) {
                continue;
            }
            Kind kind = kindOf(m.group(1));
            String rest = m.group(2);
            int reason = rest.indexOf(" --");
            String names = (reason >= 0 ? rest.substring(0, reason) : rest).strip();
            List<String> selectors = names.isEmpty() ? List.of()
                    : Arrays.stream(names.split("[,\\s\\p{Cntrl}]+")).filter(n -> !n.isEmpty()).toList();
            if (selectors.isEmpty()) {
                problems.add(problem(doc, c, INVALID, "slant-" + m.group(1) + " must name the rules it applies to, "
                        + "e.g. slant-" + m.group(1) + " loaded.descriptor"));
                continue;
            }
            List<String> known = new ArrayList<>();
            for (String s : selectors) {
                Work.step();
                if (selectsAny(rules, s)) {
                    known.add(s);
                } else {
                    problems.add(problem(doc, c, INVALID, "'" + s + "' is not a rule id, category or id prefix; "
                            + "run 'slant rules' to list them"));
                }
            }
            if (known.isEmpty()) {
                continue;
            }
            Position end = lines.position(c.end());
            if (kind == Kind.DISABLE) {
                for (String name : known) { // one range per name, so enabling one name ends only its range
                    Directive d = new Directive(kind, c, List.of(name));
                    d.from = end.offset();
                    out.add(d);
                }
                continue;
            }
            Directive d = new Directive(kind, c, known);
            if (kind == Kind.ENABLE) {
                close(out, d, lines.position(c.start()).offset());
            } else {
                d.line = kind == Kind.LINE ? lines.position(c.start()).line() : nextLine(lines, end.line());
            }
            out.add(d);
        }
        return out;
    }

    /** An enable directive ends the open ranges of the names it gives; a name with none open is unused. */
    private static void close(List<Directive> open, Directive enable, int at) {
        for (int i = 0; i < enable.selectors.size(); i++) {
            Work.step();
            for (Directive d : open) {
                Work.step();
                if (d.kind == Kind.DISABLE && d.to == Integer.MAX_VALUE
                        && d.selectors.get(0).equals(enable.selectors.get(i))) {
                    d.to = at;
                    enable.used[i] = true;
                }
            }
        }
    }

    private static int nextLine(LineIndex lines, int line) {
        int next = line + 1;
        while (next < lines.lineCount() && lines.lineText(next).isBlank()) { // the last line is never skipped
            next++;
        }
        return next;
    }

    private static boolean selectsAny(RuleSet rules, String selector) {
        for (RulePack pack : rules.packs()) {
            Work.step();
            for (Rule r : pack.rules()) {
                Work.step();
                if (Context.selects(selector, r)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Kind kindOf(String word) {
        return Kind.valueOf(word.replace("disable-next-line", "next_line").replace("disable-line", "line")
                .toUpperCase(Locale.ROOT));
    }

    /** A finding about a directive, placed on its comment. */
    private static Finding problem(Document doc, Comment c, String rule, String message) {
        Position start = doc.lines().position(c.start());
        Position end = doc.lines().position(c.end());
        String text = doc.source().substring(c.start(), c.end());
        return new Finding(rule, CATEGORY, Severity.WARNING, message, new Span(0, 0), start, end, text, List.of());
    }
}
