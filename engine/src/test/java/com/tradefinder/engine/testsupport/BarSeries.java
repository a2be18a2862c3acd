package com.tradefinder.engine.testsupport;

import com.tradefinder.testsupport.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OHLCV bars read from a kline CSV in {@code shared/data} ({@code open_time,open,high,low,close,volume}) into
 * primitive arrays, for conformance tests.
 * <p>
 * Plain Java parsing; a malformed line fails with its file and line number. {@link #shared(String)} caches each file
 * for the JVM so parameterised tests read it once. Accessors return copies, so a test cannot corrupt another's input.
 */
public final class BarSeries
{
    /** Binance USDⓈ-M BTCUSDT 1h klines, 2020-01-01 to 2026-05-16. */
    public static final String BTCUSDT_1H = "binance-futures-um-BTCUSDT-1h-2020-01-01_2026-05-16.csv";
    /** Binance USDⓈ-M ETHUSDT 1h klines, 2020-01-01 to 2026-05-16. */
    public static final String ETHUSDT_1H = "binance-futures-um-ETHUSDT-1h-2020-01-01_2026-05-16.csv";

    private static final String HEADER = "open_time,open,high,low,close,volume";
    private static final Map<String, BarSeries> CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final long[] openTimeMs;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;

    private BarSeries(
        final String name,
        final long[] openTimeMs,
        final double[] open,
        final double[] high,
        final double[] low,
        final double[] close,
        final double[] volume)
    {
        this.name = name;
        this.openTimeMs = openTimeMs;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /**
     * @param fileName a kline CSV in {@code shared/data}.
     * @return its bars, read once per JVM; skips or fails the calling test as {@link SharedData#data(String)} does.
     */
    public static BarSeries shared(final String fileName)
    {
        final BarSeries cached = CACHE.get(fileName);
        if (cached != null)
        {
            return cached;
        }
        final BarSeries loaded = read(SharedData.data(fileName));
        CACHE.putIfAbsent(fileName, loaded);
        return loaded;
    }

    /**
     * @param file a kline CSV with the header {@code open_time,open,high,low,close,volume}.
     * @return its bars.
     */
    public static BarSeries read(final Path file)
    {
        int capacity = 1024;
        long[] time = new long[capacity];
        double[] o = new double[capacity];
        double[] h = new double[capacity];
        double[] l = new double[capacity];
        double[] c = new double[capacity];
        double[] v = new double[capacity];
        int size = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8))
        {
            final String header = reader.readLine();
            if (!HEADER.equals(header))
            {
                throw new IllegalStateException(file + ": expected header '" + HEADER + "' but was '" + header + "'");
            }
            int lineNumber = 1;
            String line;
            while ((line = reader.readLine()) != null)
            {
                lineNumber++;
                if (line.isEmpty())
                {
                    continue;
                }
                final String[] fields = line.split(",", -1);
                if (fields.length != 6)
                {
                    throw new IllegalStateException(file + ":" + lineNumber + ": expected 6 fields: " + line);
                }
                if (size == capacity)
                {
                    capacity *= 2;
                    time = Arrays.copyOf(time, capacity);
                    o = Arrays.copyOf(o, capacity);
                    h = Arrays.copyOf(h, capacity);
                    l = Arrays.copyOf(l, capacity);
                    c = Arrays.copyOf(c, capacity);
                    v = Arrays.copyOf(v, capacity);
                }
                try
                {
                    time[size] = Long.parseLong(fields[0]);
                    o[size] = Double.parseDouble(fields[1]);
                    h[size] = Double.parseDouble(fields[2]);
                    l[size] = Double.parseDouble(fields[3]);
                    c[size] = Double.parseDouble(fields[4]);
                    v[size] = Double.parseDouble(fields[5]);
                }
                catch (final NumberFormatException ex)
                {
                    throw new IllegalStateException(file + ":" + lineNumber + ": " + ex.getMessage() + ": " + line, ex);
                }
                size++;
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(file.toString(), ex);
        }
        return new BarSeries(
            file.getFileName().toString(),
            Arrays.copyOf(time, size),
            Arrays.copyOf(o, size),
            Arrays.copyOf(h, size),
            Arrays.copyOf(l, size),
            Arrays.copyOf(c, size),
            Arrays.copyOf(v, size));
    }

    /**
     * @return the file name the bars were read from.
     */
    public String name()
    {
        return name;
    }

    /**
     * @return the number of bars.
     */
    public int size()
    {
        return close.length;
    }

    /**
     * @return a copy of the open times, UTC epoch milliseconds.
     */
    public long[] openTimeMs()
    {
        return openTimeMs.clone();
    }

    /**
     * @return a copy of the opens.
     */
    public double[] open()
    {
        return open.clone();
    }

    /**
     * @return a copy of the highs.
     */
    public double[] high()
    {
        return high.clone();
    }

    /**
     * @return a copy of the lows.
     */
    public double[] low()
    {
        return low.clone();
    }

    /**
     * @return a copy of the closes.
     */
    public double[] close()
    {
        return close.clone();
    }

    /**
     * @return a copy of the volumes.
     */
    public double[] volume()
    {
        return volume.clone();
    }

    @Override
    public String toString()
    {
        return name;
    }
}
