package com.tradefinder.gateway.binance.fake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads JSON text into plain maps and lists for the fake's cold paths (captured payloads, WebSocket requests, test
 * assertions). Numbers stay as their exact text so int64 ids and decimal prices never pass through {@code double}.
 * <p>
 * Stateless apart from a thread-safe factory; safe on any thread.
 */
public final class JsonValues
{
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonValues()
    {
    }

    /**
     * @param json one JSON value.
     * @return {@code Map<String, Object>}, {@code List<Object>}, {@code String} (strings and numbers as text),
     * {@code Boolean} or {@code null}.
     * @throws IllegalArgumentException naming the offset when the text is not valid JSON.
     */
    public static Object parse(final String json)
    {
        try (JsonParser parser = FACTORY.createParser(json))
        {
            final JsonToken first = parser.nextToken();
            if (first == null)
            {
                throw new IllegalArgumentException("empty JSON text");
            }
            final Object value = read(parser, first);
            if (parser.nextToken() != null)
            {
                throw new IllegalArgumentException("trailing content after JSON value at " + parser.currentLocation());
            }
            return value;
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException("malformed JSON: " + ex.getMessage(), ex);
        }
    }

    /**
     * @param json a JSON object.
     * @return its members in document order.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(final String json)
    {
        final Object value = parse(json);
        if (!(value instanceof Map))
        {
            throw new IllegalArgumentException("expected a JSON object, got: " + json);
        }
        return (Map<String, Object>)value;
    }

    private static Object read(final JsonParser parser, final JsonToken token) throws IOException
    {
        if (token == null)
        {
            throw new IllegalArgumentException("truncated JSON at " + parser.currentLocation());
        }
        switch (token)
        {
            case START_OBJECT:
                final Map<String, Object> members = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken())
                {
                    final String name = parser.currentName();
                    members.put(name, read(parser, parser.nextToken()));
                }
                return members;
            case START_ARRAY:
                final List<Object> items = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken())
                {
                    items.add(read(parser, next));
                }
                return items;
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getText();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalArgumentException("unexpected token " + token + " at " + parser.currentLocation());
        }
    }
}
