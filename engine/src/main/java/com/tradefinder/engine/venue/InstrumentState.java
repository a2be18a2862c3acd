package com.tradefinder.engine.venue;

import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.util.Hashing;

/**
 * What the simulated venue knows about one instrument: its filters (a private copy of the {@link InstrumentSpec}) and
 * the prices it has seen.
 * <p>
 * Reference prices: a Trade sets both sides to the trade price; a BestBidOffer sets the buy side to the ask and the
 * sell side to the bid; a closed trade Bar sets both to its close. A market order or marketable limit executes
 * against its side's reference; a stop's "would immediately trigger" check compares against it.
 * <p>
 * The last price (trade price, quote mid-point, bar close) and the last mark price value positions; the mark wins when
 * there is one. Single-threaded.
 */
final class InstrumentState
{
    private final InstrumentSpec spec = new InstrumentSpec();
    private byte[] minNotionalText;
    private long buyReferenceMantissa;
    private long sellReferenceMantissa;
    private long lastPriceMantissa;
    private long markPriceMantissa;
    private boolean livePrices;
    private boolean tradesSeen;
    private int barTimeframeSec;

    /**
     * @param definition the instrument's filters; copied.
     */
    void define(final InstrumentSpec definition)
    {
        spec.set(definition.instrumentId(), definition.priceExponent(), definition.sizeExponent(),
            definition.tickSizeMantissa(), definition.stepSizeMantissa(), definition.minSizeMantissa(),
            definition.minNotionalMantissa(), definition.maxLeverage());
        minNotionalText = VenueText.minNotionalText(definition.minNotionalMantissa());
    }

    InstrumentSpec spec()
    {
        return spec;
    }

    /**
     * @return the -4164 text naming this instrument's minimum notional, ASCII.
     */
    byte[] minNotionalText()
    {
        return minNotionalText;
    }

    /**
     * @param buy side of the order.
     * @return the price a market order of that side would execute at now, 0 if none is known.
     */
    long referencePrice(final boolean buy)
    {
        return buy ? buyReferenceMantissa : sellReferenceMantissa;
    }

    /**
     * @return the mark price if one was seen, else the last price; 0 if neither.
     */
    long valuationPrice()
    {
        return markPriceMantissa > 0 ? markPriceMantissa : lastPriceMantissa;
    }

    /**
     * @return true once a mark price has been seen.
     */
    boolean hasMark()
    {
        return markPriceMantissa > 0;
    }

    /**
     * @return true when the last price came from a trade or a quote, so an order accepted now meets it at once; false
     * when it came from a bar (or there is none) and orders meet the next event's first price instead.
     */
    boolean livePrices()
    {
        return livePrices;
    }

    /**
     * @return true once a trade was seen: the venue then matches on trades and ignores this instrument's bars.
     */
    boolean tradesSeen()
    {
        return tradesSeen;
    }

    /**
     * Decides whether a closed trade bar is the one the venue matches on: the finest timeframe seen so far, and no bar
     * once trades have been seen.
     *
     * @param timeframeSec the bar's timeframe.
     * @return true to match on it.
     */
    boolean acceptBar(final int timeframeSec)
    {
        if (tradesSeen || timeframeSec <= 0)
        {
            return false;
        }
        if (barTimeframeSec == 0 || timeframeSec < barTimeframeSec)
        {
            barTimeframeSec = timeframeSec;
        }
        return timeframeSec == barTimeframeSec;
    }

    void onTrade(final long priceMantissa)
    {
        buyReferenceMantissa = priceMantissa;
        sellReferenceMantissa = priceMantissa;
        lastPriceMantissa = priceMantissa;
        livePrices = true;
        tradesSeen = true;
    }

    void onQuote(final long bidMantissa, final long askMantissa)
    {
        if (askMantissa > 0)
        {
            buyReferenceMantissa = askMantissa;
        }
        if (bidMantissa > 0)
        {
            sellReferenceMantissa = bidMantissa;
        }
        if (askMantissa > 0 && bidMantissa > 0)
        {
            lastPriceMantissa = bidMantissa + (askMantissa - bidMantissa) / 2;
        }
        livePrices = true;
    }

    void onBar(final long closeMantissa)
    {
        buyReferenceMantissa = closeMantissa;
        sellReferenceMantissa = closeMantissa;
        lastPriceMantissa = closeMantissa;
        livePrices = false;
    }

    void onMark(final long markMantissa)
    {
        if (markMantissa > 0)
        {
            markPriceMantissa = markMantissa;
        }
    }

    /**
     * @param hash running hash.
     * @return the hash with this instrument's state folded in.
     */
    long stateHash(final long hash)
    {
        long h = spec.stateHash(hash);
        h = Hashing.mix(h, buyReferenceMantissa);
        h = Hashing.mix(h, sellReferenceMantissa);
        h = Hashing.mix(h, lastPriceMantissa);
        h = Hashing.mix(h, markPriceMantissa);
        h = Hashing.mix(h, livePrices);
        h = Hashing.mix(h, tradesSeen);
        return Hashing.mix(h, barTimeframeSec);
    }
}
