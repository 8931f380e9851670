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

    /** Reads the text; an {@link IOException} becomes the result's error. */
    @FunctionalInterface
    public interface Reader {
        String read() throws IOException;
    }

    /** A source in plain text. */
    public Source(String path, Reader reader) {
        this(path, null, Format.TEXT, reader);
    }

    public static Source of(String path, String text) {
        return new Source(path, () -> text);
    }

    public static Source of(String path, Format format, String text) {
        return new Source(path, null, format, () -> text);
    }
}
