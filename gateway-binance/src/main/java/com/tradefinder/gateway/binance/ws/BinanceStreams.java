package com.tradefinder.gateway.binance.ws;

import java.util.Locale;

/**
 * Market stream names as Binance spells them: the symbol in lower case, then {@code @} and the stream kind.
 * <p>
 * Stateless; used at wiring time.
 */
public final class BinanceStreams
{
    /** Diff depth every 100 ms: the speed the gateway uses unless told otherwise. */
    public static final String DEPTH_100MS = "@100ms";

    private BinanceStreams()
    {
    }

    /**
     * @param symbol venue symbol, any case.
     * @return {@code <symbol>@bookTicker} (route {@link BinanceRoute#PUBLIC}).
     */
    public static String bookTicker(final String symbol)
    {
        return lower(symbol) + "@bookTicker";
    }

    /**
     * @param symbol venue symbol, any case.
     * @param speed  {@code ""} (250 ms), {@code "@100ms"}, {@code "@500ms"} or {@code "@0ms"}.
     * @return {@code <symbol>@depth<speed>} (route {@link BinanceRoute#PUBLIC}).
     */
    public static String depth(final String symbol, final String speed)
    {
        return lower(symbol) + "@depth" + speed;
    }

    /**
     * @param symbol venue symbol, any case.
     * @return {@code <symbol>@aggTrade} (route {@link BinanceRoute#MARKET}).
     */
    public static String aggTrade(final String symbol)
    {
        return lower(symbol) + "@aggTrade";
    }

    /**
     * @param symbol    venue symbol, any case.
     * @param timeframe kline interval such as {@code 1m}, {@code 1h}.
     * @return {@code <symbol>@kline_<timeframe>} (route {@link BinanceRoute#MARKET}).
     */
    public static String kline(final String symbol, final String timeframe)
    {
        return lower(symbol) + "@kline_" + timeframe;
    }

    /**
     * @param symbol venue symbol, any case.
     * @return {@code <symbol>@markPrice@1s} (route {@link BinanceRoute#MARKET}).
     */
    public static String markPrice1s(final String symbol)
    {
        return lower(symbol) + "@markPrice@1s";
    }

    /**
     * Binance names streams in lower case except the camel-case kind ({@code bookTicker}, {@code aggTrade},
     * {@code markPrice}), which is how its own documentation and replies spell them.
     *
     * @param streamName a stream name.
     * @return true if its symbol part has no upper-case letter and it has an {@code @}.
     */
    public static boolean isWellFormed(final String streamName)
    {
        final int at = streamName.indexOf('@');
        if (at < 1)
        {
            return false;
        }
        for (int i = 0; i < at; i++)
        {
            if (Character.isUpperCase(streamName.charAt(i)))
            {
                return false;
            }
        }
        return true;
    }

    private static String lower(final String symbol)
    {
        return symbol.toLowerCase(Locale.ROOT);
    }
}
