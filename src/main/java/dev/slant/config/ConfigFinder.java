package dev.slant.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the configuration of a draft: the nearest {@value Config#FILE_NAME} in its folder or
 * a folder above it. The nearest file wins whole (files are not merged), as with Vale.
 * Each file is read once per run.
 */
public final class ConfigFinder {

    private final Map<Path, Optional<Config>> byFolder = new HashMap<>();
    private final Map<Path, Config> byFile = new HashMap<>();

    /** The configuration for a draft in {@code folder}, or empty if there is none. */
    public Optional<Config> forFolder(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        Optional<Config> known = byFolder.get(dir);
        if (known != null) {
            return known;
        }
        Path candidate = dir.resolve(Config.FILE_NAME);
        Optional<Config> found;
        if (Files.isRegularFile(candidate)) {
            found = Optional.of(read(candidate));
        } else {
            found = dir.getParent() == null ? Optional.empty() : forFolder(dir.getParent());
        }
        byFolder.put(dir, found);
        return found;
    }

    /** The configuration for a draft file. */
    public Optional<Config> forFile(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Optional.empty() : forFolder(parent);
    }

    /** Reads a configuration file (once). */
    public Config read(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Config c = byFile.get(abs);
        if (c == null) {
            c = ConfigLoader.load(abs, display(file), text(file));
            byFile.put(abs, c);
        }
        return c;
    }

    private static String text(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException("cannot read configuration file '" + display(file) + "': no such file");
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file '" + display(file) + "': " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ConfigException("cannot read configuration file '" + display(file) + "'");
        }
    }

    /** A path as shown to users: relative to the working folder when inside it. */
    static String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /** A configuration file that cannot be read at all. */
    public static final class ConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConfigException(String message) {
            super(message);
        }
    }
}
