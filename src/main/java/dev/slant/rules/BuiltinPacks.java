package dev.slant.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rule packs shipped inside slant: the top-level {@code rules/*.yml} files, which the
 * build copies into the jar under {@code dev/slant/rules/packs/}.
 */
public final class BuiltinPacks {

    static final String DIR = "packs";

    private BuiltinPacks() {
    }

    /** Loads every shipped pack, in file name order. */
    public static List<RulePack> load() {
        List<RulePack> packs = new ArrayList<>();
        for (String name : names()) {
            packs.add(RulePackLoader.load("rules/" + name, read(name)));
        }
        return packs;
    }

    /** One shipped pack by name ("puffery"), or null if there is no such pack. */
    public static RulePack load(String name) {
        String file = name + ".yml";
        if (!names().contains(file)) {
            return null;
        }
        return RulePackLoader.load("rules/" + file, read(file));
    }

    /** File names of the shipped packs, sorted. */
    public static List<String> names() {
        URL dir = BuiltinPacks.class.getResource(DIR);
        if (dir == null) {
            throw new IllegalStateException("the built-in rule packs are missing from the jar");
        }
        try {
            URI uri = dir.toURI();
            if ("jar".equals(uri.getScheme())) {
                return listInJar(uri);
            }
            return list(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> listInJar(URI uri) throws IOException {
        FileSystem fs;
        boolean opened;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
            opened = false;
        }
        try {
            return list(fs.provider().getPath(uri));
        } finally {
            if (opened) {
                fs.close();
            }
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }

    private static String read(String name) {
        try (InputStream in = BuiltinPacks.class.getResourceAsStream(DIR + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in pack " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
