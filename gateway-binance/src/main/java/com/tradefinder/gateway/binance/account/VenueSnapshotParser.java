package com.tradefinder.gateway.binance.account;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.gateway.binance.ClientOrderIdText;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;
import com.tradefinder.numeric.FixedPoint;

/**
 * REST snapshot bodies of Binance USDⓈ-M to small records, for reconciliation: {@code GET /fapi/v1/openOrders} and
 * {@code GET /fapi/v1/openAlgoOrders} to {@link VenueOpenOrder}s, {@code GET /fapi/v2/positionRisk} to
 * {@link VenuePosition}s, {@code GET /fapi/v1/order} to a {@link VenueOrderStatus}.
 * <p>
 * jackson-core streaming, cold path (allocates). Prices and quantities parse straight into mantissas at the
 * instrument's exponents; averages and entry prices are cut to the price exponent, P&amp;L to exponent -8. Unknown
 * keys are ignored. Entries for symbols not in the {@link InstrumentLookup} are skipped and counted. A bad body does
 * not throw: the method returns null, counts it, and {@link #lastError()} says in one line what and where, e.g.
 * {@code "positionRisk: element 1: bad decimal \"1.2.3\" in positionAmt (line 3, column 20)"}.
 * <p>
 * Single-threaded: one parser per thread (the REST client's).
 */
public final class VenueSnapshotParser
{
    private static final int QUOTE_EXPONENT = -8;
    private static final long NS_PER_MS = 1_000_000L;

    private final JsonFactory factory = new JsonFactory();
    private final InstrumentLookup instruments;
    private String lastError;
    private long failures;
    private long skippedUnknownSymbols;

    /**
     * @param instruments symbols the engine trades, with their exponents.
     */
    public VenueSnapshotParser(final InstrumentLookup instruments)
    {
        this.instruments = instruments;
    }

