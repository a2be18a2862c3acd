package com.tradefinder.engine.venue;

import java.util.Arrays;

/**
 * Every bot's {@link Account}, by bot id, created with its starting balance the first time the bot is seen.
 * Bot ids are in [0, {@link #MAX_BOT_ID}]. Single-threaded.
 */
final class Accounts
{
    /** Highest bot id the venue accepts. */
    static final int MAX_BOT_ID = 65_535;

    private final VenueSimulationSettings settings;
    private Account[] accounts = new Account[0];

    /**
     * @param settings for starting balances and default set-up.
     */
    Accounts(final VenueSimulationSettings settings)
    {
        this.settings = settings;
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
            account = new Account(botId, settings.startingBalanceMantissa(botId), settings.defaultLeverage(),
                settings.defaultPositionMode(), settings.defaultMarginMode());
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
