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
