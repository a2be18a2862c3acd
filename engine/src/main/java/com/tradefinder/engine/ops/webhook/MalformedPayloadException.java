package com.tradefinder.engine.ops.webhook;

/**
 * An alert body that cannot be read: the message is one line naming what and where, never the body's secret.
 */
public final class MalformedPayloadException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line naming what is wrong and where.
     */
    public MalformedPayloadException(final String message)
    {
        super(message, null, false, false);
    }
}
