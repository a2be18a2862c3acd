package com.tradefinder.tools.synthetic;

import com.tradefinder.codecs.BarEncoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.FundingRateEncoder;
import com.tradefinder.codecs.InstrumentDefinitionEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.PriceSource;
import com.tradefinder.codecs.Regime;
import com.tradefinder.codecs.Venue;
import com.tradefinder.tools.importer.EventSource;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.List;

/**
 * A seeded, SYNTHETIC market: hourly klines and 8-hourly funding for made-up instruments on the simulated venue,
 * whose behaviour switches between regimes (trending up, trending down, ranging, high volatility) in segments of
 * random length. It is the embedded default data source, so the engine can be tried with no data and no network;
 * it is not market data and nothing about real markets should be concluded from it.
 * <p>
 * The instruments take the names they are given (so an example bot's whitelist works unchanged) on the
 * {@code SIMULATED} venue, which is how journals and reports tell synthetic data from real.
 * Deterministic: the same seed, length and names give the same bytes on any JVM. The regime each bar was
 * generated in is kept ({@link #generatedRegime(int, int)}) so a classifier can be judged.
 */
public final class SyntheticMarket implements EventSource
{
    /** The default synthetic instrument's symbol. */
    public static final String SYMBOL = "SYNTHUSDT";

    /** Decimal exponent of prices and sizes. */
    public static final int EXPONENT = -8;

    private static final int TIMEFRAME_SEC = 3600;
    private static final long HOUR_NS = TIMEFRAME_SEC * 1_000_000_000L;
    private static final double[] START_PRICES = { 30_000.0, 2_000.0, 100.0, 1.0 };

    private final List<String> symbols;
    private final SyntheticInstrument[] instruments;
    private final Regime[][] generated;
    private final int bars;
    private final long startNs;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final BarEncoder bar = new BarEncoder();
    private final FundingRateEncoder funding = new FundingRateEncoder();
    private int definitionsEmitted;
    private int hour;
    private int instrumentInHour;
    private boolean fundingPending;
    private int length;
    private long timeNs;

    /**
     * One synthetic instrument, {@value #SYMBOL}.
     *
     * @param seed    random seed.
     * @param bars    hourly bars to generate.
     * @param startNs open time of the first bar, epoch ns, aligned to the hour.
     */
    public SyntheticMarket(final long seed, final int bars, final long startNs)
    {
        this(seed, bars, startNs, List.of(SYMBOL));
    }

    /**
     * @param seed    random seed.
     * @param bars    hourly bars per instrument.
     * @param startNs open time of the first bar, epoch ns, aligned to the hour.
     * @param symbols names of the instruments, ids 1, 2, ... in this order.
     */
    public SyntheticMarket(final long seed, final int bars, final long startNs, final List<String> symbols)
    {
        if (bars < 1 || startNs % HOUR_NS != 0 || symbols.isEmpty())
        {
            throw new IllegalArgumentException(
                "synthetic market: need at least one bar, one instrument and an hour-aligned start");
        }
        this.symbols = List.copyOf(symbols);
        this.bars = bars;
        this.startNs = startNs;
        this.instruments = new SyntheticInstrument[symbols.size()];
        this.generated = new Regime[symbols.size()][bars];
        for (int i = 0; i < instruments.length; i++)
        {
            instruments[i] = new SyntheticInstrument(seed * 31 + i, START_PRICES[i % START_PRICES.length] *
                (1 + i / START_PRICES.length), 150.0 * 30_000.0 / START_PRICES[i % START_PRICES.length]);
        }
    }

    @Override
    public boolean next()
    {
        if (definitionsEmitted < instruments.length)
        {
            encodeDefinition(definitionsEmitted++);
            return true;
        }
        if (fundingPending)
        {
            encodeFunding();
            return true;
        }
        if (hour >= bars)
        {
            return false;
        }
        encodeBar(instrumentInHour);
        if (++instrumentInHour == instruments.length)
        {
            instrumentInHour = 0;
            hour++;
            fundingPending = hour % 8 == 0;
            fundingInstrument = 0;
        }
        return true;
    }

    private int fundingInstrument;

    private void encodeFunding()
    {
        final int index = fundingInstrument++;
        if (fundingInstrument == instruments.length)
        {
            fundingPending = false;
        }
        final long fundingTimeNs = startNs + hour * HOUR_NS;
        funding.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(index + 1)
            .fundingTimeNs(fundingTimeNs)
            .receiveTimeNs(fundingTimeNs)
            .fundingRatePpb(instruments[index].nextFundingRatePpb())
            .intervalHours(8);
        length = MessageHeaderEncoder.ENCODED_LENGTH + funding.encodedLength();
        timeNs = fundingTimeNs;
    }

    private void encodeDefinition(final int index)
    {
        final InstrumentDefinitionEncoder definition = new InstrumentDefinitionEncoder()
            .wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(index + 1)
            .venue(Venue.SIMULATED)
            .symbol(symbols.get(index))
            .priceExponent((byte)EXPONENT)
            .sizeExponent((byte)EXPONENT)
            .tickSizeMantissa(SyntheticInstrument.tick())
            .stepSizeMantissa(SyntheticInstrument.step())
            .minSizeMantissa(SyntheticInstrument.step())
            .minNotionalMantissa(5_00_000_000L)
            .maxLeverage(50)
            .timeNs(startNs + HOUR_NS);
        length = MessageHeaderEncoder.ENCODED_LENGTH + definition.encodedLength();
        timeNs = startNs + HOUR_NS;
    }

    private void encodeBar(final int index)
    {
        final SyntheticInstrument instrument = instruments[index];
        generated[index][hour] = instrument.nextBar();
        final long openTimeNs = startNs + hour * HOUR_NS;
        bar.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(index + 1)
            .priceSource(PriceSource.TRADE)
            .timeframeSec(TIMEFRAME_SEC)
            .openTimeNs(openTimeNs)
            .receiveTimeNs(openTimeNs + HOUR_NS)
            .openMantissa(instrument.open)
            .highMantissa(instrument.high)
            .lowMantissa(instrument.low)
            .closeMantissa(instrument.close)
            .volumeMantissa(instrument.volume)
            .closed(BooleanType.TRUE);
        length = MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength();
        timeNs = openTimeNs + HOUR_NS;
    }

    /**
     * @param instrumentIndex 0-based instrument index.
     * @param barIndex        0-based bar index, among bars generated so far.
     * @return the regime the generator was in for that bar.
     */
    public Regime generatedRegime(final int instrumentIndex, final int barIndex)
    {
        return generated[instrumentIndex][barIndex];
    }

    /**
     * @param barIndex 0-based bar index of the first instrument.
     * @return the regime the generator was in for that bar.
     */
    public Regime generatedRegime(final int barIndex)
    {
        return generated[0][barIndex];
    }

    /**
     * @return hours generated so far (complete across instruments).
     */
    public int barsGenerated()
    {
        return hour;
    }

    @Override
    public long timeNs()
    {
        return timeNs;
    }

    @Override
    public DirectBuffer buffer()
    {
        return buffer;
    }

    @Override
    public int offset()
    {
        return 0;
    }

    @Override
    public int length()
    {
        return length;
    }

    @Override
    public String name()
    {
        return "synthetic " + symbols + " (seeded)";
    }

    @Override
    public void close()
    {
    }
}
