package com.tradefinder.tools.importer;

import org.agrona.DirectBuffer;

/**
 * A cursor over encoded events read from history (a file, or several merged).
 * <p>
 * After {@link #next()} returns true, {@link #buffer()} holds one complete SBE message, header included, at
 * {@link #offset()} for {@link #length()} bytes, valid until the next call. Problems in the input (malformed lines,
 * duplicates, out-of-order rows, gaps) are reported to the {@link ImportReport} the source was opened with and the
 * cursor moves on; nothing is silently dropped, reordered or invented.
 * <p>
 * Single-threaded. Sources are merged by {@link #timeNs()}, the time the engine would have learnt of the event:
 * the receive time when the input has one, otherwise the exchange time at which the event became final
 * (a kline's close time, a trade's time, a funding settlement's time).
 */
public interface EventSource extends AutoCloseable
{
    /**
     * @return true if the cursor moved to another event, false at the end of the input.
     */
    boolean next();

    /**
     * @return the merge key of the current event, epoch nanoseconds.
     */
    long timeNs();

    /**
     * @return buffer holding the current message.
     */
    DirectBuffer buffer();

    /**
     * @return offset of the current message's SBE header in {@link #buffer()}.
     */
    int offset();

    /**
     * @return length of the current message, header included.
     */
    int length();

    /**
     * @return a short name for reports, usually the file name.
     */
    String name();

    /**
     * Releases the input; never throws.
     */
    @Override
    void close();
}
