package com.tradefinder.engine.testsupport;

import com.tradefinder.codecs.BarEncoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.CheckpointEncoder;
import com.tradefinder.codecs.EngineSettingsEncoder;
import com.tradefinder.codecs.InstrumentDefinitionEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.PriceSource;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TradeEncoder;
import com.tradefinder.codecs.Venue;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Encodes inbound events for tests into one reused buffer; each method returns the encoded length.
 */
public final class Events
{
    public static final long HOUR_NS = 3_600_000_000_000L;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[4096]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final BarEncoder bar = new BarEncoder();
    private final TradeEncoder trade = new TradeEncoder();
    private final InstrumentDefinitionEncoder definition = new InstrumentDefinitionEncoder();
    private final EngineSettingsEncoder settings = new EngineSettingsEncoder();
    private final CheckpointEncoder checkpoint = new CheckpointEncoder();

    public UnsafeBuffer buffer()
    {
        return buffer;
    }

    public int instrument(final int id, final String symbol, final int priceExponent)
    {
        definition.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(id)
            .venue(Venue.BINANCE_USDM)
            .symbol(symbol)
            .priceExponent((byte)priceExponent)
            .sizeExponent((byte)-8)
            .tickSizeMantissa(10_000_000L)
            .stepSizeMantissa(100_000L)
            .minSizeMantissa(100_000L)
            .minNotionalMantissa(100_00_000_000L)
            .maxLeverage(125)
            .timeNs(0);
        return MessageHeaderEncoder.ENCODED_LENGTH + definition.encodedLength();
    }

    public int settings(final int... timeframesSec)
    {
        settings.wrapAndApplyHeader(buffer, 0, header)
            .timeNs(0)
            .adxPeriod(14)
            .atrPeriod(14)
            .bollingerPeriod(20)
            .bollingerStdDevs(2.0)
            .percentileWindow(100)
            .trendAdxEnter(25)
            .trendAdxExit(20)
            .rangeAdxMax(20)
            .highVolatilityPercentile(0.9)
            .highVolatilityExitPercentile(0.8)
            .squeezePercentile(0.5)
            .confirmBars(2);
        final EngineSettingsEncoder.TimeframesEncoder group = settings.timeframesCount(timeframesSec.length);
        for (final int frame : timeframesSec)
        {
            group.next().timeframeSec(frame);
        }
        return MessageHeaderEncoder.ENCODED_LENGTH + settings.encodedLength();
    }

    /** A closed 1h trade-price kline. */
    public int hourBar(final int instrumentId, final long openTimeNs, final long open, final long high, final long low,
        final long close)
    {
        bar.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .priceSource(PriceSource.TRADE)
            .timeframeSec(3600)
            .openTimeNs(openTimeNs)
            .receiveTimeNs(openTimeNs + HOUR_NS)
            .openMantissa(open)
            .highMantissa(high)
            .lowMantissa(low)
            .closeMantissa(close)
            .volumeMantissa(1_000_000_000L)
            .closed(BooleanType.TRUE);
        return MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength();
    }

    public int trade(final int instrumentId, final long timeNs, final long tradeId, final long price)
    {
        trade.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs)
            .tradeId(tradeId)
            .priceMantissa(price)
            .sizeMantissa(100_000L)
            .aggressorSide(Side.BUY);
        return MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength();
    }

    public int checkpoint(final long id, final long timeNs)
    {
        checkpoint.wrapAndApplyHeader(buffer, 0, header).checkpointId(id).timeNs(timeNs);
        return MessageHeaderEncoder.ENCODED_LENGTH + checkpoint.encodedLength();
    }

    /**
     * A deterministic pseudo-random walk of hourly bars: bar {@code i} of instrument {@code id}.
     */
    public int walkBar(final int instrumentId, final int i)
    {
        final long base = 30_000_00000000L + instrumentId * 1_000_00000000L;
        final double swing = Math.sin(i / 37.0) * 0.08 + Math.sin(i / 5.0) * 0.01 + (i % 400) / 4000.0;
        final long close = roundToTick(base * (1.0 + swing));
        final long open = roundToTick(base * (1.0 + swing - 0.002 * Math.cos(i)));
        final long high = Math.max(open, close) + roundToTick(base * 0.003 * (1 + (i % 7)));
        final long low = Math.min(open, close) - roundToTick(base * 0.003 * (1 + (i % 5)));
        return hourBar(instrumentId, i * HOUR_NS, open, high, low, close);
    }

    private static long roundToTick(final double mantissa)
    {
        return Math.round(mantissa / 10_000_000.0) * 10_000_000L;
    }
}
