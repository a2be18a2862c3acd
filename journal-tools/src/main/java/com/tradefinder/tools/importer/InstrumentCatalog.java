package com.tradefinder.tools.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agrona.MutableDirectBuffer;

import com.tradefinder.codecs.InstrumentDefinitionEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Venue;
import com.tradefinder.numeric.FixedPoint;

/**
 * The instruments of one import: int ids, exponents and exchange filters, and their {@code InstrumentDefinition}
 * messages.
 * <p>
 * Ids are 1, 2, 3, ... in order of first registration of a (venue, symbol) pair, so the same files in the same order
 * always give the same ids. Every instrument gets the default exponents, price {@value #DEFAULT_PRICE_EXPONENT} and size
 * {@value #DEFAULT_SIZE_EXPONENT} (enough for Binance mark prices with eight decimals); minimum notional is a quote
 * amount at {@value #QUOTE_EXPONENT}.
 * <p>
 * Exchange filters of the instruments in the shared data, from each venue's instrument listing
 * (Binance {@code GET /fapi/v1/exchangeInfo} PRICE_FILTER.tickSize, LOT_SIZE.stepSize/minQty, MIN_NOTIONAL.notional,
 * and the first bracket of {@code /fapi/v1/leverageBracket}; Bybit {@code GET /v5/market/instruments-info?category=linear}
 * priceFilter.tickSize, lotSizeFilter.qtyStep/minOrderQty/minNotionalValue, leverageFilter.maxLeverage), as published
 * in 2024-2025:
 * <table>
 *     <caption>filters</caption>
 *     <tr><th>venue</th><th>symbol</th><th>tick</th><th>step</th><th>min qty</th><th>min notional (USDT)</th>
 *     <th>max leverage</th></tr>
 *     <tr><td>BINANCE_USDM</td><td>BTCUSDT</td><td>0.10</td><td>0.001</td><td>0.001</td><td>100</td><td>125</td></tr>
 *     <tr><td>BINANCE_USDM</td><td>ETHUSDT</td><td>0.01</td><td>0.001</td><td>0.001</td><td>20</td><td>100</td></tr>
 *     <tr><td>BYBIT_LINEAR</td><td>BTCUSDT</td><td>0.10</td><td>0.001</td><td>0.001</td><td>5</td><td>100</td></tr>
 *     <tr><td>BYBIT_LINEAR</td><td>ETHUSDT</td><td>0.01</td><td>0.01</td><td>0.01</td><td>5</td><td>100</td></tr>
 * </table>
 * Venues change these over time (Binance's maximum leverage also depends on the account's bracket), so a live bot must
 * take them from the venue at start-up; these are for backtests over history. Any other symbol gets the most permissive
 * grid (tick and step of one mantissa unit, minimum size one unit, no minimum notional) and a maximum leverage of 1,
 * so that nothing leveraged is sized on made-up filters.
 * <p>
 * Venue and symbol of a file come from its name, {@code binance-futures-um-SYMBOL-...} or {@code bybit-linear-SYMBOL-...},
 * unless {@link ImportOptions#venue()} / {@link ImportOptions#symbol()} override them.
 * <p>
 * Single-threaded (the import thread).
 */
public final class InstrumentCatalog implements CaptureInstruments
{
    /** Price exponent of every instrument. */
    public static final int DEFAULT_PRICE_EXPONENT = -8;

    /** Size exponent of every instrument. */
    public static final int DEFAULT_SIZE_EXPONENT = -8;

    /** Exponent of quote amounts such as the minimum notional. */
    public static final int QUOTE_EXPONENT = -8;

    /** Longest symbol the {@code Symbol} type holds. */
    public static final int MAX_SYMBOL_LENGTH = InstrumentDefinitionEncoder.symbolLength();

    private static final String BINANCE_PREFIX = "binance-futures-um-";
    private static final String BYBIT_PREFIX = "bybit-linear-";

    private static final Map<String, String[]> KNOWN_FILTERS = Map.of(
        key(Venue.BINANCE_USDM, "BTCUSDT"), new String[]{"0.10", "0.001", "0.001", "100", "125"},
        key(Venue.BINANCE_USDM, "ETHUSDT"), new String[]{"0.01", "0.001", "0.001", "20", "100"},
        key(Venue.BYBIT_LINEAR, "BTCUSDT"), new String[]{"0.10", "0.001", "0.001", "5", "100"},
        key(Venue.BYBIT_LINEAR, "ETHUSDT"), new String[]{"0.01", "0.01", "0.01", "5", "100"});

    /** A venue and a symbol, as told by a file name or overrides. */
    public record InstrumentKey(Venue venue, String symbol)
    {
    }

