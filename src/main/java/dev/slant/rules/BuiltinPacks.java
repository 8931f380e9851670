package dev.slant.rules;

import dev.slant.text.DataImages;
import java.io.IOException;
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

    private static volatile java.util.concurrent.Future<List<RulePack>> preloaded;

    /**
     * Starts loading the shipped packs on a background thread, so that the work overlaps
     * with the JVM and the command line starting up; {@link #load} then waits for it.
     */
    public static void preload() {
        java.util.concurrent.FutureTask<List<RulePack>> task = new java.util.concurrent.FutureTask<>(BuiltinPacks::read);
        Thread t = new Thread(task, "slant-packs");
        t.setDaemon(true);
        preloaded = task;
        t.start();
    }

    /** Loads every shipped pack, in file name order. */
    public static List<RulePack> load() {
        java.util.concurrent.Future<List<RulePack>> f = preloaded;
        if (f != null) {
            preloaded = null; // a second load reads the files again
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException) {
                    throw (RuntimeException) e.getCause();
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return read();
    }

    private static List<RulePack> read() {
        List<RulePack> packs = new ArrayList<>();
        for (String name : names()) {
            packs.add(loadShipped(name));
        }
        return packs;
    }

    /** One shipped pack by name ("puffery"), or null if there is no such pack. */
    public static RulePack load(String name) {
        String file = name + ".yml";
        if (!names().contains(file)) {
            return null;
        }
        return loadShipped(file);
    }

    /** A shipped pack, from the image the build made of its YAML when that is current. */
    private static RulePack loadShipped(String name) {
        String file = "rules/" + name;
        String yaml = read(name);
        org.yaml.snakeyaml.nodes.Node root = PackImage.read(bytes(name + PackImage.SUFFIX), yaml, file);
        return root != null ? RulePackLoader.load(file, new YamlValue(root, file, null))
                : RulePackLoader.load(file, yaml);
    }

    /** File names of the shipped packs, sorted. */
    public static List<String> names() {
        byte[] index = bytes(PackImage.INDEX); // written by the build: listing the jar took a cold start 23 ms
        if (index != null) {
            return List.of(new String(index, StandardCharsets.UTF_8).split("\n"));
        }
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
        byte[] yaml = bytes(name);
        if (yaml == null) {
            throw new IllegalStateException("missing built-in pack " + name);
        }
        return new String(yaml, StandardCharsets.UTF_8);
    }

    /** A file of the packs folder, or null if there is none. */
    private static byte[] bytes(String name) {
        return DataImages.resource(BuiltinPacks.class, DIR + "/" + name);
    }
}
