package dev.slant.engine;

import java.io.IOException;

/**
 * Something to lint: a name to show and a way to read its text. Reading happens on the
 * worker thread that lints it, so files are read in parallel too.
 */
public record Source(String path, Reader reader) {

    /** Reads the text; an {@link IOException} becomes the result's error. */
    @FunctionalInterface
    public interface Reader {
        String read() throws IOException;
    }

    public static Source of(String path, String text) {
        return new Source(path, () -> text);
    }
}
