package com.tradefinder.engine.marketdata;

import com.tradefinder.engine.marketdata.RecordingBarListener.Bar;
import com.tradefinder.engine.testsupport.AllocationMeter;
import com.tradefinder.engine.util.Hashing;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static com.tradefinder.engine.marketdata.TimeframeTest.ns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BarAggregatorTest
{
    private static final int INSTRUMENT = 7;
    private static final int M1 = 60;
    private static final int M5 = 300;
    private static final int H1 = 3_600;
    private static final int H4 = 14_400;
    private static final int D1 = 86_400;
    private static final long SEC = 1_000_000_000L;
    private static final long MIN = 60 * SEC;
    private static final long HOUR = 60 * MIN;
    private static final long T0 = ns("2024-07-19T00:00:00Z");

    private final RecordingBarListener listener = new RecordingBarListener();

    @Test
    void shouldBuildOneMinuteBarFromTradesAndCloseItOnTradeInLaterBucket()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { M1 }, listener);

        aggregator.onTrade(T0 + 1 * SEC, 100, 1);
        aggregator.onTrade(T0 + 20 * SEC, 105, 2);
        aggregator.onTrade(T0 + 40 * SEC, 98, 3);
        aggregator.onTrade(T0 + 59 * SEC, 101, 4);
        assertThat(listener.bars).isEmpty();

        aggregator.onTrade(T0 + MIN, 102, 5);

        assertThat(listener.bars).containsExactly(new Bar(INSTRUMENT, M1, T0, 100, 105, 98, 101, 10));
        assertThat(aggregator.barsClosed()).isEqualTo(1);
    }

    @Test
    void shouldBuildOneMinuteFiveMinuteAndOneHourBarsFromTheSameTrades()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { H1, M1, M5 }, listener);
        assertThat(aggregator.timeframeCount()).isEqualTo(3);
        assertThat(aggregator.timeframeSec(0)).isEqualTo(M1);
        assertThat(aggregator.timeframeSec(1)).isEqualTo(M5);
        assertThat(aggregator.timeframeSec(2)).isEqualTo(H1);

        aggregator.onTrade(T0 + 10 * SEC, 100, 1);
        aggregator.onTrade(T0 + 50 * SEC, 110, 1);
        aggregator.onTrade(T0 + 2 * MIN + 5 * SEC, 90, 2);
        aggregator.onTrade(T0 + 7 * MIN, 95, 3);
        aggregator.onTrade(T0 + 59 * MIN + 59 * SEC, 99, 4);
        aggregator.onTrade(T0 + HOUR, 120, 5);

        assertThat(listener.bars).containsExactly(
            new Bar(INSTRUMENT, M1, T0, 100, 110, 100, 110, 2),
            new Bar(INSTRUMENT, M1, T0 + 2 * MIN, 90, 90, 90, 90, 2),
            new Bar(INSTRUMENT, M5, T0, 100, 110, 90, 90, 4),
            new Bar(INSTRUMENT, M1, T0 + 7 * MIN, 95, 95, 95, 95, 3),
            new Bar(INSTRUMENT, M5, T0 + 5 * MIN, 95, 95, 95, 95, 3),
            new Bar(INSTRUMENT, M1, T0 + 59 * MIN, 99, 99, 99, 99, 4),
            new Bar(INSTRUMENT, M5, T0 + 55 * MIN, 99, 99, 99, 99, 4),
            new Bar(INSTRUMENT, H1, T0, 100, 110, 90, 99, 11));
    }

    @Test
    void shouldCloseEveryDueBarByTimeInAscendingTimeframeOrderAndNotBeforeItsEnd()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { H1, M5, M1 }, listener);
        aggregator.onTrade(T0 + 59 * MIN + 30 * SEC, 100, 1);

        aggregator.onTime(T0 + HOUR - 1);
        assertThat(listener.bars).isEmpty();

        aggregator.onTime(T0 + HOUR);
        assertThat(listener.bars).extracting(Bar::timeframeSec).containsExactly(M1, M5, H1);
        assertThat(listener.bars).extracting(Bar::openTimeNs).containsExactly(T0 + 59 * MIN, T0 + 55 * MIN, T0);

        aggregator.onTime(T0 + 2 * HOUR);
        assertThat(listener.bars).hasSize(3);
    }

    @Test
    void shouldCloseOnlyTheBarsThatAreDue()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { M1, M5 }, listener);
        aggregator.onTrade(T0 + 10 * SEC, 100, 1);

        aggregator.onTime(T0 + 3 * MIN);

        assertThat(listener.bars).containsExactly(new Bar(INSTRUMENT, M1, T0, 100, 100, 100, 100, 1));
        aggregator.onTime(T0 + 5 * MIN);
        assertThat(listener.last()).isEqualTo(new Bar(INSTRUMENT, M5, T0, 100, 100, 100, 100, 1));
    }

    @Test
    void shouldNotInventBarsForAGapInTrades()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { M1 }, listener);

        aggregator.onTrade(T0 + 10 * SEC, 100, 1);
        aggregator.onTrade(T0 + 3 * MIN + 30 * SEC, 104, 2);
        aggregator.onTime(T0 + 10 * MIN);

        assertThat(listener.bars).containsExactly(
            new Bar(INSTRUMENT, M1, T0, 100, 100, 100, 100, 1),
            new Bar(INSTRUMENT, M1, T0 + 3 * MIN, 104, 104, 104, 104, 2));
    }

    @Test
    void shouldPassAKlineOfTheSameTimeframeStraightThrough()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { H1 }, listener);

        aggregator.onKline(T0, H1, 100, 120, 90, 110, 55);

        assertThat(listener.bars).containsExactly(new Bar(INSTRUMENT, H1, T0, 100, 120, 90, 110, 55));
        assertThat(aggregator.ignoredKlines()).isZero();
    }

    @Test
    void shouldAggregateOneHourKlinesIntoFourHourAndOneDayBarsClosingOnTheLastConstituent()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { D1, H4, H1 }, listener);

        for (int hour = 0; hour < 24; hour++)
        {
            final int sizeBefore = listener.bars.size();
            aggregator.onKline(T0 + hour * HOUR, H1, 1_000 + hour, 2_000 + hour, 500 - hour, 1_001 + hour, 10);
            final List<Bar> delivered = listener.bars.subList(sizeBefore, listener.bars.size());
            if (hour == 23)
            {
                assertThat(delivered).extracting(Bar::timeframeSec).containsExactly(H1, H4, D1);
            }
            else if (hour % 4 == 3)
            {
                assertThat(delivered).extracting(Bar::timeframeSec).containsExactly(H1, H4);
            }
            else
            {
                assertThat(delivered).extracting(Bar::timeframeSec).containsExactly(H1);
            }
        }

        final List<Bar> fourHour = listener.of(H4);
        assertThat(fourHour).hasSize(6);
        for (int n = 0; n < 6; n++)
        {
            final int first = 4 * n;
            assertThat(fourHour.get(n)).isEqualTo(new Bar(
                INSTRUMENT, H4, T0 + first * HOUR, 1_000 + first, 2_003 + first, 497 - first, 1_004 + first, 40));
        }
        assertThat(listener.of(D1)).containsExactly(new Bar(INSTRUMENT, D1, T0, 1_000, 2_023, 477, 1_024, 240));
        assertThat(aggregator.barsClosed()).isEqualTo(24 + 6 + 1);
    }

    @Test
    void shouldCloseAKlineBarWithAMissingLastConstituentWhenTimePasses()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { H4 }, listener);
        aggregator.onKline(T0, H1, 100, 110, 95, 105, 1);
        aggregator.onKline(T0 + HOUR, H1, 105, 120, 100, 115, 2);
        aggregator.onKline(T0 + 2 * HOUR, H1, 115, 116, 80, 90, 3);

        aggregator.onTime(T0 + 4 * HOUR - 1);
        assertThat(listener.bars).isEmpty();
        aggregator.onTime(T0 + 4 * HOUR);

        assertThat(listener.bars).containsExactly(new Bar(INSTRUMENT, H4, T0, 100, 120, 80, 90, 6));
    }

    @Test
    void shouldCloseAKlineBarWithAMissingLastConstituentWhenAKlineOfALaterBucketArrives()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { H1, H4 }, listener);
        aggregator.onKline(T0, H1, 100, 110, 95, 105, 1);
        aggregator.onKline(T0 + HOUR, H1, 105, 120, 100, 115, 2);

        aggregator.onKline(T0 + 5 * HOUR, H1, 130, 131, 129, 130, 4);

        assertThat(listener.bars).containsExactly(
            new Bar(INSTRUMENT, H1, T0, 100, 110, 95, 105, 1),
            new Bar(INSTRUMENT, H1, T0 + HOUR, 105, 120, 100, 115, 2),
            new Bar(INSTRUMENT, H4, T0, 100, 120, 95, 115, 3),
            new Bar(INSTRUMENT, H1, T0 + 5 * HOUR, 130, 131, 129, 130, 4));
    }

    @Test
    void shouldCloseOnTheKlineEndingAtTheBucketEndEvenWhenAMiddleConstituentIsMissing()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { H4 }, listener);
        aggregator.onKline(T0, H1, 100, 110, 95, 105, 1);
        aggregator.onKline(T0 + 3 * HOUR, H1, 107, 108, 101, 102, 4);

        assertThat(listener.bars).containsExactly(new Bar(INSTRUMENT, H4, T0, 100, 110, 95, 102, 5));
    }

    @Test
    void shouldNotInventBarsForAGapInKlines()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { H1, H4 }, listener);
        for (int hour = 0; hour < 4; hour++)
        {
            aggregator.onKline(T0 + hour * HOUR, H1, 100, 101, 99, 100, 1);
        }
        aggregator.onKline(T0 + 12 * HOUR, H1, 100, 101, 99, 100, 1);
        aggregator.onTime(T0 + 20 * HOUR);

        assertThat(listener.of(H1)).extracting(Bar::openTimeNs)
            .containsExactly(T0, T0 + HOUR, T0 + 2 * HOUR, T0 + 3 * HOUR, T0 + 12 * HOUR);
        assertThat(listener.of(H4)).extracting(Bar::openTimeNs).containsExactly(T0, T0 + 12 * HOUR);
    }

    @Test
    void shouldIgnoreAndCountKlinesPerTargetTheyDoNotDivide()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { M1, M5, H1 }, listener);

        aggregator.onKline(T0, H1, 100, 101, 99, 100, 1);
        assertThat(aggregator.ignoredKlines()).isEqualTo(2);
        assertThat(listener.bars).extracting(Bar::timeframeSec).containsExactly(H1);

        aggregator.onKline(T0 + HOUR, 180, 100, 101, 99, 100, 1);
        assertThat(aggregator.ignoredKlines()).isEqualTo(2 + 2);

        aggregator.onKline(T0 + 2 * HOUR + 30 * SEC, M1, 100, 101, 99, 100, 1);
        aggregator.onKline(T0 + 3 * HOUR, 0, 100, 101, 99, 100, 1);
        aggregator.onKline(T0 + 3 * HOUR, -60, 100, 101, 99, 100, 1);
        assertThat(aggregator.ignoredKlines()).isEqualTo(4 + 3 + 3 + 3);
        assertThat(listener.bars).hasSize(1);
        assertThat(aggregator.outOfOrderCount()).isZero();
    }

    @Test
    void shouldAggregateThreeMinuteKlinesIntoFifteenMinutesButNotFiveMinutes()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { M5, 900 }, listener);
        for (int n = 0; n < 5; n++)
        {
            aggregator.onKline(T0 + n * 3 * MIN, 180, 100 + n, 110 + n, 90 + n, 101 + n, 1);
        }

        assertThat(listener.bars).containsExactly(new Bar(INSTRUMENT, 900, T0, 100, 114, 90, 105, 5));
        assertThat(aggregator.ignoredKlines()).isEqualTo(5);
    }

    @Test
    void shouldIgnoreAndCountATradeOlderThanTheOpenBucket()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { M1, M5 }, listener);
        aggregator.onTrade(T0 + 10 * SEC, 100, 1);
        aggregator.onTrade(T0 + MIN + 10 * SEC, 101, 1);

        aggregator.onTrade(T0 + 50 * SEC, 50, 7);

        assertThat(aggregator.outOfOrderCount()).isEqualTo(1);
        aggregator.onTime(T0 + 5 * MIN);
        assertThat(listener.bars).containsExactly(
            new Bar(INSTRUMENT, M1, T0, 100, 100, 100, 100, 1),
            new Bar(INSTRUMENT, M1, T0 + MIN, 101, 101, 101, 101, 1),
            new Bar(INSTRUMENT, M5, T0, 100, 101, 50, 50, 9));
    }

    @Test
    void shouldIgnoreATradeForABucketThatTimeAlreadyFinishedEvenWithoutABar()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { M1 }, listener);
        aggregator.onTime(T0 + 2 * MIN);

        aggregator.onTrade(T0 + 30 * SEC, 100, 1);
        aggregator.onTrade(T0 + MIN + 59 * SEC, 100, 1);

        assertThat(aggregator.outOfOrderCount()).isEqualTo(2);
        aggregator.onTime(T0 + 10 * MIN);
        assertThat(listener.bars).isEmpty();
    }

    @Test
    void shouldTakeTradesWithinTheOpenBucketInArrivalOrder()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { M1 }, listener);
        aggregator.onTrade(T0 + 30 * SEC, 100, 1);
        aggregator.onTrade(T0 + 20 * SEC, 90, 1);
        aggregator.onTime(T0 + MIN);

        assertThat(listener.bars).containsExactly(new Bar(INSTRUMENT, M1, T0, 100, 100, 90, 90, 2));
        assertThat(aggregator.outOfOrderCount()).isZero();
    }

    @Test
    void shouldIgnoreDuplicateAndReorderedKlines()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { H1, H4 }, listener);
        aggregator.onKline(T0, H1, 100, 110, 95, 105, 1);
        aggregator.onKline(T0 + 2 * HOUR, H1, 105, 120, 100, 115, 2);

        aggregator.onKline(T0 + 2 * HOUR, H1, 105, 120, 100, 115, 2);
        aggregator.onKline(T0 + HOUR, H1, 1, 999, 1, 1, 50);

        assertThat(aggregator.outOfOrderCount()).isEqualTo(2 + 2);
        aggregator.onKline(T0 + 3 * HOUR, H1, 115, 116, 111, 112, 3);
        assertThat(listener.of(H1)).extracting(Bar::openTimeNs).containsExactly(T0, T0 + 2 * HOUR, T0 + 3 * HOUR);
        assertThat(listener.of(H4)).containsExactly(new Bar(INSTRUMENT, H4, T0, 100, 120, 95, 112, 6));
    }

    @Test
    void shouldIgnoreAKlineForABucketAlreadyClosed()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { H4 }, listener);
        aggregator.onKline(T0, H1, 100, 110, 95, 105, 1);
        aggregator.onTime(T0 + 4 * HOUR);

        aggregator.onKline(T0 + 3 * HOUR, H1, 105, 106, 104, 105, 1);

        assertThat(aggregator.outOfOrderCount()).isEqualTo(1);
        assertThat(listener.bars).containsExactly(new Bar(INSTRUMENT, H4, T0, 100, 110, 95, 105, 1));
    }

    @Test
    void shouldLoseTheLastConstituentWhenTimeReachesTheBucketEndBeforeTheKlineWithoutADelay()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { H1, H4 }, listener);
        for (int hour = 1; hour <= 4; hour++)
        {
            aggregator.onTime(T0 + hour * HOUR + 50_000_000L);
            aggregator.onKline(T0 + (hour - 1) * HOUR, H1, 100 + hour, 110, 90, 100 + hour, 1);
        }

        assertThat(listener.of(H4)).containsExactly(new Bar(INSTRUMENT, H4, T0, 101, 110, 90, 103, 3));
        assertThat(listener.of(H1)).hasSize(4);
        assertThat(aggregator.outOfOrderCount()).isEqualTo(1);
    }

    @Test
    void shouldKeepTheLastConstituentWithACloseDelayCoveringKlineDelivery()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { H1, H4 }, 5 * SEC, listener);
        assertThat(aggregator.closeDelayNs()).isEqualTo(5 * SEC);
        for (int hour = 1; hour <= 4; hour++)
        {
            aggregator.onTime(T0 + hour * HOUR + 50_000_000L);
            aggregator.onKline(T0 + (hour - 1) * HOUR, H1, 100 + hour, 110, 90, 100 + hour, 1);
        }

        assertThat(listener.of(H4)).containsExactly(new Bar(INSTRUMENT, H4, T0, 101, 110, 90, 104, 4));
        assertThat(aggregator.outOfOrderCount()).isZero();
    }

    @Test
    void shouldCloseByTimeOnlyAfterTheDelayButAtOnceOnALaterBucketInput()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { M1, H4 }, 5 * SEC, listener);
        aggregator.onTrade(T0 + 10 * SEC, 100, 1);

        aggregator.onTime(T0 + MIN + 4 * SEC);
        assertThat(listener.bars).isEmpty();
        aggregator.onTrade(T0 + MIN + 59 * SEC, 1, 1);
        aggregator.onTrade(T0 + MIN + 50 * SEC, 2, 1);
        aggregator.onTrade(T0 + 2 * MIN + 1, 3, 1);
        assertThat(listener.of(M1)).containsExactly(
            new Bar(INSTRUMENT, M1, T0, 100, 100, 100, 100, 1),
            new Bar(INSTRUMENT, M1, T0 + MIN, 1, 2, 1, 2, 2));
        aggregator.onTrade(T0 + MIN + 58 * SEC, 4, 1);
        assertThat(aggregator.outOfOrderCount()).isEqualTo(1);

        aggregator.onTime(T0 + 4 * HOUR + 5 * SEC - 1);
        assertThat(listener.of(H4)).isEmpty();
        aggregator.onTime(T0 + 4 * HOUR + 5 * SEC);
        assertThat(listener.of(H4)).containsExactly(new Bar(INSTRUMENT, H4, T0, 100, 100, 1, 4, 5));
    }

    @Test
    void shouldIgnoreTradesForABarBuiltFromKlinesAndSwitchToTradesAtTheNextBucket()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { H1, H4 }, listener);
        aggregator.onKline(T0, H1, 100, 110, 95, 105, 1);
        aggregator.onKline(T0 + HOUR, H1, 105, 120, 100, 115, 2);

        aggregator.onTrade(T0 + 2 * HOUR + 10 * SEC, 500, 9);

        assertThat(aggregator.mixedInputCount()).isEqualTo(1);
        aggregator.onTrade(T0 + 4 * HOUR + 10 * SEC, 200, 3);
        aggregator.onTime(T0 + 8 * HOUR);
        assertThat(listener.bars).containsExactly(
            new Bar(INSTRUMENT, H1, T0, 100, 110, 95, 105, 1),
            new Bar(INSTRUMENT, H1, T0 + HOUR, 105, 120, 100, 115, 2),
            new Bar(INSTRUMENT, H1, T0 + 2 * HOUR, 500, 500, 500, 500, 9),
            new Bar(INSTRUMENT, H4, T0, 100, 120, 95, 115, 3),
            new Bar(INSTRUMENT, H1, T0 + 4 * HOUR, 200, 200, 200, 200, 3),
            new Bar(INSTRUMENT, H4, T0 + 4 * HOUR, 200, 200, 200, 200, 3));
    }

    @Test
    void shouldIgnoreAKlineForABarBuiltFromTrades()
    {
        final BarAggregator aggregator = new BarAggregator(INSTRUMENT, new int[] { H4 }, listener);
        aggregator.onTrade(T0 + 10 * SEC, 100, 1);

        aggregator.onKline(T0 + HOUR, H1, 300, 300, 300, 300, 50);
        aggregator.onKline(T0 + 3 * HOUR, H1, 300, 300, 300, 300, 50);

        assertThat(aggregator.mixedInputCount()).isEqualTo(2);
        assertThat(listener.bars).isEmpty();
        aggregator.onKline(T0 + 4 * HOUR, H1, 300, 300, 300, 300, 50);
        assertThat(listener.bars).containsExactly(new Bar(INSTRUMENT, H4, T0, 100, 100, 100, 100, 1));
    }

    @Test
    void shouldGiveEqualStateHashesForEqualInputAndDifferentOnesOtherwise()
    {
        final BarAggregator first = new BarAggregator(INSTRUMENT, new int[] { M1, M5 }, listener);
        final BarAggregator second = new BarAggregator(INSTRUMENT, new int[] { M5, M1 }, new RecordingBarListener());
        assertThat(first.stateHash(Hashing.SEED)).isEqualTo(second.stateHash(Hashing.SEED));

        for (final BarAggregator aggregator : new BarAggregator[] { first, second })
        {
            aggregator.onTrade(T0 + 10 * SEC, 100, 1);
            aggregator.onTrade(T0 + 70 * SEC, 101, 2);
        }
        assertThat(first.stateHash(Hashing.SEED)).isEqualTo(second.stateHash(Hashing.SEED));

        second.onTrade(T0 + 71 * SEC, 101, 1);
        assertThat(first.stateHash(Hashing.SEED)).isNotEqualTo(second.stateHash(Hashing.SEED));

        final BarAggregator priceOnly = new BarAggregator(INSTRUMENT, new int[] { M1, M5 }, listener);
        priceOnly.onTrade(T0 + 10 * SEC, 100, 1);
        priceOnly.onTrade(T0 + 70 * SEC, 102, 2);
        assertThat(priceOnly.stateHash(Hashing.SEED)).isNotEqualTo(first.stateHash(Hashing.SEED));

        final BarAggregator counted = new BarAggregator(INSTRUMENT, new int[] { M1, M5 }, listener);
        counted.onTrade(T0 + 10 * SEC, 100, 1);
        counted.onTrade(T0 + 70 * SEC, 101, 2);
        counted.onKline(T0, 7, 1, 1, 1, 1, 1);
        assertThat(counted.stateHash(Hashing.SEED)).isNotEqualTo(first.stateHash(Hashing.SEED));
    }

    @Test
    void shouldAllocateNothingPerInputAfterWarmUp()
    {
        final int trades = 100_000;
        final long[] timeNs = new long[trades];
        final long[] priceMantissa = new long[trades];
        final long[] sizeMantissa = new long[trades];
        final Random random = new Random(11);
        long time = T0;
        long price = 6_400_000_000_000L;
        for (int n = 0; n < trades; n++)
        {
            time += random.nextInt(20) == 0 ? 90 * SEC : random.nextInt(2_000) * 1_000_000L;
            price += random.nextInt(2_001) - 1_000;
            timeNs[n] = time;
            priceMantissa[n] = price;
            sizeMantissa[n] = 1 + random.nextInt(100_000);
        }
        final int[] timeframes = { M1, M5, 900, H1, H4, D1 };
        final CountingListener warmUpListener = new CountingListener();
        final BarAggregator warmUpTrades = new BarAggregator(INSTRUMENT, timeframes, warmUpListener);
        final BarAggregator warmUpKlines = new BarAggregator(INSTRUMENT, timeframes, 2 * SEC, warmUpListener);
        feed(warmUpTrades, warmUpKlines, timeNs, priceMantissa, sizeMantissa);

        // rounds until one allocates nothing: a JIT deoptimisation under load can show once, a real allocation always
        CountingListener measuredListener = null;
        BarAggregator measuredTrades = null;
        BarAggregator measuredKlines = null;
        long allocatedBytes = Long.MAX_VALUE;
        for (int round = 0; round < 10 && allocatedBytes > 0; round++)
        {
            measuredListener = new CountingListener();
            measuredTrades = new BarAggregator(INSTRUMENT, timeframes, measuredListener);
            measuredKlines = new BarAggregator(INSTRUMENT, timeframes, 2 * SEC, measuredListener);
            final long before = AllocationMeter.currentThreadAllocatedBytes();
            feed(measuredTrades, measuredKlines, timeNs, priceMantissa, sizeMantissa);
            allocatedBytes = Math.min(allocatedBytes, AllocationMeter.currentThreadAllocatedBytes() - before);
        }

        assertThat(allocatedBytes).isZero();
        assertThat(measuredListener.bars).isEqualTo(warmUpListener.bars).isGreaterThan(trades / 100);
        assertThat(measuredListener.volumeMantissa).isEqualTo(warmUpListener.volumeMantissa);
        assertThat(measuredTrades.stateHash(Hashing.SEED)).isEqualTo(warmUpTrades.stateHash(Hashing.SEED));
        assertThat(measuredKlines.stateHash(Hashing.SEED)).isEqualTo(warmUpKlines.stateHash(Hashing.SEED));
    }

    private static void feed(
        final BarAggregator trades,
        final BarAggregator klines,
        final long[] timeNs,
        final long[] priceMantissa,
        final long[] sizeMantissa)
    {
        for (int n = 0; n < timeNs.length; n++)
        {
            trades.onTrade(timeNs[n], priceMantissa[n], sizeMantissa[n]);
            if ((n & 63) == 0)
            {
                trades.onTime(timeNs[n] + SEC);
            }
            final long klineOpenNs = T0 + n * MIN;
            klines.onKline(klineOpenNs, M1, priceMantissa[n], priceMantissa[n] + 5, priceMantissa[n] - 5,
                priceMantissa[n] + 1, sizeMantissa[n]);
            klines.onTime(klineOpenNs + MIN + SEC);
        }
    }

    private static final class CountingListener implements BarListener
    {
        long bars;
        long volumeMantissa;

        @Override
        public void onBarClosed(
            final int instrumentId,
            final int timeframeSec,
            final long openTimeNs,
            final long openMantissa,
            final long highMantissa,
            final long lowMantissa,
            final long closeMantissa,
            final long volumeMantissa)
        {
            bars++;
            this.volumeMantissa += volumeMantissa;
        }
    }

    @Test
    void shouldRejectBadConstruction()
    {
        assertThatThrownBy(() -> new BarAggregator(INSTRUMENT, new int[0], listener))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one timeframe");
        assertThatThrownBy(() -> new BarAggregator(INSTRUMENT, new int[] { M1, 120 }, listener))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("120s");
        assertThatThrownBy(() -> new BarAggregator(INSTRUMENT, new int[] { H1, M1, H1 }, listener))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate timeframe 1h");
        assertThatThrownBy(() -> new BarAggregator(INSTRUMENT, new int[] { M1 }, -1, listener))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closeDelayNs");
    }
}
