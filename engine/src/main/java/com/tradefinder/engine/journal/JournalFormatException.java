package com.tradefinder.engine.journal;

/**
 * A journal that cannot be read as asked: missing, not a journal, written by a newer schema, damaged or truncated.
 * The message is one line naming the path and the problem, fit to show a user as it is.
 */
public final class JournalFormatException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line naming the journal and what is wrong.
     */
    public JournalFormatException(final String message)
    {
        super(message);
    }

    /**
     * @param message one line naming the journal and what is wrong.
     * @param cause   underlying failure, kept for diagnostics.
     */
    public JournalFormatException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
