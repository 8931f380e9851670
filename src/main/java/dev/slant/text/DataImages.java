package dev.slant.text;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * What the build's data images have in common (the rule packs' node trees, the word lists):
 * a header of a magic number and the length and hash of the YAML the image was made from,
 * so that an image of other YAML is ignored; and reading them from the jar.
 */
public final class DataImages {

    /** The header's size in bytes: what an image's body starts after. */
    public static final int HEADER = 12;

    private DataImages() {
    }

    /** Writes the header of an image of {@code yaml}. */
    public static void writeHeader(DataOutputStream out, int magic, String yaml) throws IOException {
        out.writeInt(magic);
        out.writeInt(yaml.length());
        out.writeInt(yaml.hashCode());
    }

    /** True if {@code image} has the header of an image of {@code yaml}: its body is current. */
    public static boolean current(byte[] image, int magic, String yaml) {
        if (image == null || image.length < HEADER) {
            return false;
        }
        ByteBuffer in = ByteBuffer.wrap(image);
        return in.getInt() == magic && in.getInt() == yaml.length() && in.getInt() == yaml.hashCode();
    }

    /** A resource beside {@code owner}'s class, or null if there is none. */
    public static byte[] resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
