package com.tradefinder.tools;

import com.tradefinder.tools.cli.BacktestCommand;
import com.tradefinder.tools.cli.CtlCommand;
import com.tradefinder.tools.cli.DemoCommand;
import com.tradefinder.tools.cli.ImportCommand;
import com.tradefinder.tools.cli.JournalCommand;
import com.tradefinder.tools.cli.RunCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tradefinder} command line. Every user mistake (a missing file, a bad option, a damaged journal) ends in
 * one line on standard error and a non-zero exit; only a bug shows a stack trace, and only when
 * {@code TRADEFINDER_DEBUG} is set.
 */
@Command(
    name = "tradefinder",
    mixinStandardHelpOptions = true,
    versionProvider = TradeFinderCli.Version.class,
    description = "Journaled, replayable engine for crypto perpetual futures.",
    subcommands = { BacktestCommand.class, CtlCommand.class, DemoCommand.class, ImportCommand.class,
        JournalCommand.class, RunCommand.class, CommandLine.HelpCommand.class })
public final class TradeFinderCli implements java.util.concurrent.Callable<Integer>
{
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit code for a user error: bad input, options or files. */
    public static final int EXIT_USER_ERROR = 2;

    /** Exit code for a failed check (a replay that differs, an import with rejected input under --strict). */
    public static final int EXIT_CHECK_FAILED = 1;

    /** Exit code for an internal error (a bug). */
    public static final int EXIT_INTERNAL_ERROR = 70;

    /**
     * Without a subcommand: the usage, as a usage error.
     *
     * @return {@link #EXIT_USER_ERROR}.
     */
    @Override
    public Integer call()
    {
        spec.commandLine().usage(System.err);
        return EXIT_USER_ERROR;
    }

    /**
     * @param args command line.
     */
    public static void main(final String[] args)
    {
        System.exit(execute(args));
    }

    /**
     * Runs a command line without exiting the JVM (tests).
     *
     * @param args command line.
     * @return the exit code.
     */
    public static int execute(final String... args)
    {
        final CommandLine commandLine = new CommandLine(new TradeFinderCli());
        commandLine.setExecutionExceptionHandler(new UserErrors());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine.execute(args);
    }

    /** Reports the build's version. */
    public static final class Version implements CommandLine.IVersionProvider
    {
        @Override
        public String[] getVersion()
        {
            final String version = TradeFinderCli.class.getPackage().getImplementationVersion();
            return new String[]{ "tradefinder " + (version == null ? "development build" : version) };
        }
    }
}
