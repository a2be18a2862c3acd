package com.tradefinder.gateway.binance.rest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * {@code GET /fapi/v1/exchangeInfo}: per-symbol filters as exact decimals and the account's rate limits. Parsed once
 * at start-up with jackson-core's streaming parser (a cold path); unknown keys are ignored, since Binance adds fields
 * without notice. Immutable once parsed, thread-safe.
 */
public final class ExchangeInfo
{
    private static final JsonFactory JSON = new JsonFactory();

    private final long serverTimeMs;
    private final List<RateLimit> rateLimits;
    private final Map<String, SymbolFilters> symbols;

    private ExchangeInfo(
        final long serverTimeMs, final List<RateLimit> rateLimits, final Map<String, SymbolFilters> symbols)
    {
        this.serverTimeMs = serverTimeMs;
        this.rateLimits = Collections.unmodifiableList(rateLimits);
        this.symbols = Collections.unmodifiableMap(symbols);
    }

    /**
     * @param body the response body.
     * @return the parsed document.
     * @throws IllegalArgumentException with a one-line message naming the symbol, filter and field, when the body is
     *                                  not a well-formed exchangeInfo.
     */
    public static ExchangeInfo parse(final byte[] body)
    {
        try (JsonParser parser = JSON.createParser(body))
        {
            expect(parser, parser.nextToken(), JsonToken.START_OBJECT, "exchangeInfo");
            long serverTimeMs = 0;
            final List<RateLimit> rateLimits = new ArrayList<>();
            final Map<String, SymbolFilters> symbols = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME)
            {
                final String name = parser.currentName();
                final JsonToken value = parser.nextToken();
                if ("serverTime".equals(name) && value == JsonToken.VALUE_NUMBER_INT)
                {
                    serverTimeMs = parser.getLongValue();
                }
                else if ("rateLimits".equals(name))
                {
                    expect(parser, value, JsonToken.START_ARRAY, "exchangeInfo rateLimits");
                    while (parser.nextToken() == JsonToken.START_OBJECT)
                    {
                        rateLimits.add(rateLimit(parser));
                    }
                }
                else if ("symbols".equals(name))
                {
                    expect(parser, value, JsonToken.START_ARRAY, "exchangeInfo symbols");
                    while (parser.nextToken() == JsonToken.START_OBJECT)
                    {
                        final SymbolFilters filters = symbol(parser);
                        symbols.put(filters.symbol(), filters);
                    }
                }
                else
                {
                    parser.skipChildren();
                }
            }
            if (rateLimits.isEmpty() || symbols.isEmpty())
            {
                throw new IllegalArgumentException("exchangeInfo: rateLimits or symbols missing or empty");
            }
            return new ExchangeInfo(serverTimeMs, rateLimits, symbols);
        }
        catch (final JsonProcessingException ex)
        {
            final String where = ex.getLocation() == null ? "" : " at offset " + ex.getLocation().getByteOffset();
            throw new IllegalArgumentException(
                "exchangeInfo: malformed JSON" + where + ": " + ex.getOriginalMessage().replace('\n', ' '), ex);
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException("exchangeInfo: unreadable body: " + ex.getMessage(), ex);
        }
    }

    /**
     * @return {@code serverTime} of the document, epoch milliseconds.
     */
    public long serverTimeMs()
    {
        return serverTimeMs;
    }

    /**
     * @return the rate limits in document order.
     */
    public List<RateLimit> rateLimits()
    {
        return rateLimits;
    }

    /**
     * @return every symbol's filters in document order.
     */
    public Collection<SymbolFilters> symbols()
    {
        return symbols.values();
    }

    /**
     * @param symbol venue symbol, e.g. BTCUSDT.
     * @return its filters, or {@code null} when exchangeInfo does not list it.
     */
    public SymbolFilters symbol(final String symbol)
    {
        return symbols.get(symbol);
    }

    private static RateLimit rateLimit(final JsonParser parser) throws IOException
    {
        String type = null;
        String interval = null;
        int intervalNum = 0;
        int limit = -1;
        while (parser.nextToken() == JsonToken.FIELD_NAME)
        {
            final String name = parser.currentName();
            parser.nextToken();
            switch (name)
            {
                case "rateLimitType" -> type = parser.getValueAsString();
                case "interval" -> interval = parser.getValueAsString();
                case "intervalNum" -> intervalNum = parser.getValueAsInt();
                case "limit" -> limit = parser.getValueAsInt(-1);
                default -> parser.skipChildren();
            }
        }
        final long intervalMs = interval == null ? -1 : RateLimit.intervalMs(interval, intervalNum);
        if (type == null || intervalMs <= 0 || limit <= 0)
        {
            throw new IllegalArgumentException("exchangeInfo rateLimits: incomplete entry type=" + type +
                " interval=" + interval + " intervalNum=" + intervalNum + " limit=" + limit);
        }
        return new RateLimit(type, intervalMs, limit);
    }

    private static SymbolFilters symbol(final JsonParser parser) throws IOException
    {
        String symbol = null;
        String status = "";
        final Map<String, Map<String, String>> filters = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME)
        {
            final String name = parser.currentName();
            final JsonToken value = parser.nextToken();
            if ("symbol".equals(name))
            {
                symbol = parser.getValueAsString();
            }
            else if ("status".equals(name))
            {
                status = parser.getValueAsString();
            }
            else if ("filters".equals(name) && value == JsonToken.START_ARRAY)
            {
                while (parser.nextToken() == JsonToken.START_OBJECT)
                {
                    final Map<String, String> fields = new HashMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME)
                    {
                        final String field = parser.currentName();
                        parser.nextToken();
                        fields.put(field, parser.getValueAsString());
                        parser.skipChildren();
                    }
                    final String filterType = fields.get("filterType");
                    if (filterType != null)
                    {
                        filters.put(filterType, fields);
                    }
                }
            }
            else
            {
                parser.skipChildren();
            }
        }
        if (symbol == null)
        {
            throw new IllegalArgumentException("exchangeInfo symbols: an entry has no symbol");
        }
        return new SymbolFilters(
            symbol,
            status,
            decimal(symbol, filters, "PRICE_FILTER", "tickSize", true),
            decimal(symbol, filters, "PRICE_FILTER", "minPrice", false),
            decimal(symbol, filters, "PRICE_FILTER", "maxPrice", false),
            decimal(symbol, filters, "LOT_SIZE", "stepSize", true),
            decimal(symbol, filters, "LOT_SIZE", "minQty", false),
            decimal(symbol, filters, "LOT_SIZE", "maxQty", false),
            decimal(symbol, filters, "MARKET_LOT_SIZE", "stepSize", false),
            decimal(symbol, filters, "MARKET_LOT_SIZE", "minQty", false),
            decimal(symbol, filters, "MARKET_LOT_SIZE", "maxQty", false),
            decimal(symbol, filters, "MIN_NOTIONAL", "notional", false));
    }

    private static DecimalValue decimal(
        final String symbol,
        final Map<String, Map<String, String>> filters,
        final String filterType,
        final String field,
        final boolean required)
    {
        final Map<String, String> filter = filters.get(filterType);
        final String text = filter == null ? null : filter.get(field);
        if (text == null)
        {
            if (required)
            {
                throw new IllegalArgumentException(
                    "exchangeInfo " + symbol + ": " + filterType + "." + field + " missing");
            }
            return DecimalValue.ZERO;
        }
        final DecimalValue value = DecimalValue.parse(text);
        if (value == null)
        {
            throw new IllegalArgumentException(
                "exchangeInfo " + symbol + ": " + filterType + "." + field + " '" + text + "' is not an exact decimal");
        }
        return value;
    }

    private static void expect(
        final JsonParser parser, final JsonToken actual, final JsonToken expected, final String what)
    {
        if (actual != expected)
        {
            throw new IllegalArgumentException(what + ": expected " + expected + " but found " + actual +
                " at offset " + parser.currentTokenLocation().getCharOffset());
        }
    }
}
