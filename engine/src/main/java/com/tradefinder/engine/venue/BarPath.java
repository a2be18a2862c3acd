package com.tradefinder.engine.venue;

/**
 * The intra-bar path rule: a bar's prices are visited open → nearer extreme → farther extreme → close, where the
 * nearer extreme is the one closer to the open. When both are equally far, a bar that closes at or above its open is
 * taken to dip first (open → low → high → close) and a bar that closes below its open to rally first
 * (open → high → low → close).
 * <p>
 * Stateless, allocation-free.
 */
final class BarPath
{
    private BarPath()
    {
    }

    /**
     * @param open  open price.
     * @param high  high price.
     * @param low   low price.
     * @param close close price.
     * @return true if the path visits the high before the low.
     */
    static boolean highFirst(final long open, final long high, final long low, final long close)
    {
        final long up = high - open;
        final long down = open - low;
        if (up != down)
        {
            return up < down;
        }
        return close < open;
    }
}