    /**
     * @param body response of {@code GET /fapi/v1/openOrders}: an array of orders.
     * @return the orders in the venue's order, or null when the body is bad.
     */
    public List<VenueOpenOrder> openOrders(final byte[] body)
    {
        final List<Map<String, String>> elements = elements("openOrders", body);
        if (elements == null)
        {
            return null;
        }
        final List<VenueOpenOrder> orders = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++)
        {
            final Element element = new Element("openOrders", i, elements.get(i));
            try
            {
                final int entry = element.instrument("symbol");
                if (entry == InstrumentLookup.NOT_FOUND)
                {
                    continue;
                }
                final String clientId = element.text("clientOrderId");
                orders.add(new VenueOpenOrder(
                    instruments.instrumentId(entry),
                    ClientOrderIdText.parse(clientId),
                    clientId,
                    element.unsigned("orderId"),
                    false,
                    element.side("side"),
                    element.positionSide("positionSide"),
                    element.decimal("price", instruments.priceExponent(entry)),
                    element.decimal("origQty", instruments.sizeExponent(entry)),
                    element.decimal("executedQty", instruments.sizeExponent(entry)),
                    element.truncated("avgPrice", instruments.priceExponent(entry))));
            }
            catch (final BadField bad)
            {
                return failed(bad.getMessage());
            }
        }
        return orders;
    }

    /**
     * @param body response of {@code GET /fapi/v1/openAlgoOrders}: an array of algo orders (the fields of the
     *             {@code POST /fapi/v1/algoOrder} response).
     * @return the conditional orders in the venue's order, or null when the body is bad.
     */
    public List<VenueOpenOrder> openAlgoOrders(final byte[] body)
    {
        final List<Map<String, String>> elements = elements("openAlgoOrders", body);
        if (elements == null)
        {
            return null;
        }
        final List<VenueOpenOrder> orders = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++)
        {
            final Element element = new Element("openAlgoOrders", i, elements.get(i));
            try
            {
                final int entry = element.instrument("symbol");
                if (entry == InstrumentLookup.NOT_FOUND)
                {
                    continue;
                }
                final String clientId = element.text("clientAlgoId");
                orders.add(new VenueOpenOrder(
                    instruments.instrumentId(entry),
                    ClientOrderIdText.parse(clientId),
                    clientId,
                    element.unsigned("algoId"),
                    true,
                    element.side("side"),
                    element.positionSide("positionSide"),
                    element.optionalDecimal("price", instruments.priceExponent(entry)),
                    element.decimal("quantity", instruments.sizeExponent(entry)),
                    0,
                    0));
            }
            catch (final BadField bad)
            {
                return failed(bad.getMessage());
            }
        }
        return orders;
    }

    /**
     * @param body response of {@code GET /fapi/v2/positionRisk}: an array of positions (hedge or one-way).
     * @return the positions in the venue's order, or null when the body is bad.
     */
    public List<VenuePosition> positionRisk(final byte[] body)
    {
        final List<Map<String, String>> elements = elements("positionRisk", body);
        if (elements == null)
        {
            return null;
        }
        final List<VenuePosition> positions = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++)
        {
            final Element element = new Element("positionRisk", i, elements.get(i));
            try
            {
                final int entry = element.instrument("symbol");
                if (entry == InstrumentLookup.NOT_FOUND)
                {
                    continue;
                }
                positions.add(new VenuePosition(
                    instruments.instrumentId(entry),
                    element.positionSide("positionSide"),
                    element.decimal("positionAmt", instruments.sizeExponent(entry)),
                    element.truncated("entryPrice", instruments.priceExponent(entry)),
                    element.truncated("unRealizedProfit", QUOTE_EXPONENT)));
            }
            catch (final BadField bad)
            {
                return failed(bad.getMessage());
            }
        }
        return positions;
    }

    /**
     * @param body response of {@code GET /fapi/v1/order}: one order.
     * @return its status, or null when the body is bad or names a symbol not in the lookup.
     */
    public VenueOrderStatus orderStatus(final byte[] body)
    {
        final Map<String, String> fields;
        try (JsonParser parser = factory.createParser(body))
        {
            if (parser.nextToken() != JsonToken.START_OBJECT)
            {
                return failed("order: expected an object " + where(parser));
            }
            fields = object(parser);
            if (parser.nextToken() != null)
            {
                return failed("order: bytes after the object " + where(parser));
            }
        }
        catch (final IOException ex)
        {
            return failed("order: " + oneLine(ex));
        }
        final Element element = new Element("order", -1, fields);
        try
        {
            final int entry = element.instrument("symbol");
            if (entry == InstrumentLookup.NOT_FOUND)
            {
                return failed("order: unknown symbol " + fields.get("symbol"));
            }
            final String state = element.text("status");
            final VenueOrderState parsedState;
            try
            {
                parsedState = VenueOrderState.valueOf(state);
            }
            catch (final IllegalArgumentException ex)
            {
                throw new BadField("order: unknown status \"" + state + "\"");
            }
            return new VenueOrderStatus(
                ClientOrderIdText.parse(element.text("clientOrderId")),
                element.unsigned("orderId"),
                instruments.instrumentId(entry),
                parsedState,
                element.decimal("origQty", instruments.sizeExponent(entry)),
                element.decimal("executedQty", instruments.sizeExponent(entry)),
                element.truncated("avgPrice", instruments.priceExponent(entry)),
                element.unsigned("updateTime") * NS_PER_MS);
        }
        catch (final BadField bad)
        {
            return failed(bad.getMessage());
        }
    }

    /**
     * @return the last bad body's reason as one line, or null.
     */
    public String lastError()
    {
        return lastError;
    }

    /**
     * @return bodies refused as bad.
     */
    public long failures()
    {
        return failures;
    }

    /**
     * @return entries skipped because their symbol is not in the lookup.
     */
    public long skippedUnknownSymbols()
    {
        return skippedUnknownSymbols;
    }

    private List<Map<String, String>> elements(final String what, final byte[] body)
    {
        try (JsonParser parser = factory.createParser(body))
        {
            if (parser.nextToken() != JsonToken.START_ARRAY)
            {
                return failed(what + ": expected an array " + where(parser));
            }
            final List<Map<String, String>> elements = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY)
            {
                if (token != JsonToken.START_OBJECT)
                {
                    return failed(what + ": element " + elements.size() + " is not an object " + where(parser));
                }
                elements.add(object(parser));
            }
            if (parser.nextToken() != null)
            {
                return failed(what + ": bytes after the array " + where(parser));
            }
            return elements;
        }
        catch (final IOException ex)
        {
            return failed(what + ": " + oneLine(ex));
        }
    }

    /**
     * Reads the scalar fields of the object the parser is at (nested values skipped); each value's text and where it
     * was, under {@code key} and {@code key + "@"}.
     */
    private static Map<String, String> object(final JsonParser parser) throws IOException
    {
        final Map<String, String> fields = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME)
        {
            final String name = parser.currentName();
            final JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY)
            {
                parser.skipChildren();
                continue;
            }
            fields.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
            fields.put(name + "@", where(parser));
        }
        if (token != JsonToken.END_OBJECT)
        {
            throw new IOException("expected a field name " + where(parser));
        }
        return fields;
    }

    private static String where(final JsonParser parser)
    {
        return "(line " + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr() +
            ")";
    }

    private static String oneLine(final IOException ex)
    {
        if (ex instanceof JsonProcessingException && ((JsonProcessingException)ex).getLocation() != null)
        {
            final JsonProcessingException json = (JsonProcessingException)ex;
            return json.getOriginalMessage() + " (line " + json.getLocation().getLineNr() + ", column " +
                json.getLocation().getColumnNr() + ")";
        }
        final String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        final int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private <T> T failed(final String message)
    {
        failures++;
        lastError = message;
        return null;
    }

    /**
     * A field that is missing or unusable; carries the one-line reason.
     */
    private static final class BadField extends Exception
    {
        private static final long serialVersionUID = 1L;

        BadField(final String message)
        {
            super(message, null, false, false);
        }
    }

    /**
     * The fields of one element, read with errors that say which element and field.
     */
    private final class Element
    {
        private final String what;
        private final int index;
        private final Map<String, String> fields;

        Element(final String what, final int index, final Map<String, String> fields)
        {
            this.what = what;
            this.index = index;
            this.fields = fields;
        }

        int instrument(final String key) throws BadField
        {
            final String symbol = text(key);
            final int entry = instruments.find(symbol);
            if (entry == InstrumentLookup.NOT_FOUND)
            {
                skippedUnknownSymbols++;
            }
            return entry;
        }

        String text(final String key) throws BadField
        {
            final String value = fields.get(key);
            if (value == null)
            {
                throw bad(fields.containsKey(key) ? "null" : "missing", key, null);
            }
            return value;
        }

        long unsigned(final String key) throws BadField
        {
            final String value = text(key);
            try
            {
                final long parsed = Long.parseLong(value);
                if (parsed < 0)
                {
                    throw bad("negative id", key, value);
                }
                return parsed;
            }
            catch (final NumberFormatException ex)
            {
                throw bad("bad integer", key, value);
            }
        }

        long decimal(final String key, final int exponent) throws BadField
        {
            final String value = text(key);
            final long mantissa = FixedPoint.parse(value, exponent);
            if (mantissa == FixedPoint.INVALID)
            {
                throw bad("bad decimal", key, value);
            }
            return mantissa;
        }

        long optionalDecimal(final String key, final int exponent) throws BadField
        {
            final String value = fields.get(key);
            return value == null || value.isEmpty() ? 0 : decimal(key, exponent);
        }

        long truncated(final String key, final int exponent) throws BadField
        {
            final String value = text(key);
            final int point = value.indexOf('.');
            final String kept = point < 0 ? value :
                value.substring(0, Math.min(value.length(), exponent == 0 ? point : point + 1 - exponent));
            final long mantissa = FixedPoint.parse(kept, exponent);
            if (mantissa == FixedPoint.INVALID)
            {
                throw bad("bad decimal", key, value);
            }
            return mantissa;
        }

        Side side(final String key) throws BadField
        {
            final String value = text(key);
            switch (value)
            {
                case "BUY":
                    return Side.BUY;
                case "SELL":
                    return Side.SELL;
                default:
                    throw bad("unknown side", key, value);
            }
        }

        PositionSide positionSide(final String key) throws BadField
        {
            final String value = text(key);
            switch (value)
            {
                case "BOTH":
                    return PositionSide.BOTH;
                case "LONG":
                    return PositionSide.LONG;
                case "SHORT":
                    return PositionSide.SHORT;
                default:
                    throw bad("unknown position side", key, value);
            }
        }

        private BadField bad(final String problem, final String key, final String value)
        {
            final String at = fields.get(key + "@");
            return new BadField(what + (index >= 0 ? ": element " + index : "") + ": " + problem +
                (value == null ? "" : " \"" + value + "\"") + " in " + key + (at == null ? "" : " " + at));
        }
    }
}
