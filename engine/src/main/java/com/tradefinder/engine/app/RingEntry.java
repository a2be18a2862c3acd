package com.tradefinder.engine.app;

import com.tradefinder.engine.journal.Journal;
import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One pre-allocated slot of the inbound ring: an off-heap buffer holding one SBE message and its length.
 * Written by one producer between claim and publish, then read by the journal and business-logic handlers.
 */
public final class RingEntry
{
    final UnsafeBuffer buffer = new UnsafeBuffer(BufferUtil.allocateDirectAligned(Journal.MAX_MESSAGE_LENGTH, 64));
    int length;
}
