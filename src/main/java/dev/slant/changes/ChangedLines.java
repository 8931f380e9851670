package dev.slant.changes;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The lines a change added or changed, per file: read from a unified diff (as
 * {@code git diff} writes it) with java-diff-utils, plus whole files that are new to the
 * repository. Paths are absolute and normalised; lines are 1-based.
 */
public final class ChangedLines {

    private final Map<Path, BitSet> lines;
    private final Set<Path> wholeFiles;

    private ChangedLines(Map<Path, BitSet> lines, Set<Path> wholeFiles) {
        this.lines = lines;
        this.wholeFiles = wholeFiles;
    }

    /**
     * Reads a unified diff whose paths are relative to {@code base}.
     *
     * @throws IllegalArgumentException if the text is not a unified diff
     */
    public static ChangedLines parse(String diff, Path base, Set<Path> newFiles) {
        Map<Path, BitSet> lines = new HashMap<>();
        if (!diff.isBlank()) {
            UnifiedDiff parsed;
            try {
                parsed = UnifiedDiffReader.parseUnifiedDiff(
                        new ByteArrayInputStream(diff.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("not a unified diff: " + e.getMessage());
            }
            if (parsed.getFiles().isEmpty()) {
                throw new IllegalArgumentException("not a unified diff: no '+++' file headers in it");
            }
            for (UnifiedDiffFile f : parsed.getFiles()) {
                String to = f.getToFile();
                if (to == null || to.equals("/dev/null")) {
                    continue; // deleted
                }
                BitSet set = lines.computeIfAbsent(resolve(base, to), k -> new BitSet());
                for (AbstractDelta<String> d : f.getPatch().getDeltas()) {
                    int first = d.getTarget().getPosition() + 1;
                    set.set(first, first + d.getTarget().size());
                }
            }
        }
        Set<Path> whole = new HashSet<>();
        for (Path p : newFiles) {
            whole.add(p.toAbsolutePath().normalize());
        }
        return new ChangedLines(lines, whole);
    }

    private static Path resolve(Path base, String path) {
        String p = path.startsWith("b/") || path.startsWith("a/") ? path.substring(2) : path;
        return base.resolve(p).toAbsolutePath().normalize();
    }

    /** True if any line from {@code first} to {@code last} of the file changed. */
    public boolean touches(Path file, int first, int last) {
        Path abs = file.toAbsolutePath().normalize();
        if (wholeFiles.contains(abs)) {
            return true;
        }
        BitSet set = lines.get(abs);
        if (set == null) {
            return false;
        }
        int next = set.nextSetBit(first);
        return next >= 0 && next <= last;
    }
}
