package com.tradefinder.gateway.binance.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every open WebSocket connection of the fake and the rules that decide which connection receives what: a market
 * message goes to each connection subscribed to its stream on the stream's route (see {@link StreamRoute}), wrapped
 * when the connection is in combined mode; a user-data event goes to the private connections of its listen key whose
 * {@code events=} filter admits it. Also answers the live {@code SUBSCRIBE}, {@code UNSUBSCRIBE},
 * {@code LIST_SUBSCRIPTIONS}, {@code SET_PROPERTY} and {@code GET_PROPERTY} requests.
 * <p>
 * Diff-depth captures are recorded at {@code @depth@0ms}; the fake pushes them unbatched to subscribers of any
 * diff-depth speed ({@code @depth}, {@code @depth@100ms}, {@code @depth@500ms}, {@code @depth@0ms}), each under the
 * name it subscribed. Likewise {@code @markPrice@1s} serves {@code @markPrice}.
 * <p>
 * Thread contract: thread-safe; the replay thread publishes, Netty event loops register and answer requests, the
 * exchange pushes user events from whichever thread handled the REST call or the trade.
 */
final class StreamHub
{
    private static final String[] DEPTH_SPEEDS = { "", "@0ms", "@100ms", "@500ms" };

    private final Set<StreamConnection> connections = ConcurrentHashMap.newKeySet();
    private final Set<String> stalledStreams = ConcurrentHashMap.newKeySet();
    private final Map<String, String> lastPayloadByStream = new ConcurrentHashMap<>();
    private final AtomicLong framesPushed = new AtomicLong();
    private final AtomicLong badRequests = new AtomicLong();

    void add(final StreamConnection connection)
    {
        connections.add(connection);
    }

    void remove(final StreamConnection connection)
    {
        connections.remove(connection);
    }

    int connectionCount()
    {
        return connections.size();
    }

    long framesPushed()
    {
        return framesPushed.get();
    }

    long badRequests()
    {
        return badRequests.get();
    }

    void stall(final String stream)
    {
        stalledStreams.add(stream);
    }

    void resume(final String stream)
    {
        stalledStreams.remove(stream);
    }

    /**
     * @param stream  the stream name the message was captured under, e.g. {@code btcusdt@depth@0ms}.
     * @param payload the raw event JSON.
     */
    void publish(final String stream, final String payload)
    {
        lastPayloadByStream.put(stream, payload);
        for (final String name : namesServedBy(stream))
        {
            if (stalledStreams.contains(name))
            {
                continue;
            }
            final StreamRoute route = StreamRoute.of(name);
            for (final StreamConnection connection : connections)
            {
                if (connection.route() == route && connection.subscribed(name))
                {
                    connection.send(name, payload);
                    framesPushed.incrementAndGet();
                }
            }
        }
    }

    /** Sends {@code text} verbatim (no wrapping) to every connection subscribed to {@code stream} on its route. */
    int sendVerbatim(final String stream, final String text)
    {
        int sent = 0;
        for (final StreamConnection connection : connections)
        {
            if (connection.route() == StreamRoute.of(stream) && connection.subscribed(stream))
            {
                connection.sendText(text);
                sent++;
            }
        }
        return sent;
    }

    /** @return the last payload published on a captured stream, or null. */
    String lastPayload(final String stream)
    {
        return lastPayloadByStream.get(stream);
    }

    /** Pushes a user-data event to the private connections of {@code listenKey}. */
    void pushUserEvent(final String listenKey, final String eventType, final String payload)
    {
        for (final StreamConnection connection : connections)
        {
            if (connection.route() == StreamRoute.PRIVATE && listenKey.equals(connection.listenKey()) &&
                connection.wantsEvent(eventType))
            {
                connection.send(listenKey, payload);
                framesPushed.incrementAndGet();
            }
        }
    }

    /** Closes every connection abruptly (no close frame), as a network drop would. */
    void dropAll()
    {
        for (final StreamConnection connection : connections)
        {
            connection.channel().close();
        }
    }

    /**
     * @param connection where the request arrived.
     * @param text       the client's text frame.
     * @return the reply frame, Binance's shape.
     */
    @SuppressWarnings("unchecked")
    String answer(final StreamConnection connection, final String text)
    {
        final Map<String, Object> request;
        try
        {
            request = JsonValues.object(text);
        }
        catch (final IllegalArgumentException ex)
        {
            return error(3, "Invalid JSON: " + ex.getMessage(), null);
        }
        final Object id = request.get("id");
        final String idText = id instanceof String ? (String)id : null;
        if (idText == null || !idText.matches("-?\\d{1,18}"))
        {
            return error(2, "Invalid request: request ID must be an unsigned integer", null);
        }
        final Object method = request.get("method");
        final Object params = request.get("params");
        if ("LIST_SUBSCRIPTIONS".equals(method))
        {
            final JsonText reply = new JsonText().beginObject().beginArray("result");
            connection.subscriptions().forEach(reply::string);
            return reply.endArray().number("id", Long.parseLong(idText)).endObject().toString();
        }
        if ("SUBSCRIBE".equals(method) || "UNSUBSCRIBE".equals(method))
        {
            if (connection.route() == StreamRoute.PRIVATE || !(params instanceof List) ||
                !((List<Object>)params).stream().allMatch(String.class::isInstance))
            {
                return error(2, "Invalid request: params must be a list of stream names", idText);
            }
            final List<String> streams = new ArrayList<>((List<String>)(List<?>)params);
            if ("SUBSCRIBE".equals(method))
            {
                connection.subscribe(streams);
            }
            else
            {
                connection.unsubscribe(streams);
            }
            return result(idText);
        }
        if ("SET_PROPERTY".equals(method) && params instanceof List && ((List<Object>)params).size() == 2 &&
            "combined".equals(((List<Object>)params).get(0)) && ((List<Object>)params).get(1) instanceof Boolean)
        {
            connection.combined((Boolean)((List<Object>)params).get(1));
            return result(idText);
        }
        if ("GET_PROPERTY".equals(method) && params instanceof List && ((List<Object>)params).contains("combined"))
        {
            return new JsonText().beginObject().bool("result", connection.combined())
                .number("id", Long.parseLong(idText)).endObject().toString();
        }
        return error(2, "Invalid request: unknown method or params: " + method, idText);
    }

    private String result(final String id)
    {
        return new JsonText().beginObject().nullValue("result").number("id", Long.parseLong(id)).endObject().toString();
    }

    private String error(final int code, final String message, final String id)
    {
        badRequests.incrementAndGet();
        final JsonText reply = new JsonText().beginObject().beginObject("error").number("code", code)
            .string("msg", message).endObject();
        return (id == null ? reply.nullValue("id") : reply.number("id", Long.parseLong(id))).endObject().toString();
    }

    private static List<String> namesServedBy(final String stream)
    {
        final int at = stream.indexOf('@');
        final String symbol = at < 0 ? "" : stream.substring(0, at);
        final String kind = at < 0 ? stream : stream.substring(at + 1);
        final List<String> names = new ArrayList<>(4);
        if (kind.equals("depth") || kind.startsWith("depth@"))
        {
            for (final String speed : DEPTH_SPEEDS)
            {
                names.add(symbol + "@depth" + speed);
            }
        }
        else if (kind.equals("markPrice") || kind.equals("markPrice@1s"))
        {
            names.add(symbol + "@markPrice");
            names.add(symbol + "@markPrice@1s");
        }
        else
        {
            names.add(stream);
        }
        return names;
    }
}
