package dev.slant.report;

import dev.slant.text.Work;
import dev.slant.engine.Finding;
import dev.slant.engine.LintResult;
import dev.slant.rules.Severity;
import dev.slant.text.LineIndex;
import java.io.IOException;
import java.io.Writer;

/**
 * Compiler-style text: {@code path:line:col: severity [rule] message}, then the source
 * line with the span underlined by carets, then any suggestions; a summary line ends the
 * output. ANSI colour only when asked for (the CLI asks on a terminal).
 */
public final class TextReporter implements Reporter {

    /** Source lines longer than this are cut to a window around the finding. */
    static final int MAX_LINE = 100;
    private static final int CONTEXT = 40;
    private static final String INDENT = "    ";

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";
    private static final String GREEN = "\u001B[32m";
    private static final String DIM = "\u001B[2m";

    private final boolean color;
    private final boolean summary;

    public TextReporter(boolean color) {
        this(color, true);
    }

    /** A text reporter; without {@code summary}, only the findings are written. */
    public TextReporter(boolean color, boolean summary) {
        this.color = color;
        this.summary = summary;
    }

    @Override
    public void write(Report report, Writer to) throws IOException {
        // a finding takes some twenty small writes: buffered, the encoder below sees large ones
        Writer out = new java.io.BufferedWriter(to, 1 << 16);
        for (LintResult result : report.results()) {
            Work.step();
            for (Finding f : result.findings()) {
                Work.step();
                writeFinding(result, f, out);
            }
        }
        if (summary) {
            out.write(summaryLine(report));
            out.write('\n');
        }
        out.flush();
    }

    private void writeFinding(LintResult result, Finding f, Writer out) throws IOException {
        out.write(paint(BOLD, result.path() + ":" + f.start().line() + ":" + f.start().column() + ":"));
        out.write(' ');
        out.write(paint(colorOf(f.severity()), f.severity().label()));
        out.write(' ');
        out.write(paint(DIM, "[" + f.rule() + "]"));
        out.write(' ');
        out.write(Messages.visible(f.message()));
        out.write('\n');
        writeSource(result.lines(), f, out);
        if (!f.suggestions().isEmpty()) {
            String label = f.suggestions().size() == 1 ? "suggestion: " : "suggestions: ";
            out.write(INDENT + label + paint(GREEN, String.join(" | ", f.suggestions())) + "\n");
        }
    }

    /**
     * The finding's line (cut to a window around the finding when long) and a caret
     * underline. Works in offsets, never copying or counting a whole long line, so that a
     * file of one 50 MB line with many findings costs no more than one with short lines.
     */
    private void writeSource(LineIndex lines, Finding f, Writer out) throws IOException {
        String text = lines.text();
        int line = f.start().line();
        int lineStart = lines.lineStart(line);
        int lineEnd = lines.lineEnd(line);
        int from = Math.min(lines.offset(f.start()), lineEnd);
        int to = f.end().line() == line ? Math.min(lines.offset(f.end()), lineEnd) : lineEnd;
        int windowStart = lineStart;
        int windowEnd = lineEnd;
        if (lineEnd - lineStart > MAX_LINE) {
            windowStart = boundary(text, Math.max(lineStart, from - CONTEXT));
            windowEnd = boundary(text, Math.min(lineEnd, Math.max(to + CONTEXT, windowStart + MAX_LINE)));
        }
        String prefix = windowStart > lineStart ? "…" : "";
        String suffix = windowEnd < lineEnd ? "…" : "";
        out.write(INDENT);
        out.write(prefix);
        writeVisible(text, windowStart, windowEnd, out);
        out.write(suffix);
        out.write('\n');
        int pad = prefix.length() + text.codePointCount(windowStart, from);
        int carets = to > from ? text.codePointCount(from, Math.min(to, windowEnd)) : 1;
        out.write(INDENT + " ".repeat(pad) + paint(colorOf(f.severity()), "^".repeat(Math.max(1, carets))) + "\n");
    }

    /** An offset moved off the second half of a surrogate pair. */
    private static int boundary(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1)) ? at + 1 : at;
    }

    /**
     * Writes {@code text[from, to)} with tabs as spaces and control characters, which would
     * corrupt a terminal, as U+FFFD (all of them are single UTF-16 units). Through an array,
     * which the launcher's C1 JIT reads much faster than a string.
     */
    private static void writeVisible(String text, int from, int to, Writer out) throws IOException {
        char[] chars = new char[to - from];
        text.getChars(from, to, chars, 0);
        for (int i = 0; i < chars.length; i++) {
            Work.step();
            char c = chars[i];
            if (c == '\t') {
                chars[i] = ' ';
            } else if (Character.isISOControl(c)) {
                chars[i] = '\uFFFD';
            }
        }
        out.write(chars);
    }

    static String summaryLine(Report report) {
        Summary s = report.summary();
        StringBuilder sb = new StringBuilder();
        if (s.findings() == 0) {
            sb.append("no findings");
        } else {
            sb.append(count(s.findings(), "finding")).append(" (")
                    .append(count(s.bySeverity().get(Severity.ERROR), "error")).append(", ")
                    .append(count(s.bySeverity().get(Severity.WARNING), "warning")).append(", ")
                    .append(count(s.bySeverity().get(Severity.SUGGESTION), "suggestion")).append(")");
        }
        sb.append(" in ").append(count(s.files(), "file"));
        if (s.unreadable() > 0) {
            sb.append(" (").append(s.unreadable()).append(" could not be read)");
        }
        sb.append(", ").append(report.elapsedMillis()).append(" ms");
        return sb.toString();
    }

    /** {@code n} and the noun, plural unless {@code n} is 1 ("1 file", "24 findings"): every count slant prints. */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String colorOf(Severity s) {
        switch (s) {
            case ERROR:
                return RED;
            case WARNING:
                return YELLOW;
            default:
                return CYAN;
        }
    }

    private String paint(String code, String s) {
        return color ? code + s + RESET : s;
    }
}
