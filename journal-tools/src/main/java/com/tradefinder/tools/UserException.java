package com.tradefinder.tools;

/**
 * A problem with what the user asked for or gave us; its message is one line, shown as it is.
 */
public final class UserException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line naming what and where.
     */
    public UserException(final String message)
    {
        super(message);
    }
}
