package com.tradefinder.gateway.binance.rest;

/**
 * Completes a request's future when it was never sent (rate limit, ban, closed client) or never answered (timeout,
 * connection lost). Carries a one-line message and no stack trace: it is an expected outcome at the edge, not a bug.
 */
public final class RestRefusedException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened to which request.
     */
    public RestRefusedException(final String message)
    {
        super(message, null, false, false);
    }
}
