package com.tradefinder.engine.execution;

import com.tradefinder.codecs.OrderState;

/**
 * The order lifecycle as an explicit transition table over the SBE {@link OrderState} codes, built once.
 * <p>
 * Rows are the state an order is in, columns the state an event asks for; {@code Y} is allowed, anything else is
 * refused ({@link OrderManager} turns a refused inbound event into an {@code ILLEGAL_TRANSITION} reject and a refused
 * engine request into an {@link IllegalStateException}):
 * <pre>
 * from \ to        PNEW NEW  PFILL FILL PCXL CXL  REJ  EXP
 * PENDING_NEW       .    Y    Y     Y    Y    Y    Y    Y
 * NEW               .    .    Y     Y    Y    Y    .    Y
 * PARTIALLY_FILLED  .    .    Y     Y    Y    Y    .    Y
 * PENDING_CANCEL    Y    Y    Y     Y    Y    Y    Y    Y
 * FILLED            .    .    .     .    .    .    .    .
 * CANCELED          .    .    .     .    .    .    .    .
 * REJECTED          .    .    .     .    .    .    .    .
 * EXPIRED           .    .    .     .    .    .    .    .
 * </pre>
 * Why each cell, with the races that make it necessary:
 * <ul>
 *   <li>PENDING_NEW (sent, not acknowledged): the ack makes it NEW; a market or marketable order may report its
 *       fills before or without an ack (PARTIALLY_FILLED, FILLED); the venue may refuse it (REJECTED), end an IOC or
 *       post-only order at once (EXPIRED) or cancel it before we saw the ack (CANCELED); the engine may ask to
 *       cancel it before the ack (PENDING_CANCEL).</li>
 *   <li>NEW and PARTIALLY_FILLED (working): fills (a partial fill may follow a partial fill), a cancel request,
 *       and unsolicited ends by the venue (CANCELED by self-trade prevention or maintenance, EXPIRED by its time in
 *       force). A working order is never REJECTED: a venue refuses a new order before acknowledging it.</li>
 *   <li>PENDING_CANCEL (cancel sent): the cancel wins (CANCELED) or loses to fills that raced it (FILLED; a partial
 *       fill leaves the cancel outstanding, so PENDING_CANCEL to itself, as does a late ack); the order may expire
 *       meanwhile (EXPIRED); the cancel itself may be refused, which returns the order to where it was: PENDING_NEW
 *       (the cancel overtook the new order at the venue), NEW, or PARTIALLY_FILLED when it has fills; and an order
 *       canceled before its ack may still be refused as a new order (REJECTED).</li>
 *   <li>FILLED, CANCELED, REJECTED, EXPIRED are terminal: nothing leaves them, so a fill for a canceled order or a
 *       second ack is a reject, never a state change.</li>
 *   <li>Nothing returns to PENDING_NEW except a refused cancel: a new order is created in PENDING_NEW, never
 *       transitioned into it.</li>
 * </ul>
 * Stateless, allocation-free, any thread.
 */
public final class OrderTransitions
{
    /** Number of real states (SBE codes 0..7; {@code NULL_VAL} is not a state). */
    public static final int STATE_COUNT = 8;

    private static final boolean[][] ALLOWED = build();

    private OrderTransitions()
    {
    }

    /**
     * @param from the state an order is in.
     * @param to   the state asked for.
     * @return true when the table allows it; false for any pair involving {@code null} or {@code NULL_VAL}.
     */
    public static boolean isAllowed(final OrderState from, final OrderState to)
    {
        if (from == null || to == null || from == OrderState.NULL_VAL || to == OrderState.NULL_VAL)
        {
            return false;
        }
        return ALLOWED[from.value()][to.value()];
    }

    /**
     * @param state a state.
     * @return true for FILLED, CANCELED, REJECTED and EXPIRED: no transition leaves them.
     */
    public static boolean isTerminal(final OrderState state)
    {
        return state == OrderState.FILLED || state == OrderState.CANCELED || state == OrderState.REJECTED ||
            state == OrderState.EXPIRED;
    }

    /**
     * @param state a state.
     * @return true for PENDING_NEW, NEW and PARTIALLY_FILLED: live at (or on its way to) the venue, no cancel
     * outstanding.
     */
    public static boolean isWorking(final OrderState state)
    {
        return state == OrderState.PENDING_NEW || state == OrderState.NEW || state == OrderState.PARTIALLY_FILLED;
    }

    private static boolean[][] build()
    {
        final boolean[][] table = new boolean[STATE_COUNT][STATE_COUNT];
        allow(table, OrderState.PENDING_NEW, OrderState.NEW, OrderState.PARTIALLY_FILLED, OrderState.FILLED,
            OrderState.PENDING_CANCEL, OrderState.CANCELED, OrderState.REJECTED, OrderState.EXPIRED);
        allow(table, OrderState.NEW, OrderState.PARTIALLY_FILLED, OrderState.FILLED, OrderState.PENDING_CANCEL,
            OrderState.CANCELED, OrderState.EXPIRED);
        allow(table, OrderState.PARTIALLY_FILLED, OrderState.PARTIALLY_FILLED, OrderState.FILLED,
            OrderState.PENDING_CANCEL, OrderState.CANCELED, OrderState.EXPIRED);
        allow(table, OrderState.PENDING_CANCEL, OrderState.PENDING_NEW, OrderState.NEW, OrderState.PARTIALLY_FILLED,
            OrderState.FILLED, OrderState.PENDING_CANCEL, OrderState.CANCELED, OrderState.REJECTED,
            OrderState.EXPIRED);
        return table;
    }

    private static void allow(final boolean[][] table, final OrderState from, final OrderState... to)
    {
        for (final OrderState next : to)
        {
            table[from.value()][next.value()] = true;
        }
    }
}
