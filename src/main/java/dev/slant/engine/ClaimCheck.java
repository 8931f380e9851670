package dev.slant.engine;

import dev.slant.text.Work;
import dev.slant.rules.ClaimRule;
import dev.slant.text.Document;
import dev.slant.text.Sentence;
import dev.slant.text.TokenKind;
import dev.slant.text.Voice;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link ClaimRule} on one sentence: collects the reasons its markers and numbers
 * give, and flags the sentence when it is in the writer's own voice. Headlines, captions
 * and datelines (no sentence punctuation), questions and fragments under four words are
 * not claims.
 */
final class ClaimCheck {

    private static final int MIN_WORDS = 4;

    private ClaimCheck() {
    }

    /**
     * The reasons the sentence is a claim, in the rule's order; empty if it is not one.
     * {@code numberWords} answers {@link ClaimRule#isNumberWord} for the document's tokens;
     * {@code marks} are the document's, the rule among their claim rules (only the words
     * {@link WordMarks#MAY_COUNT} are read for numbers).
     */
    static List<String> reasons(Document doc, Sentence s, ClaimRule rule, List<PhraseMatcher.Match> matches,
            FormFlags numberWords, WordMarks marks) {
        List<String> found = null; // distinct, a few at most: a list searched beats a hash set made per sentence
        for (PhraseMatcher.Match m : matches) {
            Work.step();
            if (m.exception()) {
                return List.of(); // routine scene-setting
            }
            if (!doc.inQuotation(m.firstToken())) {
                found = found == null ? new ArrayList<>(4) : found;
                addNew(found, rule.reasonOf(m.term()));
            }
        }
        if (rule.numberReason() != null && (found == null || !found.contains(rule.numberReason()))
                && hasCount(doc, s, rule, numberWords, marks)) {
            found = found == null ? new ArrayList<>(1) : found;
            found.add(rule.numberReason());
        }
        if (found == null || !isFullSentence(doc, s)) {
            return List.of(); // no reason, or not a sentence that asserts (the cheaper test first)
        }
        List<String> ordered = new ArrayList<>();
        for (String reason : rule.reasons()) {
            Work.step();
            if (found.contains(reason)) {
                ordered.add(reason);
            }
        }
        return ordered;
    }

    /** Adds {@code reason} to {@code found} unless it is there already. */
    private static void addNew(List<String> found, String reason) {
        if (!found.contains(reason)) {
            found.add(reason);
        }
    }

    /** A {@link FormFlags} of the rule's number words for the document, for {@link #reasons}. */
    static FormFlags numberWords(Document doc, ClaimRule rule) {
        return new FormFlags(doc, rule::isNumberWord);
    }

    static void check(Document doc, Sentence s, ClaimRule rule, List<PhraseMatcher.Match> matches,
            FormFlags numberWords, WordMarks marks, ClaimMessages messages, List<Finding> out) {
        if (doc.voice(s) != Voice.WRITER) {
            return;
        }
        List<String> reasons = reasons(doc, s, rule, matches, numberWords, marks);
        if (!reasons.isEmpty()) {
            String text = doc.text().substring(s.span().start(), s.span().end());
            String message = messages.of(text, reasons);
            out.add(new Finding(rule.id(), rule.meta().category(), rule.meta().severity(), message, s.span(),
                    doc.position(s.span().start()), doc.endPosition(s.span().end()), text, rule.meta().suggestions()));
        }
    }

