package dev.slant.engine;

import dev.slant.text.Format;
import java.io.IOException;

/**
 * Something to lint: a name to show, the format it is written in and a way to read its
 * text. Reading happens on the worker thread that lints it, so files are read in parallel too.
 */
public record Source(String path, Format format, Reader reader) {

    /** Reads the text; an {@link IOException} becomes the result's error. */
    @FunctionalInterface
    public interface Reader {
        String read() throws IOException;
    }

    /** A source in plain text. */
    public Source(String path, Reader reader) {
        this(path, Format.TEXT, reader);
    }

    public static Source of(String path, String text) {
        return new Source(path, () -> text);
    }

    public static Source of(String path, Format format, String text) {
        return new Source(path, format, () -> text);
    }
}
