package com.tradefinder.gateway.binance.userdata;

import com.tradefinder.codecs.BalanceUpdateEncoder;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;
import com.tradefinder.numeric.FixedPoint;

/**
 * ACCOUNT_UPDATE to one BalanceUpdate per {@code B} entry and one PositionUpdate per {@code P} entry; MARGIN_CALL
 * to one PositionUpdate per {@code p} entry, and counted.
 * <p>
 * Positions and balances belong to the account, not to a bot: the messages carry the account's bot id given at
 * construction. A position: signed size {@code pa} (negative is short), entry price {@code ep} and unrealized P&amp;L
 * {@code up} (exponent -8), both cut to their exponents since the venue states averages with more digits. MARGIN_CALL
 * states no entry price, so its PositionUpdate carries 0 there. A balance: wallet {@code wb} and, as the available
 * balance, the cross wallet balance {@code cw} (the nearest the push states). Every entry is read before anything is
 * published, so a frame publishes all its messages or none. Entries whose symbol is not in the lookup, or whose
 * asset code is longer than the SBE field, are skipped and counted.
 * <p>
 * Single-threaded; allocation-free after construction.
 */
final class AccountUpdateTranslator
{
    static final int FAILED = -1;
    private static final int QUOTE_EXPONENT = -8;
    private static final int ASSET_LENGTH = BalanceUpdateEncoder.assetLength();
    private static final PositionSide[] POSITION_SIDES = PositionSide.values();

    private final InstrumentLookup instruments;
    private final ExecutionPublisher publisher;
    private final UserDataCounters counters;
    private final int accountBotId;

