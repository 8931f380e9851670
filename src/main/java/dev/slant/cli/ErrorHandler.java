package dev.slant.cli;

import dev.slant.rules.RuleFileException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one clear line on stderr and exit code 2. A stack trace is
 * printed only with --debug, and only for internal errors.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof UserException || e instanceof RuleFileException
                || e instanceof dev.slant.config.ConfigFinder.ConfigException) {
            err.println("slant: " + e.getMessage());
        } else {
            err.println("slant: internal error: " + e + (debug(parsed) ? "" : " (run with --debug for details)"));
            if (debug(parsed)) {
                e.printStackTrace(err);
            }
        }
        err.flush();
        return ExitCodes.ERROR;
    }

    static int onUsageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("slant: " + e.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.ERROR;
    }

    private static boolean debug(ParseResult parsed) {
        return parsed != null && parsed.originalArgs().contains("--debug");
    }
}
