package com.tradefinder.gateway.binance.userdata;

import org.agrona.DirectBuffer;

import com.tradefinder.gateway.binance.marketdata.DecodeError;
import com.tradefinder.gateway.binance.marketdata.DecodeStatus;
import com.tradefinder.gateway.binance.marketdata.JsonCursor;

/**
 * Walks a user-data frame once, front to back, and notes where every value the translators may need is.
 * <p>
 * Accepts {@code {"stream":"<name>","data":{...}}} and a bare payload alike. The event's own keys land in
 * {@link #event()}; the {@code o} (order, algo order) and {@code or} (trigger reject) objects in {@link #order()}; the
 * {@code a} object of ACCOUNT_UPDATE in {@link #account()} with its {@code B} and {@code P} arrays in
 * {@link #balances()} and {@link #positions()}; the {@code p} array of MARGIN_CALL in {@link #marginPositions()}.
 * Keys may come in any order; unknown keys are checked for syntax and skipped. Nothing is converted here.
 * <p>
 * Single-threaded; allocation-free after construction.
 */
final class UserDataScanner
{
    /** Keys read at the event level, all events together (TRADE_LITE keeps its fields there). */
    static final String[] EVENT_KEYS =
        { "e", "E", "T", "s", "c", "S", "q", "p", "L", "l", "t", "i", "m", "o", "a", "or", "listenKey", "cw" };
    /** Keys read from an ORDER_TRADE_UPDATE or ALGO_UPDATE {@code o}, or a trigger reject's {@code or}. */
    static final String[] ORDER_KEYS =
        { "s", "c", "S", "o", "q", "p", "x", "X", "i", "l", "z", "L", "N", "n", "T", "t", "m", "ps",
          "caid", "aid", "ai", "r", "rm" };
    static final String[] ACCOUNT_KEYS = { "m", "B", "P" };
    static final String[] BALANCE_KEYS = { "a", "wb", "cw" };
    static final String[] POSITION_KEYS = { "s", "pa", "ep", "up", "ps" };

    private final DecodeStatus status;
    private final JsonCursor cursor;
    private final UserDataFields event;
    private final UserDataFields order;
    private final UserDataFields account;
    private final UserDataFields.EntryList balances;
    private final UserDataFields.EntryList positions;
    private final UserDataFields.EntryList marginPositions;
    private int frameStart;
    private boolean hasStream;
    private boolean dataNotObject;

    /**
     * @param status      where errors go.
     * @param maxEntries  most objects accepted in one {@code B}, {@code P} or {@code p} array.
     */
    UserDataScanner(final DecodeStatus status, final int maxEntries)
    {
        this.status = status;
        cursor = new JsonCursor(status);
        event = new UserDataFields(status, "", EVENT_KEYS);
        order = new UserDataFields(status, "o.", ORDER_KEYS);
        account = new UserDataFields(status, "a.", ACCOUNT_KEYS);
        balances = new UserDataFields.EntryList(maxEntries, status, "a.B", BALANCE_KEYS);
        positions = new UserDataFields.EntryList(maxEntries, status, "a.P", POSITION_KEYS);
        marginPositions = new UserDataFields.EntryList(maxEntries, status, "p", POSITION_KEYS);
        event.child(event.slot("o"), order);
        event.child(event.slot("or"), order);
        event.child(event.slot("a"), account);
        event.entries(event.slot("p"), marginPositions);
        account.entries(account.slot("B"), balances);
        account.entries(account.slot("P"), positions);
    }

    /**
     * @param keys one of the key sets above.
     * @param key  a key in it.
     * @return the key's slot in a table built from that set.
     */
    static int slotOf(final String[] keys, final String key)
    {
        for (int i = 0; i < keys.length; i++)
        {
            if (keys[i].equals(key))
            {
                return i;
            }
        }
        throw new IllegalArgumentException("no key " + key);
    }

    /**
     * @return true if the frame is one well-formed JSON object; false with an error recorded.
     */
    boolean scan(final DirectBuffer buffer, final int offset, final int length)
    {
        cursor.wrap(buffer, offset, length);
        frameStart = offset;
        event.reset(buffer, offset);
        hasStream = false;
        dataNotObject = false;
        if (!topLevel())
        {
            return false;
        }
        if (!cursor.atEnd())
        {
            status.fail(DecodeError.TRAILING_BYTES, null);
            return false;
        }
        return true;
    }

    UserDataFields event()
    {
        return event;
    }

    UserDataFields order()
    {
        return order;
    }

    UserDataFields account()
    {
        return account;
    }

    UserDataFields.EntryList balances()
    {
        return balances;
    }

