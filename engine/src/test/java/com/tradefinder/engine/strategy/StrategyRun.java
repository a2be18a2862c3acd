package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.Regime;
import com.tradefinder.codecs.SignalAction;
import com.tradefinder.codecs.WebhookSignalDecoder;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Drives one strategy over bar arrays with a {@link PaperContext} that always allows entries; allocation-free per
 * bar. Limit entries expire after {@value #ENTRY_TIMEOUT_BARS} bars, except the grid's resting levels. A strategy
 * that trades signals also gets a webhook signal every {@value #SIGNAL_EVERY} bars, cycling BUY, CLOSE, SELL, CLOSE,
 * CANCEL.
 */
final class StrategyRun
{
    static final int PRICE_EXPONENT = -2;
    static final long TICK = 10;
    static final int SIZE_EXPONENT = -3;
    static final int SIGNAL_EVERY = 50;
    static final int ENTRY_TIMEOUT_BARS = 3;
    private static final SignalAction[] SIGNAL_CYCLE = {
        SignalAction.BUY, SignalAction.CLOSE, SignalAction.SELL, SignalAction.CLOSE, SignalAction.CANCEL};
    private static final long HOUR_NS = 3_600_000_000_000L;

    private final Strategy strategy;
    private final PaperContext context;
    private final BarClose bar = new BarClose();
    private final WebhookSignalDecoder[] signalCycle = new WebhookSignalDecoder[SIGNAL_CYCLE.length];
    private final boolean signalled;
    private long bars;

    StrategyRun(final Strategy strategy)
    {
        this.strategy = strategy;
        this.context = new PaperContext(PRICE_EXPONENT, TICK,
            strategy instanceof GridStrategy ? Integer.MAX_VALUE : ENTRY_TIMEOUT_BARS);
        this.signalled = strategy instanceof TradingViewStrategy;
        for (int i = 0; i < SIGNAL_CYCLE.length; i++)
        {
            // encoded once here: the run only reads them, as the bot reads journaled signals
            signalCycle[i] = new Signals().signal(SIGNAL_CYCLE[i]);
        }
    }

    /**
     * Every strategy type, built by the factory with its defaults, and a weighted composer of three of them.
     */
    static List<Map.Entry<String, Supplier<Strategy>>> catalogue()
    {
        final int instrument = TestBars.INSTRUMENT;
        final int timeframe = TestBars.TIMEFRAME_SEC;
        return List.of(
            Map.entry("supertrend", () -> StrategyFactory.create("supertrend", 1, instrument, timeframe, null)),
            Map.entry("squeeze_breakout",
                () -> StrategyFactory.create("squeeze_breakout", 2, instrument, timeframe, null)),
            Map.entry("mean_reversion", () -> StrategyFactory.create("mean_reversion", 3, instrument, timeframe, null)),
            Map.entry("grid", () -> StrategyFactory.create("grid", 4, instrument, timeframe, null)),
            Map.entry("ma_crossover", () -> StrategyFactory.create("ma_crossover", 5, instrument, timeframe, null)),
            Map.entry("tradingview", () -> StrategyFactory.create("tradingview", 6, instrument, timeframe, null)),
            Map.entry("weighted", () -> StrategyFactory.weighted(7, instrument, timeframe, List.of(
                StrategyFactory.create("supertrend", 71, instrument, timeframe, null),
                StrategyFactory.create("ma_crossover", 72, instrument, timeframe, null),
                StrategyFactory.create("squeeze_breakout", 73, instrument, timeframe, null)),
                new double[]{1.0, 1.0, 1.0}, 0.6)));
    }

    /**
     * A deterministic random walk whose volatility switches every 400 bars, with volume surging at the switches,
     * as price mantissas at exponent -2 on a 0.10 tick and volumes at exponent -3: rows open, high, low, close,
     * volume.
     */
    static long[][] syntheticBars(final int size, final long seed)
    {
        final long[][] out = new long[5][size];
        final SplittableRandom random = new SplittableRandom(seed);
        double previous = 30_000.0;
        for (int i = 0; i < size; i++)
        {
            final boolean calm = (i / 400) % 2 == 0;
            final double scale = calm ? 0.002 : 0.012;
            final double drift = ((i / 1_000) % 2 == 0 ? 1 : -1) * scale * 0.1;
            final double next = Math.max(1_000.0, previous * (1.0 + drift + (random.nextDouble() - 0.5) * scale));
            final double high = Math.max(previous, next) * (1.0 + random.nextDouble() * scale * 0.3);
            final double low = Math.min(previous, next) * (1.0 - random.nextDouble() * scale * 0.3);
            out[0][i] = Math.round(previous * 10.0) * TICK;
            out[1][i] = Math.round(high * 10.0) * TICK;
            out[2][i] = Math.round(low * 10.0) * TICK;
            out[3][i] = Math.round(next * 10.0) * TICK;
            out[4][i] = Math.round((calm ? 800.0 : 1_500.0) * (0.5 + random.nextDouble()) * 1_000.0);
            previous = next;
        }
        return out;
    }

    /** Feeds the bars {@code from} (inclusive) to {@code to} (exclusive). */
    void run(final long[][] ohlcv, final int from, final int to)
    {
        final long[] open = ohlcv[0];
        final long[] high = ohlcv[1];
        final long[] low = ohlcv[2];
        final long[] close = ohlcv[3];
        final long[] volume = ohlcv[4];
        for (int i = from; i < to; i++)
        {
            final long openTimeNs = bars * HOUR_NS;
            context.beforeBar(strategy, high[i], low[i], close[i], openTimeNs + HOUR_NS);
            bar.set(strategy.instrumentId(), strategy.timeframeSec(), openTimeNs, PRICE_EXPONENT, SIZE_EXPONENT,
                open[i], high[i], low[i], close[i], volume[i], Regime.UNCERTAIN);
            strategy.onBar(bar, context);
            if (signalled && bars % SIGNAL_EVERY == 0)
            {
                strategy.onSignal(signalCycle[(int)((bars / SIGNAL_EVERY) % SIGNAL_CYCLE.length)], context);
            }
            bars++;
        }
    }

    Strategy strategy()
    {
        return strategy;
    }

    PaperContext context()
    {
        return context;
    }

    long bars()
    {
        return bars;
    }
}
