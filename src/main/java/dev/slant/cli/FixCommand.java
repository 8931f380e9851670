package dev.slant.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.slant.engine.Fixes;
import dev.slant.engine.LintResult;
import dev.slant.engine.Source;
import dev.slant.report.TextReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slant fix}: applies the safe fixes, in place or as a diff. */
@Command(name = "fix",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Apply the fixes that are safe by construction: the one replacement a rule marked "
                    + "'fix: safe' gives for the exact words it flagged (\"claimed\" becomes \"said\"), "
                    + "never inside a quotation, keeping the words' case. Every other finding is left "
                    + "to the writer (see slant lint).",
            "Files are rewritten only when something changed: to a temporary file beside them, "
                    + "then moved into place, keeping their permissions. Only UTF-8 files are rewritten.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:fixed (or nothing to fix)",
            "1:with --dry-run: there is something to fix",
            "2:usage error, bad rule or configuration file, unreadable draft",
        },
        footer = {"", "Examples:", "  slant fix --dry-run draft.md", "  slant fix drafts/"})
final class FixCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to fix.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the changes as a unified diff; change no file.")
    boolean dryRun;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws IOException {
        configOptions.check();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.contains("-")) {
            throw new UserException("slant fix changes files; it cannot fix standard input (use slant lint)");
        }
        Inputs.Checked checked = Inputs.checkKeepingDocuments(paths, ruleOptions, inputOptions, configOptions, err);
        int words = 0;
        int files = 0;
        for (int i = 0; i < checked.results().size(); i++) {
            LintResult r = checked.results().get(i);
            Plan.Item item = checked.plan().items().get(i);
            if (r.document() == null) {
                continue; // unreadable or skipped: already reported
            }
            List<Fixes.Edit> edits = Fixes.plan(r.document(), r.findings(), item.task().linter().rules());
            if (edits.isEmpty()) {
                continue;
            }
            Source source = item.task().source();
            String before = r.document().source();
            String after = Fixes.apply(before, edits);
            if (dryRun) {
                diff(source.path(), before, after, out);
            } else if (!write(source.file(), before, after, err)) {
                continue;
            } else {
                out.println("fixed " + TextReporter.count(edits.size(), "word") + " in " + source.path());
            }
            words += edits.size();
            files++;
        }
        if (!dryRun) {
            out.println(words == 0 ? "nothing to fix" : "fixed " + TextReporter.count(words, "word") + " in " + TextReporter.count(files, "file"));
        }
        out.flush();
        err.flush();
        if (checked.failed()) {
            return ExitCodes.ERROR;
        }
        return dryRun && words > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static void diff(String path, String before, String after, PrintWriter out) {
        List<String> a = Arrays.asList(before.split("\n", -1));
        List<String> b = Arrays.asList(after.split("\n", -1));
        Patch<String> patch = DiffUtils.diff(a, b);
        String name = path.startsWith("/") ? path : "/" + path;
        for (String line : UnifiedDiffUtils.generateUnifiedDiff("a" + name, "b" + name, a, patch, 3)) {
            out.println(line);
        }
    }

    /**
     * Rewrites the file, only if it still holds exactly what was read and is plain UTF-8
     * (a byte-order mark kept), through a temporary file and an atomic move.
     */
    private static boolean write(Path file, String before, String after, PrintWriter err) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        boolean hasBom = bytes.length >= 3 && bytes[0] == bom[0] && bytes[1] == bom[1] && bytes[2] == bom[2];
        byte[] expected = before.getBytes(StandardCharsets.UTF_8);
        byte[] body = hasBom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        if (!Arrays.equals(body, expected)) {
            err.println("slant: '" + RuleOptions.display(file) + "' not fixed: it is not plain UTF-8 text, or it "
                    + "changed while slant read it");
            return false;
        }
        byte[] text = after.getBytes(StandardCharsets.UTF_8);
        byte[] content = hasBom ? concat(bom, text) : text;
        Path abs = file.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".slant-fix");
        try {
            Files.write(tmp, content);
            PosixFileAttributeView posix = Files.getFileAttributeView(abs, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs));
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
