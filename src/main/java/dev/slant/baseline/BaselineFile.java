package dev.slant.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline file format, JSON, sorted so that it diffs well in a repository:
 *
 * <pre>
 * {"version": 1, "tool": "slant", "findings": [
 *   {"path": "news/story.md", "rule": "loaded.descriptor", "fingerprint": "…", "text": "diminutive", "line": 3}
 * ]}
 * </pre>
 *
 * Paths are relative to the folder of the baseline file, with "/" between folders.
 */
public final class BaselineFile {

    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BaselineFile() {
    }

    /** The JSON text of a baseline. */
    public static String write(Baseline baseline) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("tool", "slant");
        ArrayNode findings = root.putArray("findings");
        for (Baseline.Entry e : baseline.entries()) {
            ObjectNode n = findings.addObject();
            n.put("path", e.path());
            n.put("rule", e.rule());
            n.put("fingerprint", e.fingerprint());
            n.put("text", e.text());
            n.put("line", e.line());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a baseline's JSON text.
     *
     * @throws IllegalArgumentException saying what is wrong, for the user
     */
    public static Baseline read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON (line " + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject() || root.path("version").asInt() != VERSION
                || !root.path("findings").isArray()) {
            throw new IllegalArgumentException("not a slant baseline (version " + VERSION
                    + " with a findings list); write one with --write-baseline");
        }
        List<Baseline.Entry> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.get("findings")) {
            if (!n.path("path").isTextual() || !n.path("fingerprint").isTextual() || !n.path("rule").isTextual()) {
                throw new IllegalArgumentException("entry " + i + " lacks a path, rule or fingerprint");
            }
            out.add(new Baseline.Entry(n.get("path").asText(), n.get("rule").asText(), n.get("fingerprint").asText(),
                    n.path("text").asText(""), n.path("line").asInt(0)));
            i++;
        }
        return new Baseline(out);
    }
}
