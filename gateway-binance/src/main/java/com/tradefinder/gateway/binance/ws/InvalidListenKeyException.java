package com.tradefinder.gateway.binance.ws;

/**
 * The venue no longer knows the listenKey ({@code -1125}); a new one must be created and the stream reconnected.
 */
public final class InvalidListenKeyException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message the venue's text, for logs.
     */
    public InvalidListenKeyException(final String message)
    {
        super(message);
    }
}
