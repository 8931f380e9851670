package dev.slant.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * A file pattern of a configuration file, as in .gitignore: relative to the directory of
 * the file, with {@code /} between folders. {@code *} and {@code ?} stay within a folder,
 * {@code **} crosses folders ({@code a/**}{@code /b.md} also matches {@code a/b.md}), a
 * pattern without {@code /} matches a file name in any folder ({@code *.draft.md}), and a
 * pattern ending in {@code /} matches everything below that folder. Matching uses the
 * JDK's glob matcher.
 */
public final class Glob {

    private final String pattern;
    private final Path base;
    private final List<PathMatcher> matchers;

    private Glob(String pattern, Path base, List<PathMatcher> matchers) {
        this.pattern = pattern;
        this.base = base;
        this.matchers = matchers;
    }

    /**
     * Compiles a pattern relative to {@code base} (an absolute, normalised folder).
     *
     * @throws IllegalArgumentException with a message for the user if the pattern is invalid
     */
    public static Glob of(String pattern, Path base) {
        String p = pattern.strip().replace('\\', '/');
        if (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.endsWith("/")) {
            p = p + "**";
        }
        if (p.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        if (!p.contains("/")) {
            p = "**/" + p;
        }
        List<PathMatcher> matchers = new ArrayList<>();
        try {
            for (String variant : variants(p)) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
            }
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid pattern '" + pattern + "': " + e.getDescription());
        }
        return new Glob(pattern, base, List.copyOf(matchers));
    }

    /** The pattern and, for each "**{@literal /}", the pattern with it dropped (zero folders). */
    private static List<String> variants(String p) {
        List<String> out = new ArrayList<>();
        out.add(p);
        for (int i = 0; i < out.size() && out.size() < 16; i++) {
            String v = out.get(i);
            int at = v.indexOf("**/");
            while (at >= 0) {
                String shorter = v.substring(0, at) + v.substring(at + 3);
                if (!out.contains(shorter)) {
                    out.add(shorter);
                }
                at = v.indexOf("**/", at + 1);
            }
        }
        return out;
    }

    /** True if the file (any path; made absolute) matches. Files outside the base never do. */
    public boolean matches(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(base)) {
            return false;
        }
        Path relative = base.relativize(abs);
        if (relative.toString().isEmpty()) {
            return false;
        }
        for (PathMatcher m : matchers) {
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /** True if any of the globs matches. */
    public static boolean any(List<Glob> globs, Path file) {
        for (Glob g : globs) {
            if (g.matches(file)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
