package com.tradefinder.engine.execution;

/**
 * What an entry does once its cancel is confirmed.
 */
enum AfterCancel
{
    /** Nothing planned: the cancel came from the venue or protects a position. */
    NONE,
    /** Timed out: place the rest again at the current price. */
    REPRICE,
    /** Give the entry up (canceled by the strategy, abandoned, or out of re-prices) and report it ended. */
    END
}
