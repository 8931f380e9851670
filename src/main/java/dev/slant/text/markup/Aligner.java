package dev.slant.text.markup;

import dev.slant.text.Work;
import dev.slant.text.SourceMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Appends text a parser decoded from a run of source ("AT&amp;amp;T", "\*") to prose, mapping
 * each character back to the source characters it came from: copied runs map character for
 * character, an entity or backslash escape maps as a whole. Where the two cannot be lined
 * up, the rest maps as a whole to the rest of the run, so a position is never outside it.
 */
final class Aligner {

    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?");

    private final SourceMap.Builder out;
    private final String source;

    Aligner(SourceMap.Builder out, String source) {
        this.out = out;
        this.source = source;
    }

    /** Appends {@code decoded}, the parser's reading of {@code source[start, end)}. */
    void append(String decoded, int start, int end) {
        if (decoded.length() == end - start && source.startsWith(decoded, start)) {
            out.copy(source, start, end);
            return;
        }
        int i = start;
        int j = 0;
        int runI = start;
        int runJ = 0;
        Matcher entity = ENTITY.matcher(source);
        while (i < end && j < decoded.length()) {
            Work.step();
            char r = source.charAt(i);
            char d = decoded.charAt(j);
            int step = special(r, i, end, decoded, j, entity);
            if (step == 0 && r == d) {
                i++;
                j++;
                continue;
            }
            flush(decoded, runI, i, runJ, j);
            if (step == 0) {
                out.put(decoded.substring(j), i, end); // cannot line up: map the rest as a whole
                return;
            }
            int consumed = step >> 8;
            int produced = step & 0xff;
            out.put(decoded.substring(j, j + produced), i, i + consumed);
            i += consumed;
            j += produced;
            runI = i;
            runJ = j;
        }
        flush(decoded, runI, i, runJ, j);
        if (j < decoded.length()) {
            out.put(decoded.substring(j), end, end);
        }
    }

    /**
     * If an escape or entity at {@code source[i]} decodes to {@code decoded[j…]}, how many
     * source characters it takes (high bits) and how many it gives (low 8 bits); else 0.
     */
    private int special(char r, int i, int end, String decoded, int j, Matcher entity) {
        if (r == '\\' && i + 1 < end && source.charAt(i + 1) == decoded.charAt(j)) {
            return (2 << 8) | 1;
        }
        if (r == '&' && entity.region(i, end).lookingAt()) {
            String raw = entity.group();
            String value = Parser.unescapeEntities(raw, false);
            if (!value.equals(raw) && !value.isEmpty() && value.length() < 256 && decoded.startsWith(value, j)) {
                return (raw.length() << 8) | value.length();
            }
        }
        return 0;
    }

    private void flush(String decoded, int fromI, int toI, int fromJ, int toJ) {
        if (toI > fromI) {
            out.put(decoded.substring(fromJ, toJ), fromI, toI);
        }
    }
}
