package com.tradefinder.tools;

import com.tradefinder.engine.journal.JournalFormatException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns exceptions from a command into one line on standard error and an exit code: user errors
 * ({@link UserException}, {@link JournalFormatException}, bad arguments, I/O problems with the user's files) exit
 * with {@link TradeFinderCli#EXIT_USER_ERROR}; anything else is a bug and exits with
 * {@link TradeFinderCli#EXIT_INTERNAL_ERROR}, with the stack trace only when {@code TRADEFINDER_DEBUG} is set.
 */
final class UserErrors implements CommandLine.IExecutionExceptionHandler
{
    @Override
    public int handleExecutionException(final Exception ex, final CommandLine commandLine,
        final CommandLine.ParseResult parseResult)
    {
        final java.io.PrintWriter err = commandLine.getErr();
        if (ex instanceof UserException || ex instanceof JournalFormatException ||
            ex instanceof IllegalArgumentException)
        {
            err.println("tradefinder: " + ex.getMessage());
            return TradeFinderCli.EXIT_USER_ERROR;
        }
        if (ex instanceof UncheckedIOException || ex instanceof IOException)
        {
            final Throwable cause = ex instanceof UncheckedIOException ? ex.getCause() : ex;
            err.println("tradefinder: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
            return TradeFinderCli.EXIT_USER_ERROR;
        }
        err.println("tradefinder: internal error: " + ex + (System.getenv("TRADEFINDER_DEBUG") == null ?
            " (set TRADEFINDER_DEBUG=1 to see the stack trace)" : ""));
        if (System.getenv("TRADEFINDER_DEBUG") != null)
        {
            ex.printStackTrace(err);
        }
        return TradeFinderCli.EXIT_INTERNAL_ERROR;
    }
}
