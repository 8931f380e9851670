package dev.slant.engine;

import dev.slant.text.Document;
import dev.slant.text.LineIndex;
import java.util.List;

/**
 * The outcome for one source: its findings and the lines of its text; or the error that
 * kept it from being read; or, for a draft that is not text, nothing but the note saying
 * why it was skipped. {@code note} also tells of bytes replaced while reading. {@code
 * document} is the analysed draft, or null when it was not kept (see {@link Batch.Task}),
 * was too large to keep whole (see {@link Chunks}), or could not be read.
 */
public record LintResult(String path, Document document, LineIndex lines, List<Finding> findings, String error,
        String note) {

    public LintResult {
        findings = List.copyOf(findings);
    }

    /** A result for a draft analysed whole. */
    public LintResult(String path, Document document, List<Finding> findings, String error) {
        this(path, document, document == null ? null : document.lines(), findings, error, null);
    }

    /** The same result with other findings (after a baseline or a diff filtered them). */
    public LintResult withFindings(List<Finding> kept) {
        return new LintResult(path, document, lines, kept, error, note);
    }

    /** The same result with a note about reading it. */
    public LintResult withNote(String n) {
        return new LintResult(path, document, lines, findings, error, n);
    }

    public boolean failed() {
        return error != null;
    }

    /** True for a draft left out because it is not text. */
    public boolean skipped() {
        return error == null && lines == null;
    }
}
