package com.tradefinder.gateway.binance.marketdata;

import org.agrona.DirectBuffer;

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

    private static final BinanceEvent[] NAMED =
        { TRADE, AGG_TRADE, BOOK_TICKER, DEPTH_UPDATE, MARK_PRICE_UPDATE, KLINE };

    private final String wireName;

    BinanceEvent(final String wireName)
    {
        this.wireName = wireName;
    }

    /**
     * @return the {@code "e"} value on the wire, or null for the REST snapshot.
     */
    public String wireName()
    {
        return wireName;
    }

    /**
     * Allocation-free.
     *
     * @param buffer holding an {@code "e"} value's bytes (without quotes).
     * @param offset of the first byte.
     * @param length number of bytes.
     * @return the event, or null if it is not one the decoder translates.
     */
    static BinanceEvent of(final DirectBuffer buffer, final int offset, final int length)
    {
        for (final BinanceEvent event : NAMED)
        {
            if (event.wireName.length() == length && FieldTable.equals(buffer, offset, event.wireName))
            {
                return event;
            }
        }
        return null;
    }
}
