package com.tradefinder.tools.synthetic;

import com.tradefinder.codecs.BarEncoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.InstrumentDefinitionEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.PriceSource;
import com.tradefinder.codecs.Regime;
import com.tradefinder.codecs.Venue;
import com.tradefinder.tools.importer.EventSource;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.SplittableRandom;

/**
 * A seeded, SYNTHETIC market: hourly klines of one made-up instrument, {@code SYNTHUSDT} on the simulated venue,
 * whose behaviour switches between regimes (trending up, trending down, ranging, high volatility) in segments of
 * random length. It is the embedded default data source, so the engine can be tried with no data and no network;
 * it is not market data and nothing about real markets should be concluded from it.
 * <p>
 * Deterministic: the same seed and length give the same bytes on any JVM (SplittableRandom and StrictMath).
 * Prices are rounded to the instrument's 0.1 tick, sizes to its 0.001 step, exactly, as fixed-point mantissas.
 * The regime each bar was generated in is kept ({@link #generatedRegime(int)}) so a classifier can be judged.
 */
public final class SyntheticMarket implements EventSource
{
    /** The synthetic instrument's symbol. */
    public static final String SYMBOL = "SYNTHUSDT";

    /** Its instrument id. */
    public static final int INSTRUMENT_ID = 1;

    /** Decimal exponent of prices and sizes. */
    public static final int EXPONENT = -8;

    private static final long TICK = 10_000_000L;
    private static final long STEP = 100_000L;
    private static final int TIMEFRAME_SEC = 3600;
    private static final int SUB_STEPS = 12;
    private static final long HOUR_NS = TIMEFRAME_SEC * 1_000_000_000L;

    private final SplittableRandom random;
    private final int bars;
    private final long startNs;
    private final Regime[] generated;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final BarEncoder bar = new BarEncoder();
    private int emitted = -1;
    private int length;
    private long timeNs;
    private double price = 30_000.0;
    private Regime segment = Regime.RANGING;
    private int segmentLeft;
    private double anchor = 30_000.0;

    /**
     * @param seed    random seed.
     * @param bars    hourly bars to generate.
     * @param startNs open time of the first bar, epoch ns, aligned to the hour.
     */
    public SyntheticMarket(final long seed, final int bars, final long startNs)
    {
        if (bars < 1 || startNs % HOUR_NS != 0)
        {
            throw new IllegalArgumentException("synthetic market: need at least one bar and an hour-aligned start");
        }
        this.random = new SplittableRandom(seed);
        this.bars = bars;
        this.startNs = startNs;
        this.generated = new Regime[bars];
    }

    @Override
    public boolean next()
    {
        if (emitted == -1)
        {
            emitted = 0;
            encodeDefinition();
            return true;
        }
        if (emitted >= bars)
        {
            return false;
        }
        encodeBar(emitted);
        emitted++;
        return true;
    }

    private void encodeDefinition()
    {
        final InstrumentDefinitionEncoder definition = new InstrumentDefinitionEncoder()
            .wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(INSTRUMENT_ID)
            .venue(Venue.SIMULATED)
            .symbol(SYMBOL)
            .priceExponent((byte)EXPONENT)
            .sizeExponent((byte)EXPONENT)
            .tickSizeMantissa(TICK)
            .stepSizeMantissa(STEP)
            .minSizeMantissa(STEP)
            .minNotionalMantissa(5_00_000_000L)
            .maxLeverage(50)
            .timeNs(startNs);
        length = MessageHeaderEncoder.ENCODED_LENGTH + definition.encodedLength();
        timeNs = startNs;
    }

    private void encodeBar(final int index)
    {
        if (segmentLeft == 0)
        {
            startSegment();
        }
        segmentLeft--;
        generated[index] = segment;

        final double drift;
        final double volatility;
        switch (segment)
        {
            case TRENDING_UP:
                drift = 0.0012;
                volatility = 0.004;
                break;
            case TRENDING_DOWN:
                drift = -0.0012;
                volatility = 0.004;
                break;
            case HIGH_VOLATILITY:
                drift = 0.0;
                volatility = 0.018;
                break;
            default:
                drift = 0.12 * StrictMath.log(anchor / price);
                volatility = 0.003;
                break;
        }
        final double stepDrift = drift / SUB_STEPS;
        final double stepVolatility = volatility / StrictMath.sqrt(SUB_STEPS);
        final long open = toTicks(price);
        long high = open;
        long low = open;
        double absoluteMove = 0;
        for (int i = 0; i < SUB_STEPS; i++)
        {
            final double move = stepDrift + stepVolatility * random.nextGaussian();
            absoluteMove += StrictMath.abs(move);
            price = price * StrictMath.exp(move);
            final long ticks = toTicks(price);
            high = Math.max(high, ticks);
            low = Math.min(low, ticks);
        }
        final long close = toTicks(price);
        final double volumeBtc = 150.0 * (1.0 + 40.0 * absoluteMove) * StrictMath.exp(0.3 * random.nextGaussian());
        final long volume = Math.max(STEP, StrictMath.round(volumeBtc * 1000.0) * STEP);

        final long openTimeNs = startNs + index * HOUR_NS;
        bar.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(INSTRUMENT_ID)
            .priceSource(PriceSource.TRADE)
            .timeframeSec(TIMEFRAME_SEC)
            .openTimeNs(openTimeNs)
            .receiveTimeNs(openTimeNs + HOUR_NS)
            .openMantissa(open)
            .highMantissa(high)
            .lowMantissa(low)
            .closeMantissa(close)
            .volumeMantissa(volume)
            .closed(BooleanType.TRUE);
        length = MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength();
        timeNs = openTimeNs + HOUR_NS;
    }

    private void startSegment()
    {
        final Regime previous = segment;
        do
        {
            switch (random.nextInt(4))
            {
                case 0:
                    segment = Regime.TRENDING_UP;
                    break;
                case 1:
                    segment = Regime.TRENDING_DOWN;
                    break;
                case 2:
                    segment = Regime.HIGH_VOLATILITY;
                    break;
                default:
                    segment = Regime.RANGING;
                    break;
            }
        }
        while (segment == previous);
        segmentLeft = segment == Regime.HIGH_VOLATILITY ? 48 + random.nextInt(120) : 120 + random.nextInt(480);
        anchor = price;
    }

    private static long toTicks(final double price)
    {
        return StrictMath.round(price * 10.0) * TICK;
    }

    /**
     * @param barIndex 0-based bar index, among bars generated so far.
     * @return the regime the generator was in for that bar.
     */
    public Regime generatedRegime(final int barIndex)
    {
        return generated[barIndex];
    }

    /**
     * @return bars generated so far.
     */
    public int barsGenerated()
    {
        return Math.max(0, emitted);
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
        return "synthetic " + SYMBOL + " (seeded)";
    }

    @Override
    public void close()
    {
    }
}
