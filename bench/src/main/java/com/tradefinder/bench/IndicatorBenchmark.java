package com.tradefinder.bench;

import com.tradefinder.engine.indicators.Adx;
import com.tradefinder.engine.indicators.Atr;
import com.tradefinder.engine.indicators.BollingerBands;
import com.tradefinder.engine.indicators.Donchian;
import com.tradefinder.engine.indicators.Macd;
import com.tradefinder.engine.indicators.Rsi;
import com.tradefinder.engine.indicators.Sma;
import com.tradefinder.engine.indicators.Supertrend;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Cost of one indicator update (the per-bar work behind PERFORMANCE.md P2 and P5; 0 B/op for P3).
 * <p>
 * Measures: nanoseconds per {@code update} of {@link Adx} (14), {@link Atr} (14), {@link BollingerBands} (20, 2σ),
 * {@link Supertrend} (10, 3), {@link Macd} (12, 26, 9), {@link Rsi} (14) and {@link Donchian} (20), fed the real
 * high, low and close of the 55,872 BTCUSDT 1h klines in order, cycling (the jump at the end of a lap is one bar in
 * 55,872), each returning its main reading.
 * <p>
 * Baselines in the same run: {@link #smaBaseline()}, the cheapest indicator, and {@link #arrayReadBaseline()}, the
 * same three array reads without an indicator (the floor of the harness). Run with {@code -prof gc}: 0 B/op.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(value = 1, jvmArgsAppend = {
    "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
    "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED",
    "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
    "--add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED",
    "-Dchronicle.analytics.disable=true",
})
public class IndicatorBenchmark
{
    private double[] high;
    private double[] low;
    private double[] close;
    private int next;

    private Adx adx;
    private Atr atr;
    private BollingerBands bollinger;
    private Supertrend supertrend;
    private Macd macd;
    private Rsi rsi;
    private Donchian donchian;
    private Sma sma;

    /**
     * Loads the klines and builds the indicators.
     */
    @Setup(Level.Trial)
    public void setUp()
    {
        final double[][] hlc = BenchData.btcHourHighLowClose();
        high = hlc[0];
        low = hlc[1];
        close = hlc[2];
        adx = new Adx(14);
        atr = new Atr(14);
        bollinger = new BollingerBands(20, 2.0);
        supertrend = new Supertrend(10, 3.0);
        macd = new Macd(12, 26, 9);
        rsi = new Rsi(14);
        donchian = new Donchian(20);
        sma = new Sma(20);
    }

    private int advance()
    {
        final int i = next;
        if (++next == close.length)
        {
            next = 0;
        }
        return i;
    }

    /**
     * @return ADX after the update.
     */
    @Benchmark
    public double adx()
    {
        final int i = advance();
        adx.update(high[i], low[i], close[i]);
        return adx.adx();
    }

    /**
     * @return ATR after the update.
     */
    @Benchmark
    public double atr()
    {
        final int i = advance();
        atr.update(high[i], low[i], close[i]);
        return atr.value();
    }

    /**
     * @return band width after the update.
     */
    @Benchmark
    public double bollingerBands()
    {
        final int i = advance();
        bollinger.update(close[i]);
        return bollinger.width();
    }

    /**
     * @return Supertrend after the update.
     */
    @Benchmark
    public double supertrend()
    {
        final int i = advance();
        supertrend.update(high[i], low[i], close[i]);
        return supertrend.value();
    }

    /**
     * @return MACD histogram after the update.
     */
    @Benchmark
    public double macd()
    {
        final int i = advance();
        macd.update(close[i]);
        return macd.histogram();
    }

    /**
     * @return RSI after the update.
     */
    @Benchmark
    public double rsi()
    {
        final int i = advance();
        rsi.update(close[i]);
        return rsi.value();
    }

    /**
     * @return Donchian middle after the update.
     */
    @Benchmark
    public double donchian()
    {
        final int i = advance();
        donchian.update(high[i], low[i]);
        return donchian.middle();
    }

    /**
     * Baseline: the cheapest indicator.
     *
     * @return SMA after the update.
     */
    @Benchmark
    public double smaBaseline()
    {
        final int i = advance();
        sma.update(close[i]);
        return sma.value();
    }

    /**
     * Baseline: the three array reads every update does, without an indicator.
     *
     * @return their sum.
     */
    @Benchmark
    public double arrayReadBaseline()
    {
        final int i = advance();
        return high[i] + low[i] + close[i];
    }
}