    UserDataFields.EntryList positions()
    {
        return positions;
    }

    UserDataFields.EntryList marginPositions()
    {
        return marginPositions;
    }

    /**
     * @return true if the frame had a {@code data} that is not an object (no event to translate).
     */
    boolean dataNotObject()
    {
        return dataNotObject;
    }

    private boolean topLevel()
    {
        if (cursor.peek() != '{')
        {
            dataNotObject = true;
            return cursor.skipValue(0);
        }
        cursor.expect('{');
        if (cursor.tryConsume('}'))
        {
            return true;
        }
        final DirectBuffer buffer = cursor.buffer();
        do
        {
            if (!cursor.string())
            {
                return false;
            }
            final int keyOffset = cursor.tokenOffset();
            final int keyLength = cursor.tokenLength();
            if (!cursor.expect(':'))
            {
                return false;
            }
            if (keyLength == 6 && UserDataFields.equals(buffer, keyOffset, "stream"))
            {
                if (hasStream)
                {
                    status.failAt(DecodeError.DUPLICATE_KEY, "stream", keyOffset - frameStart);
                    return false;
                }
                hasStream = true;
                if (!cursor.skipValue(1))
                {
                    return false;
                }
            }
            else if (keyLength == 4 && UserDataFields.equals(buffer, keyOffset, "data"))
            {
                if (cursor.peek() == '{')
                {
                    if (!object(event, 2))
                    {
                        return false;
                    }
                }
                else
                {
                    dataNotObject = true;
                    if (!cursor.skipValue(1))
                    {
                        return false;
                    }
                }
            }
            else if (!field(event, keyOffset, keyLength, 1))
            {
                return false;
            }
        }
        while (cursor.tryConsume(','));
        return cursor.expect('}');
    }

    private boolean object(final UserDataFields table, final int depth)
    {
        if (!cursor.expect('{'))
        {
            return false;
        }
        if (cursor.tryConsume('}'))
        {
            return true;
        }
        do
        {
            if (!cursor.string())
            {
                return false;
            }
            final int keyOffset = cursor.tokenOffset();
            final int keyLength = cursor.tokenLength();
            if (!cursor.expect(':') || !field(table, keyOffset, keyLength, depth))
            {
                return false;
            }
        }
        while (cursor.tryConsume(','));
        return cursor.expect('}');
    }

    private boolean field(final UserDataFields table, final int keyOffset, final int keyLength, final int depth)
    {
        final int slot = table.slotOf(cursor.buffer(), keyOffset, keyLength);
        if (slot < 0)
        {
            return cursor.skipValue(depth);
        }
        switch (cursor.peek())
        {
            case '"':
                return cursor.string() &&
                    table.put(slot, UserDataFields.STRING, cursor.tokenOffset(), cursor.tokenLength());
            case '{':
            {
                final UserDataFields child = table.child(slot);
                if (!table.put(slot, UserDataFields.OBJECT, keyOffset, keyLength))
                {
                    return false;
                }
                return child != null ? object(child, depth + 1) : cursor.skipValue(depth);
            }
            case '[':
            {
                final UserDataFields.EntryList list = table.entries(slot);
                if (!table.put(slot, UserDataFields.ARRAY, keyOffset, keyLength))
                {
                    return false;
                }
                return list != null ? array(list, depth + 1) : cursor.skipValue(depth);
            }
            case 't':
            case 'f':
            {
                final int bool = cursor.bool();
                return bool >= 0 &&
                    table.put(slot, bool == 1 ? UserDataFields.TRUE : UserDataFields.FALSE, keyOffset, keyLength);
            }
            case 'n':
                return cursor.nullLiteral() && table.put(slot, UserDataFields.NULL, keyOffset, keyLength);
            default:
                return cursor.number() &&
                    table.put(slot, UserDataFields.NUMBER, cursor.tokenOffset(), cursor.tokenLength());
        }
    }

    private boolean array(final UserDataFields.EntryList list, final int depth)
    {
        if (!cursor.expect('['))
        {
            return false;
        }
        if (cursor.tryConsume(']'))
        {
            return true;
        }
        do
        {
            if (cursor.peek() != '{')
            {
                if (!cursor.skipValue(depth))
                {
                    return false;
                }
                continue;
            }
            final UserDataFields entry = list.next(cursor.buffer(), frameStart);
            if (entry == null)
            {
                status.fail(DecodeError.TOO_MANY_LEVELS, list.name());
                return false;
            }
            if (!object(entry, depth + 1))
            {
                return false;
            }
        }
        while (cursor.tryConsume(','));
        return cursor.expect(']');
    }
}
