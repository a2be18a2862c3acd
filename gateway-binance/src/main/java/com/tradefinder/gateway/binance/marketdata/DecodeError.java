package com.tradefinder.gateway.binance.marketdata;

/**
 * Why the last frame was not decoded, for logs and import reports; the outcome code says what to do about it.
 */
public enum DecodeError
{
    /** The frame was decoded. */
    NONE(BinanceMarketDataDecoder.DECODED),
    /** The frame ended inside a value. */
    TRUNCATED(BinanceMarketDataDecoder.MALFORMED),
    /** A byte that JSON does not allow at that point. */
    UNEXPECTED_BYTE(BinanceMarketDataDecoder.MALFORMED),
    /** Bytes after the end of the top-level object. */
    TRAILING_BYTES(BinanceMarketDataDecoder.MALFORMED),
    /** Objects and arrays nested deeper than the decoder follows. */
    TOO_DEEP(BinanceMarketDataDecoder.MALFORMED),
    /** The same known key twice in one object. */
    DUPLICATE_KEY(BinanceMarketDataDecoder.MALFORMED),
    /** A field the event needs is absent. */
    MISSING_FIELD(BinanceMarketDataDecoder.MALFORMED),
    /** A field holds the wrong JSON type (a number where a string belongs, for example). */
    WRONG_TYPE(BinanceMarketDataDecoder.MALFORMED),
    /** An id, count or time that is not a non-negative 64-bit integer. */
    BAD_INTEGER(BinanceMarketDataDecoder.MALFORMED),
    /** A millisecond time too large to express in nanoseconds. */
    BAD_TIME(BinanceMarketDataDecoder.MALFORMED),
    /** A decimal that is not exact at the instrument's exponent, negative where it cannot be, or not a number. */
    BAD_DECIMAL(BinanceMarketDataDecoder.MALFORMED),
    /** A text field holding a value outside those the venue documents (a side, a position side, a status). */
    UNKNOWN_VALUE(BinanceMarketDataDecoder.MALFORMED),
    /** A kline interval that is not a number followed by s, m, h, d or w. */
    BAD_INTERVAL(BinanceMarketDataDecoder.MALFORMED),
    /** A kline interval with no fixed length (1M, a calendar month). */
    UNSUPPORTED_INTERVAL(BinanceMarketDataDecoder.UNSUPPORTED),
    /** Well-formed JSON that is not one of the market-data events this decoder translates. */
    UNSUPPORTED_EVENT(BinanceMarketDataDecoder.UNSUPPORTED),
    /** More book levels on one side (or entries in one user-data array) than the decoder was sized for. */
    TOO_MANY_LEVELS(BinanceMarketDataDecoder.UNSUPPORTED),
    /** The symbol is not in the {@link InstrumentLookup}, or a REST snapshot came without one. */
    UNKNOWN_SYMBOL(BinanceMarketDataDecoder.UNKNOWN_INSTRUMENT),
    /** The destination buffer cannot hold the messages; a wiring error, see {@link BinanceMarketDataDecoder}. */
    OUTPUT_TOO_SMALL(BinanceMarketDataDecoder.OUTPUT_TOO_SMALL);

    private final int outcome;

    DecodeError(final int outcome)
    {
        this.outcome = outcome;
    }

    /**
     * @return the outcome code {@link BinanceMarketDataDecoder#decode} returns for this error.
     */
    public int outcome()
    {
        return outcome;
    }
}
