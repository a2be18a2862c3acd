package com.tradefinder.tools.run;

import com.tradefinder.engine.app.Engine;
import org.agrona.DirectBuffer;

/**
 * The {@link InboundPublisher} over a running {@link Engine}'s ring. Safe from any thread, like the ring.
 */
final class RingPublisher implements InboundPublisher
{
    private final Engine engine;

    RingPublisher(final Engine engine)
    {
        this.engine = engine;
    }

    @Override
    public long publish(final DirectBuffer buffer, final int offset, final int length)
    {
        return engine.publish(buffer, offset, length);
    }

    @Override
    public long tryPublish(final DirectBuffer buffer, final int offset, final int length)
    {
        return engine.tryPublish(buffer, offset, length);
    }
}