    /**
     * The cheap tests first; all must pass. Reads the sentence's tokens once, without
     * looking its words up: most sentences with a number never come here.
     */
    private static boolean isFullSentence(Document doc, Sentence s) {
        int words = 0; // the word and number tokens
        int lastWord = -1;
        int longWords = 0;
        int capitalised = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Work.step();
            TokenKind k = doc.tokenKind(i);
            if (k.isWordLike() || k == TokenKind.NUMBER) {
                words++;
                lastWord = i;
                if (k.isWordLike() && doc.tokenEnd(i) - doc.tokenStart(i) > 3) {
                    longWords++;
                    capitalised += Character.isUpperCase(doc.text().codePointAt(doc.tokenStart(i))) ? 1 : 0;
                }
            }
        }
        if (words < MIN_WORDS) {
            return false; // fragments and headlines, which assert nothing
        }
        int lastMark = -1;
        for (int i = s.endToken() - 1; i >= s.firstToken() && lastMark < 0; i--) { // mostly a few tokens back
            Work.step();
            TokenKind k = doc.tokenKind(i);
            if (k == TokenKind.TERMINAL || k == TokenKind.ELLIPSIS) {
                lastMark = i;
            }
        }
        if (lastMark < 0 || doc.tokenText(lastMark).contains("?")) {
            return false; // headlines, and questions, which assert nothing
        }
        if (lastWord > lastMark) {
            return false; // the mark was inside, e.g. "Sen." in a headline
        }
        return longWords < 3 || capitalised * 5 < longWords * 4; // else a headline in title case or capitals
    }

    /** True if a number outside quotations is a count, not a date, time, age or label. */
    private static boolean hasCount(Document doc, Sentence s, ClaimRule rule, FormFlags numberWords,
            WordMarks marks) {
        for (int k = marks.start(s); k < marks.end(s); k++) { // a count is a number or a number word: marked
            Work.step();
            int i = marks.token(k);
            if (marks.is(k, WordMarks.MAY_COUNT) && isCount(doc, s, i, rule, numberWords) && !doc.inQuotation(i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCount(Document doc, Sentence s, int i, ClaimRule rule, FormFlags numberWords) {
        TokenKind kind = doc.tokenKind(i);
        if (kind == TokenKind.NUMBER) {
            String raw = doc.tokenText(i);
            if (raw.indexOf('%') >= 0 || "$£€¥".indexOf(raw.charAt(0)) >= 0) {
                return true;
            }
            if (isOrdinal(raw) || raw.indexOf('-') >= 0 || raw.endsWith("s")
                    || isYear(raw) || !Character.isDigit(raw.charAt(0))) {
                return false; // ordinals, scores and ranges, decades, years
            }
            if (raw.length() == 1 && !rule.isNumberWord(neighbour(doc, s, i, 1))) {
                return false; // "2 men", "won 3 races": small counts are description
            }
            if (betweenCommas(doc, s, i)) {
                return false; // an age after a name: "Dewayne Smithy, 33, of Baldwin"
            }
        } else if (!kind.isWordLike() || !numberWords.at(i)) {
            return false;
        }
        String after = neighbour(doc, s, i, 1);
        if (rule.isNumberWord(after)) {
            after = neighbour(doc, s, nextWordIndex(doc, s, i), 1); // "66 million years"
        }
        String before = neighbour(doc, s, i, -1);
        return !rule.isUnit(after) && !rule.isUnit(after.split("-")[0]) && !rule.isLabel(before);
    }

    /**
     * True for a number like "21st" or "3rd": what the regular expression
     * {@code .*\d(st|nd|rd|th)} matches (a digit, then the suffix, at the end; no line
     * break before it), without a matcher per number.
     */
    static boolean isOrdinal(String raw) {
        int n = raw.length();
        if (n < 3 || !isAsciiDigit(raw.charAt(n - 3))) {
            return false;
        }
        if (!raw.endsWith("st") && !raw.endsWith("nd") && !raw.endsWith("rd") && !raw.endsWith("th")) {
            return false;
        }
        for (int k = 0; k < n - 3; k++) {
            Work.step();
            if ("\n\r\u0085\u2028\u2029".indexOf(raw.charAt(k)) >= 0) {
                return false; // '.' in a regular expression matches no line terminator
            }
        }
        return true;
    }

    /** True for a year from 1800 to 2099: what {@code (18|19|20)\d\d} matches. */
    static boolean isYear(String raw) {
        return raw.length() == 4 && (raw.startsWith("18") || raw.startsWith("19") || raw.startsWith("20"))
                && isAsciiDigit(raw.charAt(2)) && isAsciiDigit(raw.charAt(3));
    }

    /** {@code \d} in a regular expression: 0 to 9 only. */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean betweenCommas(Document doc, Sentence s, int i) {
        return isComma(doc, s, i, -1) && isComma(doc, s, i, 1);
    }

    private static boolean isComma(Document doc, Sentence s, int i, int step) {
        for (int j = i + step; j >= s.firstToken() && j < s.endToken(); j += step) {
            Work.step();
            if (!doc.tokenKind(j).isSpace()) {
                return doc.tokenKind(j) == TokenKind.PUNCT && doc.text().charAt(doc.tokenStart(j)) == ',';
            }
        }
        return false;
    }

    private static int nextWordIndex(Document doc, Sentence s, int i) {
        for (int j = i + 1; j < s.endToken(); j++) {
            Work.step();
            if (doc.tokenKind(j).isWordLike()) {
                return j;
            }
        }
        return s.endToken() - 1;
    }

    /** The next (or previous) word, skipping spaces, hyphens and abbreviation periods; "" if none. */
    private static String neighbour(Document doc, Sentence s, int i, int step) {
        for (int j = i + step; j >= s.firstToken() && j < s.endToken(); j += step) {
            Work.step();
            TokenKind k = doc.tokenKind(j);
            if (k.isWordLike()) {
                return doc.form(j);
            }
            int start = doc.tokenStart(j);
            boolean skippable = k.isSpace()
                    || (doc.tokenEnd(j) - start == 1 && "-.".indexOf(doc.text().charAt(start)) >= 0);
            if (!skippable) {
                return "";
            }
        }
        return "";
    }
}
