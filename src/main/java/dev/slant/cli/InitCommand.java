package dev.slant.cli;

import dev.slant.config.Config;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slant init}: writes a commented starter configuration. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write a commented starter configuration file, " + Config.FILE_NAME + ", to FOLDER "
                    + "(default: the working folder). slant uses the nearest " + Config.FILE_NAME
                    + " in a draft's folder or a folder above it.",
            "An existing file is never overwritten unless --force is given.",
        })
final class InitCommand implements Callable<Integer> {

    static final String STARTER = "starter-config.yml";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", arity = "0..1", description = "Where to write the file.")
    Path folder = Path.of("");

    @Option(names = "--force", description = "Replace an existing " + Config.FILE_NAME + ".")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(folder.toAbsolutePath())) {
            throw new UserException("no such folder '" + RuleOptions.display(folder) + "'");
        }
        Path file = folder.resolve(Config.FILE_NAME);
        byte[] text = starter();
        try {
            if (force) {
                Files.write(file, text);
            } else {
                Files.write(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            throw new UserException("'" + RuleOptions.display(file) + "' already exists; "
                    + "edit it, or use --force to replace it");
        }
        spec.commandLine().getOut().println("wrote " + RuleOptions.display(file)
                + ": edit it to suit your newsroom (every key is explained inside)");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    static byte[] starter() throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException("the starter configuration is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        }
    }
}
