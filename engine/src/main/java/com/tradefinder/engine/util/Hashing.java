package com.tradefinder.engine.util;

/**
 * Deterministic 64-bit mixing for component state hashes.
 * <p>
 * Every stateful business-logic component folds its fields into a running hash with {@link #mix(long, long)};
 * replay must reproduce the same value bit for bit, so doubles are folded by their raw bits and nothing
 * depends on identity hash codes, iteration order of unordered collections or the clock.
 * Pure functions: any thread, no allocation.
 */
public final class Hashing
{
    /** Seed for a fresh hash. */
    public static final long SEED = 0x9E3779B97F4A7C15L;

    private Hashing()
    {
    }

    /**
     * Folds {@code value} into {@code hash}.
     *
     * @param hash  running hash.
     * @param value value to fold in.
     * @return the new running hash.
     */
    public static long mix(final long hash, final long value)
    {
        // splitmix64 finaliser over (hash * prime + value): cheap, well distributed, order-sensitive
        long z = hash * 0x100000001B3L + value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Folds a double by its raw IEEE-754 bits, so NaN payloads and -0.0 are distinguished exactly.
     *
     * @param hash  running hash.
     * @param value value to fold in.
     * @return the new running hash.
     */
    public static long mix(final long hash, final double value)
    {
        return mix(hash, Double.doubleToRawLongBits(value));
    }

    /**
     * Folds a boolean.
     *
     * @param hash  running hash.
     * @param value value to fold in.
     * @return the new running hash.
     */
    public static long mix(final long hash, final boolean value)
    {
        return mix(hash, value ? 1L : 0L);
    }
}