    private final List<Instrument> instruments = new ArrayList<>();
    private final Map<String, Instrument> byKey = new HashMap<>();
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final InstrumentDefinitionEncoder definitionEncoder = new InstrumentDefinitionEncoder();

    /**
     * Tells the venue and symbol of a file from its name, with overrides.
     *
     * @param file    a data file.
     * @param options venue and symbol overrides, either or both may be null.
     * @return venue and symbol.
     * @throws ImportException if the name is not recognised and the overrides do not fill what is missing.
     */
    public static InstrumentKey infer(final Path file, final ImportOptions options)
    {
        final String name = file.getFileName().toString();
        Venue venue = null;
        String symbol = null;
        if (name.startsWith(BINANCE_PREFIX))
        {
            venue = Venue.BINANCE_USDM;
            symbol = token(name, BINANCE_PREFIX.length());
        }
        else if (name.startsWith(BYBIT_PREFIX))
        {
            venue = Venue.BYBIT_LINEAR;
            symbol = token(name, BYBIT_PREFIX.length());
        }
        if (options.venue() != null)
        {
            venue = options.venue();
        }
        if (options.symbol() != null)
        {
            symbol = options.symbol();
        }
        if (venue == null || symbol == null)
        {
            throw new ImportException(file + ": cannot tell the " + (venue == null ? "venue" : "symbol") +
                " from the file name (expected " + BINANCE_PREFIX + "SYMBOL-... or " + BYBIT_PREFIX +
                "SYMBOL-...): set the venue and symbol overrides");
        }
        return new InstrumentKey(venue, symbol);
    }

    private static String token(final String name, final int from)
    {
        final int end = name.indexOf('-', from);
        final String symbol = end < 0 ? null : name.substring(from, end);
        return symbol != null && validSymbol(symbol) ? symbol : null;
    }

    private static boolean validSymbol(final String symbol)
    {
        if (symbol.isEmpty() || symbol.length() > MAX_SYMBOL_LENGTH)
        {
            return false;
        }
        for (int i = 0; i < symbol.length(); i++)
        {
            final char c = symbol.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'))
            {
                return false;
            }
        }
        return true;
    }

    private static String key(final Venue venue, final String symbol)
    {
        return venue.name() + ':' + symbol;
    }

    /**
     * Registers the instrument of a file (see {@link #infer(Path, ImportOptions)}).
     *
     * @param file    a data file.
     * @param options venue and symbol overrides.
     * @return its id.
     * @throws ImportException if the instrument cannot be told.
     */
    public int register(final Path file, final ImportOptions options)
    {
        final InstrumentKey key = infer(file, options);
        if (!validSymbol(key.symbol()))
        {
            throw new ImportException(file + ": symbol '" + key.symbol() + "' is not 1 to " + MAX_SYMBOL_LENGTH +
                " upper-case letters and digits");
        }
        return register(key.venue(), key.symbol());
    }

    /**
     * Registers an instrument, or finds it if it is already registered.
     *
     * @param venue  its venue, not {@link Venue#NULL_VAL}.
     * @param symbol the venue's symbol, 1 to {@link #MAX_SYMBOL_LENGTH} upper-case letters and digits.
     * @return its id, from 1.
     * @throws IllegalArgumentException for an invalid venue or symbol.
     */
    public int register(final Venue venue, final String symbol)
    {
        if (venue == null || venue == Venue.NULL_VAL || !validSymbol(symbol))
        {
            throw new IllegalArgumentException("invalid instrument: venue=" + venue + ", symbol=" + symbol);
        }
        final String key = key(venue, symbol);
        final Instrument existing = byKey.get(key);
        if (existing != null)
        {
            return existing.id;
        }
        final String[] filters = KNOWN_FILTERS.get(key);
        final Instrument instrument;
        if (filters != null)
        {
            instrument = new Instrument(instruments.size() + 1, venue, symbol,
                FixedPoint.parse(filters[0], DEFAULT_PRICE_EXPONENT),
                FixedPoint.parse(filters[1], DEFAULT_SIZE_EXPONENT),
                FixedPoint.parse(filters[2], DEFAULT_SIZE_EXPONENT),
                FixedPoint.parse(filters[3], QUOTE_EXPONENT),
                Integer.parseInt(filters[4]));
        }
        else
        {
            instrument = new Instrument(instruments.size() + 1, venue, symbol, 1, 1, 1, 0, 1);
        }
        instruments.add(instrument);
        byKey.put(key, instrument);
        return instrument.id;
    }

    /**
     * @param venue  a venue.
     * @param symbol a symbol.
     * @return its id, or 0 if it is not registered.
     */
    public int find(final Venue venue, final String symbol)
    {
        final Instrument instrument = byKey.get(key(venue, symbol));
        return instrument == null ? 0 : instrument.id;
    }

