package com.tradefinder.tools.run.binance;

import com.tradefinder.codecs.Venue;
import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotMode;
import com.tradefinder.config.VenueLimits;
import com.tradefinder.gateway.binance.InboundSink;
import com.tradefinder.gateway.binance.order.WorkingType;
import com.tradefinder.gateway.binance.rest.BinanceRestClient;
import com.tradefinder.gateway.binance.rest.BinanceRestConfig;
import com.tradefinder.gateway.binance.rest.ExchangeInfo;
import com.tradefinder.gateway.binance.rest.RateLimits;
import com.tradefinder.gateway.binance.session.BinanceSymbols;
import com.tradefinder.gateway.binance.ws.WebSocketContext;
import com.tradefinder.tools.UserException;
import com.tradefinder.tools.importer.InstrumentCatalog;
import com.tradefinder.tools.run.InboundPublisher;
import com.tradefinder.tools.run.MarketDataSource;
import org.agrona.concurrent.SystemEpochClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Connects a set of bots to Binance USDⓈ-M before the engine starts: reads exchangeInfo (the instruments' filters
 * and the rate limits), resolves every whitelisted symbol, loads the account's credentials for testnet and live
 * bots, and builds the market-data source and the venue. Every problem is one line naming the file, symbol or URL.
 * Called on the starting thread only.
 */
public final class BinanceSession
{
    private static final Logger LOG = LoggerFactory.getLogger(BinanceSession.class);
    private static final long EXCHANGE_INFO_TIMEOUT_MS = 15_000;

    private final BinanceEndpoints endpoints;
    private final BinanceMarketData marketData;
    private final BinanceVenue venue;

    private BinanceSession(final BinanceEndpoints endpoints, final BinanceMarketData marketData,
        final BinanceVenue venue)
    {
        this.endpoints = endpoints;
        this.marketData = marketData;
        this.venue = venue;
    }

    /**
     * @param bots        validated bot configs, all of one mode (paper, testnet or live), in bot-id order.
     * @param endpoints   where to connect.
     * @param environment the process environment (credentials named by the bot files).
     * @return the session, not yet connected.
     * @throws UserException when a bot is not a Binance bot, a symbol is unknown, credentials are missing, or the
     *                       venue cannot be reached.
     */
    public static BinanceSession open(final List<BotConfig> bots, final BinanceEndpoints endpoints,
        final Map<String, String> environment)
    {
        final Set<String> symbolSet = new LinkedHashSet<>();
        final Set<Integer> timeframes = new java.util.TreeSet<>();
        for (final BotConfig bot : bots)
        {
            if (bot.venue() != Venue.BINANCE_USDM)
            {
                throw new UserException(bot.sourceName() + ": bot: venue = \"" + VenueLimits.configName(bot.venue()) +
                    "\": this build connects to Binance USDⓈ-M only");
            }
            symbolSet.addAll(bot.instruments().whitelist());
            for (final int frame : new com.tradefinder.tools.session.EngineSetup(List.of(bot)).timeframes())
            {
                timeframes.add(frame);
            }
        }
        final DeferredSink status = new DeferredSink();
        final RateLimits publicLimits = new RateLimits(status, (untilMs, detail) ->
            LOG.error("binance: banned until {} ms: {}", untilMs, detail));
        final BinanceRestClient publicRest = new BinanceRestClient(
            new BinanceRestConfig().baseUrl(endpoints.restUrl()), SystemEpochClock.INSTANCE, publicLimits);
        final ExchangeInfo exchangeInfo;
        try
        {
            exchangeInfo = publicRest.exchangeInfo().get(EXCHANGE_INFO_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        }
        catch (final ExecutionException | TimeoutException ex)
        {
            publicRest.close();
            final Throwable cause = ex instanceof ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
            throw new UserException("binance: exchangeInfo from " + endpoints.restUrl() + " failed: " +
                (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName()));
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            publicRest.close();
            throw new UserException("binance: interrupted while reading exchangeInfo");
        }
        final BinanceSymbols symbols;
        try
        {
            symbols = BinanceSymbols.of(exchangeInfo, new ArrayList<>(symbolSet),
                InstrumentCatalog.DEFAULT_PRICE_EXPONENT, InstrumentCatalog.DEFAULT_SIZE_EXPONENT);
        }
        catch (final IllegalArgumentException ex)
        {
            publicRest.close();
            throw new UserException("binance: " + ex.getMessage() + " (whitelists of " + names(bots) + ")");
        }
        final int[] maxLeverage = new int[symbols.filters().size()];
        // per-symbol brackets need a signed endpoint; the venue-wide cap is what configs are validated against
        Arrays.fill(maxLeverage, VenueLimits.maxLeverage(Venue.BINANCE_USDM));
        final List<String> intervals = new ArrayList<>();
        for (final int frame : timeframes)
        {
            intervals.add(com.tradefinder.engine.marketdata.Timeframe.label(frame));
        }
        final BinanceMarketData marketData = new BinanceMarketData(symbols, maxLeverage, intervals, publicRest,
            new WebSocketContext().baseUrl(endpoints.streamUrl()), status);
        BinanceVenue venue = null;
        final BotMode mode = bots.get(0).mode();
        if (mode == BotMode.TESTNET || mode == BotMode.LIVE)
        {
            final BotConfig owner = bots.get(0);
            final ApiCredentials credentials = ApiCredentials.load(owner.sourceName(), owner.credentials(), environment);
            for (final BotConfig bot : bots)
            {
                if (!bot.credentials().equals(owner.credentials()))
                {
                    throw new UserException(bot.sourceName() + ": bot: credentials differ from " +
                        owner.sourceName() + "'s: one engine trades one Binance account");
                }
            }
            venue = new BinanceVenue(new BinanceRestConfig().baseUrl(endpoints.restUrl())
                .apiKey(credentials.apiKey()).secretKey(credentials.secret()),
                new WebSocketContext().baseUrl(endpoints.streamUrl()), symbols, WorkingType.CONTRACT_PRICE,
                bots.size() == 1 ? 0 : -1);
        }
        return new BinanceSession(endpoints, marketData, venue);
    }

    private static List<String> names(final List<BotConfig> bots)
    {
        final List<String> names = new ArrayList<>();
        bots.forEach(bot -> names.add(bot.sourceName()));
        return names;
    }

    /**
     * @return where the session connects.
     */
    public BinanceEndpoints endpoints()
    {
        return endpoints;
    }

    /**
     * @return the live market data.
     */
    public MarketDataSource marketData()
    {
        return marketData;
    }

    /**
     * @return the Binance venue (testnet and live bots).
     * @throws IllegalStateException for paper bots, which trade on the simulated venue.
     */
    public BinanceVenue venue()
    {
        if (venue == null)
        {
            throw new IllegalStateException("paper bots trade on the simulated venue");
        }
        return venue;
    }

    /**
     * Gateway status events raised before the engine's ring exists (reading exchangeInfo) are logged; once the
     * market data starts they go to the ring.
     */
    static final class DeferredSink implements InboundSink
    {
        private volatile InboundPublisher target;

        void attach(final InboundPublisher publisher)
        {
            target = publisher;
        }

        @Override
        public void publish(final org.agrona.DirectBuffer buffer, final int offset, final int length)
        {
            final InboundPublisher publisher = target;
            if (publisher != null)
            {
                publisher.publish(buffer, offset, length);
            }
            else
            {
                LOG.warn("binance: gateway status before the engine started (not journaled)");
            }
        }
    }
}
