package com.tradefinder.engine.app;

import com.lmax.disruptor.AlertException;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;

/**
 * Busy-spins on one designated thread and sleeps on every other, so a two-core box never has two spinning threads.
 * The spinning thread is the first to wait after {@link #spinner(Thread)} names it.
 */
final class SingleSpinnerWaitStrategy implements WaitStrategy
{
    private final SleepingWaitStrategy others = new SleepingWaitStrategy();
    private volatile Thread spinner;

    void spinner(final Thread thread)
    {
        this.spinner = thread;
    }

    @Override
    public long waitFor(final long sequence, final Sequence cursor, final Sequence dependentSequence,
        final SequenceBarrier barrier) throws AlertException, InterruptedException
    {
        if (Thread.currentThread() != spinner)
        {
            return others.waitFor(sequence, cursor, dependentSequence, barrier);
        }
        long available;
        while ((available = dependentSequence.get()) < sequence)
        {
            barrier.checkAlert();
            Thread.onSpinWait();
        }
        return available;
    }

    @Override
    public void signalAllWhenBlocking()
    {
        others.signalAllWhenBlocking();
    }
}
