package dev.slant.cli;

import dev.slant.text.Format;
import picocli.CommandLine.Option;

/** How to read the drafts: shared by the commands that read them. */
final class InputOptions {

    @Option(names = "--input-format", paramLabel = "SYNTAX", defaultValue = "auto",
            description = "How to read the drafts: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: "
                    + "by file extension, .md/.markdown as Markdown, .html/.htm as HTML, the rest and "
                    + "standard input as plain text).")
    Syntax syntax = Syntax.auto;

    @Option(names = "--encoding-errors", paramLabel = "ACTION", defaultValue = "replace",
            description = "What to do with a draft that is not valid UTF-8: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}: read bad bytes as U+FFFD and warn, naming the first bad byte; "
                    + "skip: leave the draft out with a warning; fail: an error, exit code 2).")
    Decoding.Mode encodingErrors = Decoding.Mode.replace;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "The longest one draft may take; a draft that takes longer is left out with an error "
                    + "(exit code 2). 0: no limit (default: ${DEFAULT-VALUE}).")
    double timeout = 300;

    /** The time limit per draft, or null for none. */
    java.time.Duration timeLimit() {
        if (timeout < 0 || Double.isNaN(timeout)) {
            throw new UserException("--timeout must be 0 (no limit) or more, got " + timeout);
        }
        return timeout == 0 ? null : java.time.Duration.ofMillis(Math.max(1, Math.round(timeout * 1000)));
    }

    Decoding decoding() {
        return new Decoding(encodingErrors);
    }

    /** The --input-format choices. */
    enum Syntax {
        auto(null), text(Format.TEXT), markdown(Format.MARKDOWN), html(Format.HTML);

        final Format format;

        Syntax(Format format) {
            this.format = format;
        }
    }

    /** The format forced on every input, or null to go by file extension. */
    Format forced() {
        return syntax.format;
    }
}
