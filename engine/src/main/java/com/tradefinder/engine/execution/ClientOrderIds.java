package com.tradefinder.engine.execution;

/**
 * Deterministic client order ids for one bot: {@code botId (16 bits) | strategyId (8 bits) | sequence (40 bits)},
 * the sequence counting every order the bot ever sent, from 1.
 * <p>
 * Ids increase strictly with every {@link #next} call, whatever the strategy, and are never reused: the same inbound
 * stream replayed into a fresh bot issues the same ids in the same order, so a restart that replays its journal
 * resumes the sequence where it stopped (and {@link #observe} lets a recovery that reads the bot's outbound
 * {@code NewOrder} records instead of replaying them do the same). A retried or replayed order therefore carries the
 * id it had, and the venue's duplicate-id check can never let it be placed twice.
 * <p>
 * Bot ids are limited to 0..32767 so that every id is a positive {@code long} (its top bit stays clear) and prints the
 * same signed or unsigned. Business-logic thread only; allocation-free.
 */
public final class ClientOrderIds
{
    /** Bits of the sequence, the low part of an id. */
    public static final int SEQUENCE_BITS = 40;
    /** Bits of the strategy id, above the sequence. */
    public static final int STRATEGY_BITS = 8;
    /** Largest sequence a bot can reach. */
    public static final long MAX_SEQUENCE = (1L << SEQUENCE_BITS) - 1;
    /** Largest strategy id. */
    public static final int MAX_STRATEGY_ID = (1 << STRATEGY_BITS) - 1;
    /** Largest bot id (15 of the 16 bits, so ids stay positive). */
    public static final int MAX_BOT_ID = 0x7FFF;

    private static final int BOT_SHIFT = SEQUENCE_BITS + STRATEGY_BITS;

    private final int botId;
    private long sequence;

    /**
     * @param botId 0..{@link #MAX_BOT_ID}.
     * @throws IllegalArgumentException when out of range.
     */
    public ClientOrderIds(final int botId)
    {
        if (botId < 0 || botId > MAX_BOT_ID)
        {
            throw new IllegalArgumentException("botId must be in [0, " + MAX_BOT_ID + "]: " + botId);
        }
        this.botId = botId;
    }

    /**
     * @param strategyId 0..{@link #MAX_STRATEGY_ID}.
     * @return the next id of this bot, for that strategy.
     * @throws IllegalArgumentException when the strategy id is out of range.
     * @throws IllegalStateException    when the bot has used up its 2^40 - 1 ids.
     */
    public long next(final int strategyId)
    {
        checkStrategy(strategyId);
        if (sequence == MAX_SEQUENCE)
        {
            throw new IllegalStateException("client order id sequence exhausted for bot " + botId);
        }
        sequence++;
        return compose(botId, strategyId, sequence);
    }

    /**
     * Raises the sequence to at least the one in {@code clientOrderId} when the id belongs to this bot, so the next
     * id is above every id already issued; ids of other bots are ignored.
     *
     * @param clientOrderId an id this bot issued before (from its journal).
     */
    public void observe(final long clientOrderId)
    {
        if (botId(clientOrderId) == botId)
        {
            sequence = Math.max(sequence, sequence(clientOrderId));
        }
    }

    /**
     * @return the sequence of the last id issued or observed, 0 before the first.
     */
    public long sequence()
    {
        return sequence;
    }

    /**
     * @return the bot these ids belong to.
     */
    public int botId()
    {
        return botId;
    }

    /**
     * @param botId      0..{@link #MAX_BOT_ID}.
     * @param strategyId 0..{@link #MAX_STRATEGY_ID}.
     * @param sequence   1..{@link #MAX_SEQUENCE}.
     * @return the id.
     */
    public static long compose(final int botId, final int strategyId, final long sequence)
    {
        return ((long)botId << BOT_SHIFT) | ((long)strategyId << SEQUENCE_BITS) | (sequence & MAX_SEQUENCE);
    }

    /**
     * @param clientOrderId an id.
     * @return its bot id.
     */
    public static int botId(final long clientOrderId)
    {
        return (int)(clientOrderId >>> BOT_SHIFT);
    }

    /**
     * @param clientOrderId an id.
     * @return its strategy id.
     */
    public static int strategyId(final long clientOrderId)
    {
        return (int)(clientOrderId >>> SEQUENCE_BITS) & MAX_STRATEGY_ID;
    }

    /**
     * @param clientOrderId an id.
     * @return its sequence.
     */
    public static long sequence(final long clientOrderId)
    {
        return clientOrderId & MAX_SEQUENCE;
    }

    /**
     * @param strategyId a strategy id.
     * @throws IllegalArgumentException when it does not fit the id's 8 bits.
     */
    static void checkStrategy(final int strategyId)
    {
        if (strategyId < 0 || strategyId > MAX_STRATEGY_ID)
        {
            throw new IllegalArgumentException("strategyId must be in [0, " + MAX_STRATEGY_ID + "]: " + strategyId);
        }
    }
}