    private final int eventTime = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "E");
    private final int transactionTime = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "T");
    private final int eventAccount = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "a");
    private final int eventPositions = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "p");
    private final int asset = UserDataScanner.slotOf(UserDataScanner.BALANCE_KEYS, "a");
    private final int walletBalance = UserDataScanner.slotOf(UserDataScanner.BALANCE_KEYS, "wb");
    private final int crossWalletBalance = UserDataScanner.slotOf(UserDataScanner.BALANCE_KEYS, "cw");
    private final int symbol = UserDataScanner.slotOf(UserDataScanner.POSITION_KEYS, "s");
    private final int size = UserDataScanner.slotOf(UserDataScanner.POSITION_KEYS, "pa");
    private final int entryPrice = UserDataScanner.slotOf(UserDataScanner.POSITION_KEYS, "ep");
    private final int unrealizedPnl = UserDataScanner.slotOf(UserDataScanner.POSITION_KEYS, "up");
    private final int positionSide = UserDataScanner.slotOf(UserDataScanner.POSITION_KEYS, "ps");

    private final long[] wallets;
    private final long[] availables;
    private final boolean[] balanceKept;
    private final boolean[] positionKept;
    private final int[] positionInstruments;
    private final byte[] positionSides;
    private final long[] sizes;
    private final long[] entryPrices;
    private final long[] pnls;

    AccountUpdateTranslator(
        final InstrumentLookup instruments,
        final ExecutionPublisher publisher,
        final UserDataCounters counters,
        final int accountBotId,
        final int maxEntries)
    {
        this.instruments = instruments;
        this.publisher = publisher;
        this.counters = counters;
        this.accountBotId = accountBotId;
        wallets = new long[maxEntries];
        availables = new long[maxEntries];
        balanceKept = new boolean[maxEntries];
        positionKept = new boolean[maxEntries];
        positionInstruments = new int[maxEntries];
        positionSides = new byte[maxEntries];
        sizes = new long[maxEntries];
        entryPrices = new long[maxEntries];
        pnls = new long[maxEntries];
    }

    /**
     * @return messages published, or {@link #FAILED} with the error recorded.
     */
    int accountUpdate(
        final UserDataFields event,
        final UserDataFields.EntryList balances,
        final UserDataFields.EntryList positions,
        final long receiveTimeNs)
    {
        if (!event.require(eventAccount, UserDataFields.OBJECT))
        {
            return FAILED;
        }
        final long exchangeTimeNs = event.has(transactionTime) ? event.timeNs(transactionTime) :
            event.timeNs(eventTime);
        if (exchangeTimeNs < 0 || !readBalances(balances) || !readPositions(positions))
        {
            return FAILED;
        }
        int published = 0;
        for (int i = 0, count = balances.count(); i < count; i++)
        {
            if (balanceKept[i])
            {
                final UserDataFields balance = balances.get(i);
                publisher.balanceUpdate(accountBotId, balance.buffer(), balance.offset(asset), balance.length(asset),
                    wallets[i], availables[i], exchangeTimeNs, receiveTimeNs);
                published++;
            }
            else
            {
                counters.skippedBalances++;
            }
        }
        return published + publishPositions(positions.count(), exchangeTimeNs, receiveTimeNs);
    }

    /**
     * @return messages published, or {@link #FAILED} with the error recorded.
     */
    int marginCall(final UserDataFields event, final UserDataFields.EntryList positions, final long receiveTimeNs)
    {
        if (!event.require(eventPositions, UserDataFields.ARRAY))
        {
            return FAILED;
        }
        final long exchangeTimeNs = event.timeNs(eventTime);
        if (exchangeTimeNs < 0 || !readPositions(positions))
        {
            return FAILED;
        }
        counters.marginCalls++;
        return publishPositions(positions.count(), exchangeTimeNs, receiveTimeNs);
    }

    private boolean readBalances(final UserDataFields.EntryList balances)
    {
        for (int i = 0, count = balances.count(); i < count; i++)
        {
            final UserDataFields balance = balances.get(i);
            if (!balance.require(asset, UserDataFields.STRING))
            {
                return false;
            }
            wallets[i] = balance.truncatedDecimal(walletBalance, QUOTE_EXPONENT);
            availables[i] = balance.optionalTruncatedDecimal(crossWalletBalance, QUOTE_EXPONENT);
            if (wallets[i] == FixedPoint.INVALID || availables[i] == FixedPoint.INVALID)
            {
                return false;
            }
            balanceKept[i] = balance.length(asset) <= ASSET_LENGTH;
        }
        return true;
    }

    private boolean readPositions(final UserDataFields.EntryList positions)
    {
        for (int i = 0, count = positions.count(); i < count; i++)
        {
            final UserDataFields position = positions.get(i);
            if (!position.require(symbol, UserDataFields.STRING))
            {
                return false;
            }
            final int entry = instruments.find(position.buffer(), position.offset(symbol), position.length(symbol));
            final PositionSide side = VenueText.positionSide(position, positionSide);
            if (side == null)
            {
                return false;
            }
            if (entry == InstrumentLookup.NOT_FOUND)
            {
                positionKept[i] = false;
                continue;
            }
            sizes[i] = position.decimal(size, instruments.sizeExponent(entry));
            entryPrices[i] = position.optionalTruncatedDecimal(entryPrice, instruments.priceExponent(entry));
            pnls[i] = position.truncatedDecimal(unrealizedPnl, QUOTE_EXPONENT);
            if (sizes[i] == FixedPoint.INVALID || entryPrices[i] == FixedPoint.INVALID || pnls[i] == FixedPoint.INVALID)
            {
                return false;
            }
            positionKept[i] = true;
            positionInstruments[i] = instruments.instrumentId(entry);
            positionSides[i] = (byte)side.ordinal();
        }
        return true;
    }

    private int publishPositions(final int count, final long exchangeTimeNs, final long receiveTimeNs)
    {
        int published = 0;
        for (int i = 0; i < count; i++)
        {
            if (!positionKept[i])
            {
                counters.skippedPositions++;
                continue;
            }
            publisher.positionUpdate(accountBotId, positionInstruments[i], POSITION_SIDES[positionSides[i]], sizes[i],
                entryPrices[i], pnls[i], exchangeTimeNs, receiveTimeNs);
            published++;
        }
        return published;
    }
}
