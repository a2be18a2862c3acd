package com.tradefinder.tools.synthetic;

import com.tradefinder.codecs.Regime;

import java.util.SplittableRandom;

/**
 * The seeded random walk of one synthetic instrument: hourly OHLCV whose behaviour switches between regimes in
 * segments of random length. Deterministic (SplittableRandom, StrictMath); prices rounded to the 0.1 tick and
 * volumes to the 0.001 step, as exponent -8 mantissas.
 */
final class SyntheticInstrument
{
    private static final long TICK = 10_000_000L;
    private static final long STEP = 100_000L;
    private static final int SUB_STEPS = 12;

    private final SplittableRandom random;
    private final double volumeScale;
    private double price;
    private Regime segment = Regime.RANGING;
    private int segmentLeft;
    private double anchor;

    long open;
    long high;
    long low;
    long close;
    long volume;

    SyntheticInstrument(final long seed, final double startPrice, final double volumeScale)
    {
        this.random = new SplittableRandom(seed);
        this.price = startPrice;
        this.anchor = startPrice;
        this.volumeScale = volumeScale;
    }

    /**
     * Generates the next hour.
     *
     * @return the regime the hour was generated in.
     */
    Regime nextBar()
    {
        if (segmentLeft == 0)
        {
            startSegment();
        }
        segmentLeft--;
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
        open = toTicks(price);
        high = open;
        low = open;
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
        close = toTicks(price);
        final double units = volumeScale * (1.0 + 40.0 * absoluteMove) * StrictMath.exp(0.3 * random.nextGaussian());
        volume = Math.max(STEP, StrictMath.round(units * 1000.0) * STEP);
        return segment;
    }

    /**
     * @return a funding rate in ppb for the next settlement: positive in up-trends, negative in down-trends.
     */
    long nextFundingRatePpb()
    {
        final double base = segment == Regime.TRENDING_UP ? 150_000 : segment == Regime.TRENDING_DOWN ? -80_000 : 50_000;
        return StrictMath.round(base + 40_000 * random.nextGaussian());
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

    static long tick()
    {
        return TICK;
    }

    static long step()
    {
        return STEP;
    }
}
