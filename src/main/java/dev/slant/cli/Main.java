package dev.slant.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: builds the command line and exits with what it returns. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("lint") || args[0].equals("analyze") || args[0].equals("analyse"))) {
            dev.slant.rules.BuiltinPacks.preload(); // overlaps with startup; measured in docs/PERFORMANCE.md
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = commandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            // drafts larger than the heap: say what to do, never a stack trace
            err.println("slant: out of memory; give Java more with SLANT_JAVA_OPTS=-Xmx2g (about 10 times the "
                    + "size of the largest draft is needed), or check fewer or smaller files at once");
            code = ExitCodes.ERROR;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The wired command line, writing to {@code out} and {@code err}; tests use this with
     * captured writers. Output is UTF-8 whatever the platform's default charset.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SlantCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(ErrorHandler::onUsageError);
        for (CommandLine command : java.util.List.of(cl, cl.getSubcommands().get("lint"))) {
            command.getCommandSpec().usageMessage()
                    .exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(ExitCodes.help());
        }
        return cl;
    }
}
