package dev.slant.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.text.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads gold files in the JSON Lines format of docs/eval.md: one object per line with
 * {@code text}, {@code spans} ({@code start}, {@code end} in code points, {@code kind}) and
 * an optional {@code label}. Offsets are converted to UTF-16 for the text layer.
 */
public final class GoldReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {
    }

    /** Reads every record; a malformed line is an error naming the file and line. */
    public static List<GoldRecord> read(Path file) throws IOException {
        List<GoldRecord> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(JSON.readTree(line)));
                } catch (IOException | IllegalArgumentException e) {
                    throw new GoldFormatException(file + ":" + lineNo + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    private static GoldRecord parse(JsonNode node) {
        JsonNode textNode = node.get("text");
        if (textNode == null || !textNode.isTextual()) {
            throw new IllegalArgumentException("a record needs a \"text\" string");
        }
        String text = textNode.asText();
        List<GoldSpan> spans = new ArrayList<>();
        JsonNode list = node.get("spans");
        if (list != null) {
            int points = text.codePointCount(0, text.length());
            for (JsonNode s : list) {
                int start = s.path("start").asInt(-1);
                int end = s.path("end").asInt(-1);
                if (start < 0 || end < start || end > points) {
                    throw new IllegalArgumentException("span " + start + ".." + end + " is outside the text");
                }
                spans.add(new GoldSpan(new Span(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)),
                        s.path("kind").asText(""), s.path("relation").asText(null),
                        "yes".equals(s.path("quote").asText(""))));
            }
        }
        JsonNode label = node.get("label");
        return new GoldRecord(node.path("id").asText(""), text,
                label == null || label.isNull() ? null : label.asText(), spans);
    }
}
