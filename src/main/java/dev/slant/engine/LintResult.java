package dev.slant.engine;

import dev.slant.text.Document;
import dev.slant.text.LineIndex;
import java.util.List;

/**
 * The outcome for one source: its findings and the lines of its text, or the error that
 * kept it from being read ({@code lines} is then null and {@code findings} empty).
 * {@code document} is the analysed draft, or null when the draft was too large to keep
 * whole (it was linted in parts, see {@link Chunks}) or could not be read.
 */
public record LintResult(String path, Document document, LineIndex lines, List<Finding> findings, String error) {

    public LintResult {
        findings = List.copyOf(findings);
    }

    /** A result for a draft analysed whole. */
    public LintResult(String path, Document document, List<Finding> findings, String error) {
        this(path, document, document == null ? null : document.lines(), findings, error);
    }

    /** The same result with other findings (after a baseline or a diff filtered them). */
    public LintResult withFindings(List<Finding> kept) {
        return new LintResult(path, document, lines, kept, error);
    }

    public boolean failed() {
        return error != null;
    }
}
