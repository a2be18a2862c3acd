package com.tradefinder.engine.venue;

import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.PositionMode;
import org.agrona.collections.Long2LongHashMap;

import java.util.Arrays;

/**
 * Every bot's {@link Account}, by bot id, created with its starting balance the first time the bot is seen.
 * Bot ids are in [0, {@link #MAX_BOT_ID}]. Single-threaded.
 */
final class Accounts
{
    /** Highest bot id the venue accepts. */
    static final int MAX_BOT_ID = 65_535;

    private static final long NO_BALANCE = Long.MIN_VALUE;

    private final long startingBalanceMantissa;
    private final Long2LongHashMap botStartingBalances = new Long2LongHashMap(NO_BALANCE);
    private final int defaultLeverage;
    private final PositionMode defaultPositionMode;
    private final MarginMode defaultMarginMode;
    private Account[] accounts = new Account[0];

    /**
     * @param settings starting balances and default set-up; copied.
     */
    Accounts(final VenueSimulationSettings settings)
    {
        this.startingBalanceMantissa = settings.startingBalanceMantissa();
        settings.forEachBotStartingBalance(botStartingBalances::put);
        this.defaultLeverage = settings.defaultLeverage();
        this.defaultPositionMode = settings.defaultPositionMode();
        this.defaultMarginMode = settings.defaultMarginMode();
    }

    /**
     * @param botId in [0, {@link #MAX_BOT_ID}].
     * @return its account, created on first use.
     */
    Account account(final int botId)
    {
        if (botId >= accounts.length)
        {
            accounts = Arrays.copyOf(accounts, Math.max(botId + 1, accounts.length * 2));
        }
        Account account = accounts[botId];
        if (account == null)
        {
            final long balance = botStartingBalances.get(botId);
            account = new Account(botId, balance == NO_BALANCE ? startingBalanceMantissa : balance, defaultLeverage,
                defaultPositionMode, defaultMarginMode);
            accounts[botId] = account;
        }
        return account;
    }

    /**
     * @return one more than the highest bot id the table can hold; read with {@link #accountAt(int)}.
     */
    int capacity()
    {
        return accounts.length;
    }

    /**
     * @param botId 0 .. {@link #capacity()} - 1.
     * @return that bot's account, or null if the bot was never seen.
     */
    Account accountAt(final int botId)
    {
        return accounts[botId];
    }

    /**
     * @param hash running hash.
     * @return the hash with every account folded in, by bot id.
     */
    long stateHash(final long hash)
    {
        long h = hash;
        for (final Account account : accounts)
        {
            if (account != null)
            {
                h = account.stateHash(h);
            }
        }
        return h;
    }
}
