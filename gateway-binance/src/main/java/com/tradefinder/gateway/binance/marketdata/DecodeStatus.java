package com.tradefinder.gateway.binance.marketdata;

/**
 * The error of the frame being decoded, shared by the scanner and the translators of one decoder.
 * <p>
 * Single-threaded, owned by one decoder (market data or user data); allocation-free (field names are constants).
 */
public final class DecodeStatus
{
    private DecodeError error = DecodeError.NONE;
    private String field;
    private int position = -1;

    public void clear()
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
    public int fail(final DecodeError error, final String field)
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
    public int failAt(final DecodeError error, final int position)
    {
        if (this.error == DecodeError.NONE)
        {
            this.error = error;
            this.position = position;
        }
        return this.error.outcome();
    }

    /**
     * {@link #fail(DecodeError, String)} naming both the key and the byte position of its value.
     *
     * @param error    what went wrong.
     * @param field    the key it concerns.
     * @param position offset from the start of the frame of the value.
     * @return the outcome code for the error.
     */
    public int failAt(final DecodeError error, final String field, final int position)
    {
        if (this.error == DecodeError.NONE)
        {
            this.error = error;
            this.field = field;
            this.position = position;
        }
        return this.error.outcome();
    }

    public DecodeError error()
    {
        return error;
    }

    public String field()
    {
        return field;
    }

    public int position()
    {
        return position;
    }
}
