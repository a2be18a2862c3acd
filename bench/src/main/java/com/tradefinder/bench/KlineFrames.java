package com.tradefinder.bench;

import com.tradefinder.numeric.FixedPoint;
import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The market frames of the tick-to-order harness: closed 1h BTCUSDT kline frames in Binance USDⓈ-M's exact layout,
 * one bar per frame, consecutive hours starting after the last real bar of the shared 1h history.
 * <p>
 * The pattern makes a 2/3-bar SMA crossover cross on every bar: every bar opens at the real last close {@code m},
 * even bars close at {@code m - step}, odd bars at {@code m + step} ({@code step} = 0.5 % of {@code m} on the tick),
 * so the fast average alternates above and below the slow one. Since every bar opens at {@code m}, market orders
 * (filled by the paper venue at the next bar's open) all fill at {@code m}: no profit or loss, the equity and hence
 * the position size stay the same for a million bars, and no risk limit ever stops the strategy.
 * <p>
 * Not thread-safe for {@link #write}: one sending thread.
 */
final class KlineFrames
{
    private static final long HOUR_MS = 3_600_000L;
    private static final String TIME = "0000000000000";

    private final long firstOpenMs;
    private final byte[][] templates = new byte[2][];
    private final int[][] timeOffsets = new int[2][];
    private final String openText;

    /**
     * @param lastBar the last real bar, as {@link BenchData#lastBtcHourBar()} gives it.
     */
    KlineFrames(final String[] lastBar)
    {
        firstOpenMs = Long.parseLong(lastBar[0]) + HOUR_MS;
        final long open = FixedPoint.parse(lastBar[4], -1);
        final long step = open / 200;
        openText = text(open);
        final String volume = lastBar[5];
        for (int parity = 0; parity < 2; parity++)
        {
            final long close = parity == 0 ? open - step : open + step;
            final String json = "{\"e\":\"kline\",\"E\":" + TIME + ",\"s\":\"BTCUSDT\",\"k\":{\"t\":" + TIME +
                ",\"T\":" + TIME + ",\"s\":\"BTCUSDT\",\"i\":\"1h\",\"f\":100,\"L\":200,\"o\":\"" + openText +
                "\",\"c\":\"" + text(close) + "\",\"h\":\"" + text(Math.max(open, close)) + "\",\"l\":\"" +
                text(Math.min(open, close)) + "\",\"v\":\"" + volume + "\",\"n\":100,\"x\":true,\"q\":\"1.0000\"," +
                "\"V\":\"500\",\"Q\":\"0.500\",\"B\":\"0\"}}";
            templates[parity] = json.getBytes(StandardCharsets.US_ASCII);
            final int event = json.indexOf("\"E\":") + 4;
            final int openTime = json.indexOf("\"t\":") + 4;
            final int closeTime = json.indexOf("\"T\":") + 4;
            timeOffsets[parity] = new int[]{event, openTime, closeTime};
        }
    }

    private static String text(final long tenths)
    {
        return String.format(Locale.ROOT, "%d.%d", tenths / 10, tenths % 10);
    }

    /**
     * @param index the frame's number in the run.
     * @return the bar's close as the business logic sees it (its receive time): the hour's end, epoch nanoseconds.
     */
    long closeTimeNs(final long index)
    {
        return (firstOpenMs + (index + 1) * HOUR_MS) * 1_000_000L;
    }

    /**
     * @return the largest frame in bytes.
     */
    int maxLength()
    {
        return Math.max(templates[0].length, templates[1].length);
    }

    /**
     * @return the price every bar opens at, as text.
     */
    String openText()
    {
        return openText;
    }

    /**
     * Appends frame {@code index}; allocation-free.
     *
     * @param index the frame's number in the run.
     * @param out   where the frame's text goes, from its writer index.
     */
    void write(final long index, final ByteBuf out)
    {
        final int parity = (int)(index & 1);
        final byte[] template = templates[parity];
        final int start = out.writerIndex();
        out.writeBytes(template);
        final long openMs = firstOpenMs + index * HOUR_MS;
        final long closeMs = openMs + HOUR_MS - 1;
        putTime(out, start + timeOffsets[parity][0], closeMs + 1);
        putTime(out, start + timeOffsets[parity][1], openMs);
        putTime(out, start + timeOffsets[parity][2], closeMs);
    }

    private static void putTime(final ByteBuf out, final int at, final long valueMs)
    {
        long value = valueMs;
        for (int i = TIME.length() - 1; i >= 0; i--)
        {
            out.setByte(at + i, (int)('0' + value % 10));
            value /= 10;
        }
    }
}
