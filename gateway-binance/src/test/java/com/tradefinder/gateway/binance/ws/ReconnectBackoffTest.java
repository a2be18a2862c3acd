package com.tradefinder.gateway.binance.ws;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exponential growth to the cap, jitter within its fraction and reproducible from a seed, reset to the base.
 */
class ReconnectBackoffTest
{
    @Test
    void shouldDoubleUpToTheCapWithoutJitterAndStartAgainAfterReset()
    {
        // arrange
        final ReconnectBackoff backoff = new ReconnectBackoff(100, 1_000, 0.0, new Random(1));

        // act
        final long[] delays = new long[6];
        for (int i = 0; i < delays.length; i++)
        {
            delays[i] = backoff.nextDelayNs();
        }
        backoff.reset();

        // assert
        assertThat(delays).containsExactly(100, 200, 400, 800, 1_000, 1_000);
        assertThat(backoff.nextDelayNs()).isEqualTo(100);
    }

    @Test
    void shouldShortenEachDelayByAtMostTheJitterFractionReproduciblyFromASeed()
    {
        // arrange
        final ReconnectBackoff first = new ReconnectBackoff(1_000, 1_000_000, 0.5, new Random(99));
        final ReconnectBackoff second = new ReconnectBackoff(1_000, 1_000_000, 0.5, new Random(99));

        // act and assert
        for (int i = 0; i < 70; i++)
        {
            final long full = Math.min(1_000_000L, i >= 30 ? 1_000_000L : 1_000L << i);
            final long delay = first.nextDelayNs();
            assertThat(delay).isBetween(full / 2, full);
            assertThat(second.nextDelayNs()).isEqualTo(delay);
        }
    }
}
