package dev.slant.engine;

import dev.slant.rules.PhraseRule;
import dev.slant.rules.Rule;
import dev.slant.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The edits {@code slant fix} makes: for each finding of a rule marked {@code fix: safe}
 * whose words have exactly one replacement written for their exact form (see
 * {@link PhraseRule#fixFor}), outside any quotation, where the file holds exactly the
 * flagged words (no markup or entity inside them), the words are replaced, keeping their
 * case ("Claimed" becomes "Said"). Everything else stays byte for byte.
 */
public final class Fixes {

    /** Replace {@code source[start, end)} (UTF-16 offsets) with {@code replacement}. */
    public record Edit(int start, int end, String original, String replacement, String rule) {
    }

    private Fixes() {
    }

    /** The safe edits for a draft's findings, in order, none overlapping. */
    public static List<Edit> plan(Document doc, List<Finding> findings, RuleSet rules) {
        List<Edit> out = new ArrayList<>();
        int until = -1;
        for (Finding f : findings) {
            Rule rule = rules.find(f.rule());
            if (!(rule instanceof PhraseRule)) {
                continue;
            }
            String replacement = ((PhraseRule) rule).fixFor(f.text());
            if (replacement == null || quoted(doc, f)) {
                continue;
            }
            int start = doc.lines().offset(f.start());
            int end = doc.lines().offset(f.end());
            if (start < until || !doc.source().substring(start, end).equals(f.text())) {
                continue; // overlapping, or markup inside the words: leave it to the writer
            }
            out.add(new Edit(start, end, f.text(), keepCase(f.text(), replacement), f.rule()));
            until = end;
        }
        return out;
    }

    /** The text with the edits made. */
    public static String apply(String source, List<Edit> edits) {
        StringBuilder sb = new StringBuilder(source.length());
        int at = 0;
        for (Edit e : edits) {
            sb.append(source, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return sb.append(source, at, source.length()).toString();
    }

    /** True if any token of the finding lies in a quotation. */
    private static boolean quoted(Document doc, Finding f) {
        int first = doc.tokenAt(f.span().start());
        int last = doc.tokenAt(Math.max(f.span().start(), f.span().end() - 1));
        for (int i = first; i <= last; i++) {
            if (doc.inQuotation(i)) {
                return true;
            }
        }
        return false;
    }

    /** The replacement in the case of the original: "SLAMMED" to "CRITICIZED", "Claimed" to "Said". */
    static String keepCase(String original, String replacement) {
        boolean upper = original.codePoints().filter(Character::isLetter).count() > 1
                && original.equals(original.toUpperCase(Locale.ROOT));
        if (upper) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        if (!original.isEmpty() && Character.isUpperCase(original.codePointAt(0)) && !replacement.isEmpty()) {
            int first = replacement.codePointAt(0);
            return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                    .append(replacement, Character.charCount(first), replacement.length()).toString();
        }
        return replacement;
    }
}
