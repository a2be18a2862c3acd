package com.tradefinder.engine.venue;

import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.util.Hashing;

import java.util.Arrays;

/**
 * One bot's account at the simulated venue: wallet balance, margin held by positions and reserved by open orders,
 * its positions, and its per-instrument set-up (position mode, margin mode, leverage).
 * <p>
 * {@code available = wallet - position margin - reserved order margin}; unrealised P&amp;L is not counted (as for
 * isolated margin). Amounts at exponent -8. Single-threaded; allocation-free once an instrument has been used.
 */
final class Account
{
    private static final int SIDES = 3;

    private final int botId;
    private final int defaultLeverage;
    private final PositionMode defaultPositionMode;
    private final MarginMode defaultMarginMode;
    long walletMantissa;
    long positionMarginMantissa;
    long reservedMantissa;
    long feesPaidMantissa;
    long fundingMantissa;
    private Position[] positions = new Position[0];
    private int[] leverage = new int[0];
    private PositionMode[] positionModes = new PositionMode[0];
    private MarginMode[] marginModes = new MarginMode[0];

    Account(final int botId, final long startingBalanceMantissa, final int defaultLeverage,
        final PositionMode defaultPositionMode, final MarginMode defaultMarginMode)
    {
        this.botId = botId;
        this.walletMantissa = startingBalanceMantissa;
        this.defaultLeverage = defaultLeverage;
        this.defaultPositionMode = defaultPositionMode;
        this.defaultMarginMode = defaultMarginMode;
    }

    int botId()
    {
        return botId;
    }

    /**
     * @return wallet minus position margin minus reserved order margin, exponent -8.
     */
    long availableMantissa()
    {
        return walletMantissa - positionMarginMantissa - reservedMantissa;
    }

    /**
     * @param instrumentId an instrument.
     * @param side         a position side.
     * @return the position, created flat on first use.
     */
    Position position(final int instrumentId, final PositionSide side)
    {
        ensureInstrument(instrumentId);
        final int index = instrumentId * SIDES + side.value();
        Position position = positions[index];
        if (position == null)
        {
            position = new Position(instrumentId, side);
            positions[index] = position;
        }
        return position;
    }

    /**
     * @param instrumentId an instrument.
     * @param side         a position side.
     * @return the signed size held, 0 if none.
     */
    long sizeMantissa(final int instrumentId, final PositionSide side)
    {
        final int index = instrumentId * SIDES + side.value();
        return index < positions.length && positions[index] != null ? positions[index].sizeMantissa() : 0;
    }

    /**
     * @param instrumentId an instrument.
     * @return true if any side holds a position on it.
     */
    boolean hasPosition(final int instrumentId)
    {
        return sizeMantissa(instrumentId, PositionSide.BOTH) != 0 ||
            sizeMantissa(instrumentId, PositionSide.LONG) != 0 ||
            sizeMantissa(instrumentId, PositionSide.SHORT) != 0;
    }

    int leverage(final int instrumentId)
    {
        return instrumentId < leverage.length && leverage[instrumentId] != 0 ? leverage[instrumentId] : defaultLeverage;
    }

    PositionMode positionMode(final int instrumentId)
    {
        return instrumentId < positionModes.length && positionModes[instrumentId] != null ?
            positionModes[instrumentId] : defaultPositionMode;
    }

    MarginMode marginMode(final int instrumentId)
    {
        return instrumentId < marginModes.length && marginModes[instrumentId] != null ?
            marginModes[instrumentId] : defaultMarginMode;
    }

    /**
     * @param instrumentId an instrument.
     * @param positionMode its new position mode.
     * @param marginMode   its new margin mode.
     * @param leverage     its new leverage.
     */
    void setup(final int instrumentId, final PositionMode positionMode, final MarginMode marginMode,
        final int leverage)
    {
        ensureInstrument(instrumentId);
        this.positionModes[instrumentId] = positionMode;
        this.marginModes[instrumentId] = marginMode;
        this.leverage[instrumentId] = leverage;
    }

    /**
     * @return how many (instrument, side) position slots exist; read them with {@link #positionAt(int)}.
     */
    int positionSlots()
    {
        return positions.length;
    }

    /**
     * @param slot 0 .. {@link #positionSlots()} - 1, in (instrument, side code) order.
     * @return the position in that slot, or null if never used.
     */
    Position positionAt(final int slot)
    {
        return positions[slot];
    }

    /**
     * @param hash running hash.
     * @return the hash with this account folded in.
     */
    long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, botId);
        h = Hashing.mix(h, walletMantissa);
        h = Hashing.mix(h, positionMarginMantissa);
        h = Hashing.mix(h, reservedMantissa);
        h = Hashing.mix(h, feesPaidMantissa);
        h = Hashing.mix(h, fundingMantissa);
        for (int i = 0; i < leverage.length; i++)
        {
            h = Hashing.mix(h, leverage(i));
            h = Hashing.mix(h, positionMode(i).value());
            h = Hashing.mix(h, marginMode(i).value());
        }
        for (final Position position : positions)
        {
            if (position != null)
            {
                h = position.stateHash(h);
            }
        }
        return h;
    }

    private void ensureInstrument(final int instrumentId)
    {
        if (instrumentId >= leverage.length)
        {
            final int length = Math.max(instrumentId + 1, leverage.length * 2);
            leverage = Arrays.copyOf(leverage, length);
            positionModes = Arrays.copyOf(positionModes, length);
            marginModes = Arrays.copyOf(marginModes, length);
            positions = Arrays.copyOf(positions, length * SIDES);
        }
    }
}
