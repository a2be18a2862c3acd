package com.tradefinder.gateway.binance;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The text form of the engine's deterministic client order ids on Binance ({@code newClientOrderId},
 * {@code clientAlgoId}): {@code "tf"} then the id in decimal, at most 21 characters, inside the venue's
 * {@code ^[\.A-Z\:/a-z0-9_-]{1,36}$}. Ids without the prefix belong to no bot (orders placed by hand), and
 * {@link #parse} reports them as {@link #NOT_OURS}.
 * <p>
 * The bot id is the id's top 16 bits (the engine packs bot, strategy and sequence as 16/8/40 bits), so an execution
 * can be routed to its bot from the id alone. Stateless and allocation-free on buffers; thread-safe.
 */
public final class ClientOrderIdText
{
    /** Result of {@link #parse} for an id that TradeFinder did not issue. */
    public static final long NOT_OURS = -1;
    /** Prefix of every id TradeFinder sends. */
    public static final String PREFIX = "tf";
    /** Longest text: the prefix and 19 digits. */
    public static final int MAX_LENGTH = 21;

    private static final int BOT_SHIFT = 48;

    private ClientOrderIdText()
    {
    }

    /**
     * @param clientOrderId a positive engine id.
     * @return its text form.
     */
    public static String format(final long clientOrderId)
    {
        checkPositive(clientOrderId);
        return PREFIX + clientOrderId;
    }

    /**
     * Writes the text form as ASCII.
     *
     * @param clientOrderId a positive engine id.
     * @param dst           buffer to write into.
     * @param offset        where the text starts.
     * @return bytes written.
     */
    public static int write(final long clientOrderId, final MutableDirectBuffer dst, final int offset)
    {
        checkPositive(clientOrderId);
        dst.putByte(offset, (byte)'t');
        dst.putByte(offset + 1, (byte)'f');
        return 2 + dst.putLongAscii(offset + 2, clientOrderId);
    }

    /**
     * @param text a client order id as the venue echoes it.
     * @return the engine id, or {@link #NOT_OURS} when the text is not one TradeFinder issued.
     */
    public static long parse(final CharSequence text)
    {
        final int length = text.length();
        if (length < 3 || length > MAX_LENGTH || text.charAt(0) != 't' || text.charAt(1) != 'f')
        {
            return NOT_OURS;
        }
        long value = 0;
        for (int i = 2; i < length; i++)
        {
            final char c = text.charAt(i);
            if (c < '0' || c > '9' || value > (Long.MAX_VALUE - (c - '0')) / 10)
            {
                return NOT_OURS;
            }
            value = value * 10 + (c - '0');
        }
        return value == 0 ? NOT_OURS : value;
    }

    /**
     * @param buffer holding the text as ASCII.
     * @param offset of the text.
     * @param length of the text.
     * @return the engine id, or {@link #NOT_OURS} when the text is not one TradeFinder issued.
     */
    public static long parse(final DirectBuffer buffer, final int offset, final int length)
    {
        if (length < 3 || length > MAX_LENGTH || buffer.getByte(offset) != 't' || buffer.getByte(offset + 1) != 'f')
        {
            return NOT_OURS;
        }
        long value = 0;
        for (int i = 2; i < length; i++)
        {
            final int c = buffer.getByte(offset + i);
            if (c < '0' || c > '9' || value > (Long.MAX_VALUE - (c - '0')) / 10)
            {
                return NOT_OURS;
            }
            value = value * 10 + (c - '0');
        }
        return value == 0 ? NOT_OURS : value;
    }

    /**
     * @param clientOrderId an engine id.
     * @return the bot that issued it.
     */
    public static int botId(final long clientOrderId)
    {
        return (int)(clientOrderId >>> BOT_SHIFT);
    }

    private static void checkPositive(final long clientOrderId)
    {
        if (clientOrderId <= 0)
        {
            throw new IllegalArgumentException("client order ids are positive: " + clientOrderId);
        }
    }
}