    @Override
    public int instrumentId(final Venue venue, final String symbol)
    {
        final int id = find(venue, symbol);
        return id == 0 ? NOT_FOUND : id;
    }

    /**
     * @return instruments registered; their ids are 1 to this.
     */
    public int size()
    {
        return instruments.size();
    }

    /**
     * @param instrumentId an id.
     * @return its venue.
     */
    public Venue venue(final int instrumentId)
    {
        return get(instrumentId).venue;
    }

    /**
     * @param instrumentId an id.
     * @return its symbol.
     */
    public String symbol(final int instrumentId)
    {
        return get(instrumentId).symbol;
    }

    /**
     * @param instrumentId an id.
     * @return decimal exponent of its price mantissas.
     */
    public int priceExponent(final int instrumentId)
    {
        get(instrumentId);
        return DEFAULT_PRICE_EXPONENT;
    }

    /**
     * @param instrumentId an id.
     * @return decimal exponent of its size mantissas.
     */
    public int sizeExponent(final int instrumentId)
    {
        get(instrumentId);
        return DEFAULT_SIZE_EXPONENT;
    }

    /**
     * @param instrumentId an id.
     * @return price tick, a mantissa at {@link #priceExponent(int)}.
     */
    public long tickSizeMantissa(final int instrumentId)
    {
        return get(instrumentId).tickSizeMantissa;
    }

    /**
     * @param instrumentId an id.
     * @return quantity step, a mantissa at {@link #sizeExponent(int)}.
     */
    public long stepSizeMantissa(final int instrumentId)
    {
        return get(instrumentId).stepSizeMantissa;
    }

    /**
     * @param instrumentId an id.
     * @return minimum order quantity, a mantissa at {@link #sizeExponent(int)}.
     */
    public long minSizeMantissa(final int instrumentId)
    {
        return get(instrumentId).minSizeMantissa;
    }

    /**
     * @param instrumentId an id.
     * @return minimum order notional, a quote mantissa at {@link #QUOTE_EXPONENT}; 0 for none.
     */
    public long minNotionalMantissa(final int instrumentId)
    {
        return get(instrumentId).minNotionalMantissa;
    }

    /**
     * @param instrumentId an id.
     * @return highest leverage the venue allows.
     */
    public int maxLeverage(final int instrumentId)
    {
        return get(instrumentId).maxLeverage;
    }

    /**
     * Encodes the {@code InstrumentDefinition} of an instrument, header included.
     *
     * @param instrumentId an id.
     * @param timeNs       the definition's time, epoch ns.
     * @param buffer       destination.
     * @param offset       where the header starts.
     * @return encoded length, header included.
     */
    public int encodeDefinition(
        final int instrumentId, final long timeNs, final MutableDirectBuffer buffer, final int offset)
    {
        final Instrument instrument = get(instrumentId);
        definitionEncoder.wrapAndApplyHeader(buffer, offset, headerEncoder)
            .instrumentId(instrument.id)
            .venue(instrument.venue)
            .symbol(instrument.symbol)
            .priceExponent((byte)DEFAULT_PRICE_EXPONENT)
            .sizeExponent((byte)DEFAULT_SIZE_EXPONENT)
            .tickSizeMantissa(instrument.tickSizeMantissa)
            .stepSizeMantissa(instrument.stepSizeMantissa)
            .minSizeMantissa(instrument.minSizeMantissa)
            .minNotionalMantissa(instrument.minNotionalMantissa)
            .maxLeverage(instrument.maxLeverage)
            .timeNs(timeNs);
        return MessageHeaderEncoder.ENCODED_LENGTH + definitionEncoder.encodedLength();
    }

    private Instrument get(final int instrumentId)
    {
        if (instrumentId < 1 || instrumentId > instruments.size())
        {
            throw new IllegalArgumentException("unknown instrument id " + instrumentId);
        }
        return instruments.get(instrumentId - 1);
    }

    private static final class Instrument
    {
        final int id;
        final Venue venue;
        final String symbol;
        final long tickSizeMantissa;
        final long stepSizeMantissa;
        final long minSizeMantissa;
        final long minNotionalMantissa;
        final int maxLeverage;

        Instrument(
            final int id,
            final Venue venue,
            final String symbol,
            final long tickSizeMantissa,
            final long stepSizeMantissa,
            final long minSizeMantissa,
            final long minNotionalMantissa,
            final int maxLeverage)
        {
            this.id = id;
            this.venue = venue;
            this.symbol = symbol;
            this.tickSizeMantissa = tickSizeMantissa;
            this.stepSizeMantissa = stepSizeMantissa;
            this.minSizeMantissa = minSizeMantissa;
            this.minNotionalMantissa = minNotionalMantissa;
            this.maxLeverage = maxLeverage;
        }
    }
}
