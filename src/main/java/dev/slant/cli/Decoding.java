package dev.slant.cli;

import dev.slant.engine.Source;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a draft's bytes into text: UTF-8 (a byte-order mark dropped), or UTF-16 when it
 * starts with a UTF-16 byte-order mark. A file with a NUL byte in its first 8 KB (and no
 * UTF-16 mark) is binary and skipped. Invalid UTF-8 is, by {@link Mode}, replaced with
 * U+FFFD with a note naming the first bad byte, skipped, or an error.
 */
final class Decoding {

    /** What to do with bytes that are not UTF-8. */
    enum Mode {
        replace, skip, fail
    }

    private static final int BINARY_PROBE = 8192;

    private final Mode mode;

    Decoding(Mode mode) {
        this.mode = mode;
    }

    Source.Input decode(byte[] bytes) throws java.io.IOException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Source.Input.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Source.Input.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                throw new Source.Skip("not text (a NUL byte at byte " + i + "); skipped");
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return Source.Input.of(text); // valid: a replacement character can only come from the file itself
        }
        long bad = firstInvalidByte(bytes, start);
        if (bad < 0) {
            return Source.Input.of(text); // the file holds U+FFFD itself
        }
        String where = "invalid UTF-8 at byte " + bad;
        switch (mode) {
            case fail:
                throw new java.io.IOException(where + " (use --encoding-errors replace to read it anyway)");
            case skip:
                throw new Source.Skip(where + "; skipped (--encoding-errors skip)");
            default:
                return new Source.Input(text, where + "; such bytes read as U+FFFD " + "(--encoding-errors "
                        + Mode.replace.name().toLowerCase(Locale.ROOT) + ")");
        }
    }

    /** The offset of the first byte that is not valid UTF-8, or -1. */
    static long firstInvalidByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return -1;
            }
            out.clear(); // overflow: keep going
        }
    }
}
