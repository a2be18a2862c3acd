package com.tradefinder.gateway.binance.marketdata;

/**
 * The error of the frame being decoded, shared by the scanner and the translators of one decoder.
 * <p>
 * Single-threaded, owned by one {@link BinanceMarketDataDecoder}; allocation-free (field names are constants).
 */
final class DecodeStatus
{
    private DecodeError error = DecodeError.NONE;
    private String field;
    private int position = -1;

    void clear()
    {
        error = DecodeError.NONE;
        field = null;
        position = -1;
    }

    /**
     * Records the first error of the frame; later ones are ignored so the root cause is what gets reported.
     *
     * @param error what went wrong.
     * @param field the key it concerns, or null.
     * @return the outcome code for the error, to return directly.
     */
    int fail(final DecodeError error, final String field)
    {
        if (this.error == DecodeError.NONE)
        {
            this.error = error;
            this.field = field;
        }
        return this.error.outcome();
    }

    /**
     * {@link #fail(DecodeError, String)} for a syntax error at a byte position.
     *
     * @param error    what went wrong.
     * @param position offset from the start of the frame.
     * @return the outcome code for the error.
     */
    int failAt(final DecodeError error, final int position)
    {
        if (this.error == DecodeError.NONE)
        {
            this.error = error;
            this.position = position;
        }
        return this.error.outcome();
    }

    DecodeError error()
    {
        return error;
    }

    String field()
    {
        return field;
    }

    int position()
    {
        return position;
    }
}
