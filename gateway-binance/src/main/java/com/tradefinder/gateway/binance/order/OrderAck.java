package com.tradefinder.gateway.binance.order;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The venue's answer to a placed or queried order: its id ({@code orderId}, or {@code algoId} for an algo order) and
 * the venue time of its last update. Ids are read as int64 straight from the JSON number, never through
 * {@code double}. A mutable flyweight: confine an instance to one thread.
 */
final class OrderAck
{
    private static final JsonFactory JSON = new JsonFactory();

    private long venueOrderId;
    private long updateTimeMs;

    /**
     * @param body a 2xx response body.
     * @param algo whether to read {@code algoId} rather than {@code orderId}.
     * @return whether the body carried the id.
     */
    boolean parse(final byte[] body, final boolean algo)
    {
        venueOrderId = 0;
        updateTimeMs = 0;
        long createTimeMs = 0;
        boolean found = false;
        final String idField = algo ? "algoId" : "orderId";
        try (JsonParser parser = JSON.createParser(body))
        {
            if (parser.nextToken() != JsonToken.START_OBJECT)
            {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME)
            {
                final String name = parser.currentName();
                final JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_NUMBER_INT)
                {
                    if (idField.equals(name))
                    {
                        venueOrderId = parser.getLongValue();
                        found = true;
                    }
                    else if ("updateTime".equals(name))
                    {
                        updateTimeMs = parser.getLongValue();
                    }
                    else if ("createTime".equals(name) || "time".equals(name))
                    {
                        createTimeMs = parser.getLongValue();
                    }
                }
                else
                {
                    parser.skipChildren();
                }
            }
        }
        catch (final IOException | RuntimeException ex)
        {
            return false;
        }
        if (updateTimeMs == 0)
        {
            updateTimeMs = createTimeMs;
        }
        return found;
    }

    long venueOrderId()
    {
        return venueOrderId;
    }

    long updateTimeMs()
    {
        return updateTimeMs;
    }
}
