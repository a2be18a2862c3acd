package com.tradefinder.engine.indicators;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every indicator, fed 100k bars after warm-up, allocates nothing on the calling thread.
 */
class IndicatorAllocationTest
{
    private static final int BARS = 100_000;
    private static final int WARM_UP_PASSES = 5;

    private final Sma sma = new Sma(20);
    private final Ema ema = new Ema(20);
    private final WilderAverage wilderAverage = new WilderAverage(14);
    private final Atr atr = new Atr(14);
    private final Adx adx = new Adx(14);
    private final BollingerBands bollingerBands = new BollingerBands(20, 2.0);
    private final KeltnerChannels keltnerChannels = new KeltnerChannels(20, 10, 2.0);
    private final Rsi rsi = new Rsi(14);
    private static final int MEASURED_PASSES = 10;
    private final Macd macd = new Macd(12, 26, 9);
    private final Supertrend supertrend = new Supertrend(10, 3.0);
    private final Donchian donchian = new Donchian(20);

    @Test
    void shouldAllocateNothingPerUpdateAfterWarmUp()
    {
        // arrange
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        final long threadId = Thread.currentThread().getId();
        final SyntheticBars bars = new SyntheticBars(BARS, 7L);
        for (int pass = 0; pass < WARM_UP_PASSES; pass++)
        {
            feed(bars);
        }
        long overhead = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++)
        {
            final long start = threads.getThreadAllocatedBytes(threadId);
            final long end = threads.getThreadAllocatedBytes(threadId);
            overhead = Math.min(overhead, end - start);
        }

        // act: passes until one allocates nothing (a pass can catch a JIT deoptimisation materialising a few
        // scalar-replaced objects once under load; an allocation on the path shows in every pass)
        long fewest = Long.MAX_VALUE;
        double checksum = 0;
        for (int pass = 0; pass < MEASURED_PASSES && fewest > 0; pass++)
        {
            final long before = threads.getThreadAllocatedBytes(threadId);
            checksum = feed(bars);
            final long after = threads.getThreadAllocatedBytes(threadId);
            fewest = Math.min(fewest, after - before - overhead);
        }

        // assert
        assertThat(checksum).isFinite();
        assertThat(fewest).as("bytes allocated by %d updates of every indicator", BARS).isZero();
    }

    private double feed(final SyntheticBars bars)
    {
        final double[] high = bars.high;
        final double[] low = bars.low;
        final double[] close = bars.close;
        double checksum = 0.0;
        for (int i = 0; i < BARS; i++)
        {
            final double h = high[i];
            final double l = low[i];
            final double c = close[i];
            sma.update(c);
            ema.update(c);
            wilderAverage.update(c);
            atr.update(h, l, c);
            adx.update(h, l, c);
            bollingerBands.update(c);
            keltnerChannels.update(h, l, c);
            rsi.update(c);
            macd.update(c);
            supertrend.update(h, l, c);
            donchian.update(h, l);
            checksum += sma.value() + ema.value() + wilderAverage.value() + atr.value() + atr.percent()
                + adx.adx() + adx.plusDi() + bollingerBands.width() + keltnerChannels.upper() + rsi.value()
                + macd.histogram() + supertrend.value() + supertrend.direction() + donchian.middle();
        }
        return checksum;
    }
}
