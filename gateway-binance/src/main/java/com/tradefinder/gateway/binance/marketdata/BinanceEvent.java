package com.tradefinder.gateway.binance.marketdata;

/**
 * The Binance USDⓈ-M market-data events the decoder translates, by their {@code "e"} name.
 */
public enum BinanceEvent
{
    /** {@code <symbol>@trade}: one trade, to {@code Trade}. */
    TRADE("trade"),
    /** {@code <symbol>@aggTrade}: trades of one taker order at one price, to {@code Trade}. */
    AGG_TRADE("aggTrade"),
    /** {@code <symbol>@bookTicker}: best bid and offer, to {@code BestBidOffer}. */
    BOOK_TICKER("bookTicker"),
    /** {@code <symbol>@depth...}: a diff (or partial) book update, to {@code DepthUpdate} chunks. */
    DEPTH_UPDATE("depthUpdate"),
    /** {@code <symbol>@markPrice[@1s]}: mark and index price, funding rate, to {@code MarkPrice}. */
    MARK_PRICE_UPDATE("markPriceUpdate"),
    /** {@code <symbol>@kline_<interval>}: a candle so far, to {@code Bar}. */
    KLINE("kline"),
    /** REST {@code GET /fapi/v1/depth}: a book snapshot (no {@code "e"}), to {@code DepthUpdate} chunks. */
    DEPTH_SNAPSHOT(null);

    /** Bytes compared a word at a time: every wire name fits in two words. */
    private static final int NAME_WORDS_LENGTH = 2 * AsciiWords.SIZE;

    private final String wireName;
    private final byte[] wireBytes;
    private final long firstWord;
    private final long secondWord;
    private final long secondWordMask;

    BinanceEvent(final String wireName)
    {
        this.wireName = wireName;
        wireBytes = wireName == null ? null : FieldTable.ascii(wireName);
        final byte[] padded = new byte[NAME_WORDS_LENGTH];
        if (wireBytes != null)
        {
            System.arraycopy(wireBytes, 0, padded, 0, wireBytes.length);
        }
        firstWord = AsciiWords.word(padded, 0);
        secondWord = AsciiWords.word(padded, AsciiWords.SIZE);
        final int secondLength = wireBytes == null ? 0 : Math.max(0, wireBytes.length - AsciiWords.SIZE);
        secondWordMask = secondLength == 0 ? 0 : -1L >>> ((AsciiWords.SIZE - secondLength) << 3);
    }

    /**
     * @return the {@code "e"} value on the wire, or null for the REST snapshot.
     */
    public String wireName()
    {
        return wireName;
    }

    /**
     * Allocation-free: the length and one byte choose the only candidate, whose bytes are then compared, two words at
     * a time.
     *
     * @param bytes  holding an {@code "e"} value's bytes (without quotes).
     * @param offset of the first byte.
     * @param length number of bytes.
     * @return the event, or null if it is not one the decoder translates.
     */
    static BinanceEvent of(final byte[] bytes, final int offset, final int length)
    {
        final BinanceEvent candidate;
        switch (length)
        {
            case 5:
                candidate = bytes[offset] == 't' ? TRADE : KLINE;
                break;
            case 8:
                candidate = AGG_TRADE;
                break;
            case 10:
                candidate = BOOK_TICKER;
                break;
            case 11:
                candidate = DEPTH_UPDATE;
                break;
            case 15:
                candidate = MARK_PRICE_UPDATE;
                break;
            default:
                return null;
        }
        if (offset > bytes.length - NAME_WORDS_LENGTH)
        {
            return FieldTable.equals(bytes, offset, candidate.wireBytes) ? candidate : null;
        }
        final long firstMask = length >= AsciiWords.SIZE ? -1L : -1L >>> ((AsciiWords.SIZE - length) << 3);
        return (AsciiWords.word(bytes, offset) & firstMask) == candidate.firstWord &&
            (AsciiWords.word(bytes, offset + AsciiWords.SIZE) & candidate.secondWordMask) == candidate.secondWord ?
            candidate : null;
    }
}
