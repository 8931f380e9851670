package dev.slant.cli;

import dev.slant.config.Config;
import dev.slant.config.ConfigFinder;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which configuration file applies: a mixin for the commands that lint. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this configuration file for every draft, instead of the nearest "
                    + Config.FILE_NAME + " in the draft's folder or a folder above it.")
    Path config;

    @Option(names = "--no-config", description = "Use no configuration file.")
    boolean noConfig;

    private final ConfigFinder finder = new ConfigFinder();

    /** The configuration for a draft ({@code file} null: standard input, found from the working folder). */
    Optional<Config> forDraft(Path file) {
        if (noConfig) {
            return Optional.empty();
        }
        if (config != null) {
            return Optional.of(finder.read(config));
        }
        return file == null ? finder.forFolder(Path.of("")) : finder.forFile(file);
    }

    void check() {
        if (noConfig && config != null) {
            throw new UserException("--config and --no-config cannot be used together");
        }
    }
}
