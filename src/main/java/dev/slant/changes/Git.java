package dev.slant.changes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The few git commands slant needs, run with the git on the PATH. */
public final class Git {

    private static final long TIMEOUT_SECONDS = 120;

    private Git() {
    }

    /** A git command that failed, with what git said. */
    public static final class GitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GitException(String message) {
            super(message);
        }
    }

    /**
     * The lines changed since {@code rev} in the working tree of the repository that holds
     * {@code folder} (committed, staged or not), and the files git does not track yet.
     */
    public static ChangedLines changedSince(String rev, Path folder) {
        if (rev.startsWith("-")) {
            throw new GitException("'" + rev + "' is not a revision");
        }
        Path root = Path.of(run(folder, "rev-parse", "--show-toplevel").strip());
        String diff = run(folder, "-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff",
                rev, "--");
        Set<Path> untracked = new HashSet<>();
        for (String name : run(root.toFile().toPath(), "-c", "core.quotePath=false", "ls-files", "--others",
                "--exclude-standard", "-z").split("\u0000")) {
            if (!name.isEmpty()) {
                untracked.add(root.resolve(name));
            }
        }
        return ChangedLines.parse(diff, root, untracked);
    }

    /** The top folder of the repository holding {@code folder}, or null when it is in none (or git is missing). */
    public static Path root(Path folder) {
        try {
            return Path.of(run(folder, "rev-parse", "--show-toplevel").strip());
        } catch (GitException e) {
            return null;
        }
    }

    /** The git subcommand of an argument list ("diff"), for messages. */
    private static String subcommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-c")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return "";
    }

    private static String run(Path folder, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Path errors = null;
        try {
            errors = Files.createTempFile("slant-git", ".err");
            Process p = new ProcessBuilder(command).directory(folder.toAbsolutePath().toFile())
                    .redirectError(errors.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GitException("git " + subcommand(args) + " took longer than " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                String said = Files.readString(errors, StandardCharsets.UTF_8).strip();
                int nl = said.indexOf('\n');
                throw new GitException("git " + subcommand(args) + " failed: " + (nl > 0 ? said.substring(0, nl) : said));
            }
            return out;
        } catch (IOException e) {
            throw new GitException("cannot run git (is it installed and on the PATH?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git");
        } finally {
            if (errors != null) {
                try {
                    Files.deleteIfExists(errors);
                } catch (IOException ignored) {
                    // a temporary file in the temporary folder
                }
            }
        }
    }
}
