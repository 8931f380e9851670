package dev.slant.engine;

import dev.slant.text.Format;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Something to lint: a name to show, the file it is (null for standard input and other
 * texts), the format it is written in and a way to read its text. Reading happens on the
 * worker thread that lints it, so files are read in parallel too.
 */
public record Source(String path, Path file, Format format, Reader reader) {

    /**
     * Reads the text; an {@link IOException} becomes the result's error, a {@link Skip}
     * leaves the draft out with a note.
     */
    @FunctionalInterface
    public interface Reader {
        Input read() throws IOException;
    }

    /** A draft's text, and a note about how it was read (bytes replaced), or null. */
    public record Input(String text, String note) {

        public static Input of(String text) {
            return new Input(text, null);
        }
    }

    /** Thrown by a reader for a draft that is not text (a binary file): skipped, with a note. */
    public static final class Skip extends IOException {
        private static final long serialVersionUID = 1L;

        public Skip(String why) {
            super(why);
        }
    }

    /** A source in plain text. */
    public Source(String path, Reader reader) {
        this(path, null, Format.TEXT, reader);
    }

    public static Source of(String path, String text) {
        return new Source(path, () -> Input.of(text));
    }

    public static Source of(String path, Format format, String text) {
        return new Source(path, null, format, () -> Input.of(text));
    }
}
