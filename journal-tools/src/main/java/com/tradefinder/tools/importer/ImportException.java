package com.tradefinder.tools.importer;

/**
 * An import cannot start or go on: a missing or unreadable path, an unsupported file, a wrong header, an instrument or
 * timeframe that cannot be told from a file name.
 * <p>
 * The message is one line that names the path and the problem, meant to be printed as is by the CLI, without a stack
 * trace. Problems inside an otherwise readable file (bad rows, gaps) are not exceptions: they go to the
 * {@link ImportReport}.
 */
public final class ImportException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line naming the path and the problem.
     */
    public ImportException(final String message)
    {
        super(message);
    }

    /**
     * @param message one line naming the path and the problem.
     * @param cause   the underlying I/O error.
     */
    public ImportException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
