package dev.slant.engine;

import dev.slant.text.Document;
import java.util.List;

/**
 * The outcome for one source: its document and findings, or the error that kept it from
 * being read ({@code document} is then null and {@code findings} empty).
 */
public record LintResult(String path, Document document, List<Finding> findings, String error) {

    public LintResult {
        findings = List.copyOf(findings);
    }

    public boolean failed() {
        return error != null;
    }
}
