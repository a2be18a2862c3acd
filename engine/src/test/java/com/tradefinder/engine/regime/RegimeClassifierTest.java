package com.tradefinder.engine.regime;

import com.tradefinder.codecs.Regime;
import com.tradefinder.engine.testsupport.AllocationMeter;
import com.tradefinder.engine.util.Hashing;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static com.tradefinder.codecs.Regime.HIGH_VOLATILITY;
import static com.tradefinder.codecs.Regime.RANGING;
import static com.tradefinder.codecs.Regime.TRENDING_DOWN;
import static com.tradefinder.codecs.Regime.TRENDING_UP;
import static com.tradefinder.codecs.Regime.UNCERTAIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps the classifier by hand. Most tests drive the rule step with exact percentiles; percentiles named here:
 * QUIET (0.30) and NORMAL (0.60) are below every default threshold but squeeze / exit respectively.
 */
class RegimeClassifierTest
{
    private static final double NAN = Double.NaN;
    private static final double QUIET = 0.30;
    private static final double NORMAL = 0.60;

    @Test
    void shouldStartUncertain()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings());

        assertThat(classifier.regime()).isEqualTo(UNCERTAIN);
        assertThat(classifier.previousRegime()).isEqualTo(UNCERTAIN);
        assertThat(classifier.candidate()).isEqualTo(UNCERTAIN);
        assertThat(classifier.changed()).isFalse();
        assertThat(classifier.atrPctPercentile()).isNaN();
        assertThat(classifier.bollingerWidthPercentile()).isNaN();
    }

    @Test
    void shouldMakeEveryNanReadingAnUncertainCandidate()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings().confirmBars(1));
        final double[][] readings = {
            { NAN, 30, 10, NORMAL, NORMAL },
            { 30, NAN, 10, NORMAL, NORMAL },
            { 30, 30, NAN, NORMAL, NORMAL },
            { 30, 30, 10, NAN, NORMAL },
            { 30, 30, 10, NORMAL, NAN } };

        for (final double[] reading : readings)
        {
            assertThat(classifier.onBarPercentiles(30, 30, 10, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);

            final Regime regime =
                classifier.onBarPercentiles(reading[0], reading[1], reading[2], reading[3], reading[4]);

            assertThat(classifier.candidate()).isEqualTo(UNCERTAIN);
            assertThat(regime).isEqualTo(UNCERTAIN);
            assertThat(classifier.previousRegime()).isEqualTo(TRENDING_UP);
            assertThat(classifier.changed()).isTrue();
        }
    }

    @Test
    void shouldStayUncertainUntilThePercentileWindowsAreFull()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings().percentileWindow(10));

        for (int bar = 1; bar <= 9; bar++)
        {
            assertThat(classifier.onBar(40, 35, 10, 0.01 * bar, 0.02 * bar)).isEqualTo(UNCERTAIN);
            assertThat(classifier.candidate()).isEqualTo(UNCERTAIN);
            assertThat(classifier.atrPctPercentile()).isNaN();
        }

        assertThat(classifier.onBar(40, 35, 10, 0.10, 0.20)).isEqualTo(UNCERTAIN);
        assertThat(classifier.atrPctPercentile()).isEqualTo(1.0);
        assertThat(classifier.bollingerWidthPercentile()).isEqualTo(1.0);
        assertThat(classifier.candidate()).isEqualTo(HIGH_VOLATILITY);

        assertThat(classifier.onBar(40, 35, 10, 0.11, 0.01)).isEqualTo(HIGH_VOLATILITY);
        assertThat(classifier.bollingerWidthPercentile()).isEqualTo(0.1);
    }

    @Test
    void shouldNotRankNanReadingsDuringIndicatorWarmUp()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings().percentileWindow(10));
        for (int bar = 0; bar < 20; bar++)
        {
            classifier.onBar(NAN, NAN, NAN, NAN, NAN);
        }
        for (int bar = 1; bar <= 9; bar++)
        {
            classifier.onBar(10, 20, 20, 0.05 + 0.001 * bar, 0.10 - 0.001 * bar);
            assertThat(classifier.atrPctPercentile()).isNaN();
        }

        classifier.onBar(10, 20, 20, 0.0001, 0.0001);

        assertThat(classifier.atrPctPercentile()).isEqualTo(0.1);
        assertThat(classifier.candidate()).isEqualTo(RANGING);
    }

    @Test
    void shouldAdoptHighVolatilityAtTheEnterPercentileAfterConfirmation()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings());

        assertThat(classifier.onBarPercentiles(10, 20, 20, 0.90, QUIET)).isEqualTo(UNCERTAIN);
        assertThat(classifier.candidate()).isEqualTo(HIGH_VOLATILITY);
        assertThat(classifier.candidateBars()).isEqualTo(1);
        assertThat(classifier.changed()).isFalse();

        assertThat(classifier.onBarPercentiles(10, 20, 20, 0.97, QUIET)).isEqualTo(HIGH_VOLATILITY);
        assertThat(classifier.changed()).isTrue();
        assertThat(classifier.previousRegime()).isEqualTo(UNCERTAIN);
        assertThat(classifier.atrPctPercentile()).isEqualTo(0.97);
        assertThat(classifier.bollingerWidthPercentile()).isEqualTo(QUIET);
    }

    @Test
    void shouldNotEnterHighVolatilityBelowTheEnterPercentile()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings());

        for (int bar = 0; bar < 5; bar++)
        {
            assertThat(classifier.onBarPercentiles(10, 20, 20, 0.89, NORMAL)).isEqualTo(UNCERTAIN);
            assertThat(classifier.candidate()).isEqualTo(UNCERTAIN);
        }
    }

    @Test
    void shouldKeepHighVolatilityDownToTheExitPercentileAndLeaveBelowIt()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings());
        classifier.onBarPercentiles(10, 20, 20, 0.95, QUIET);
        classifier.onBarPercentiles(10, 20, 20, 0.95, QUIET);

        assertThat(classifier.onBarPercentiles(10, 20, 20, 0.85, QUIET)).isEqualTo(HIGH_VOLATILITY);
        assertThat(classifier.onBarPercentiles(10, 20, 20, 0.80, QUIET)).isEqualTo(HIGH_VOLATILITY);
        assertThat(classifier.candidate()).isEqualTo(HIGH_VOLATILITY);
        assertThat(classifier.changed()).isFalse();

        assertThat(classifier.onBarPercentiles(10, 20, 20, 0.79, QUIET)).isEqualTo(HIGH_VOLATILITY);
        assertThat(classifier.candidate()).isEqualTo(RANGING);
        assertThat(classifier.onBarPercentiles(10, 20, 20, 0.79, QUIET)).isEqualTo(RANGING);
        assertThat(classifier.previousRegime()).isEqualTo(HIGH_VOLATILITY);
    }

    @Test
    void shouldGiveHighVolatilityPrecedenceOverATrend()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings().confirmBars(1));
        assertThat(classifier.onBarPercentiles(40, 35, 10, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);

        assertThat(classifier.onBarPercentiles(40, 35, 10, 0.92, NORMAL)).isEqualTo(HIGH_VOLATILITY);
        assertThat(classifier.onBarPercentiles(40, 35, 10, 0.82, NORMAL)).isEqualTo(HIGH_VOLATILITY);
        assertThat(classifier.onBarPercentiles(40, 35, 10, 0.78, NORMAL)).isEqualTo(TRENDING_UP);
    }

    @Test
    void shouldAdoptATrendAtTheEnterAdxInTheDirectionOfTheLargerDi()
    {
        final RegimeClassifier up = new RegimeClassifier(new RegimeSettings());
        final RegimeClassifier down = new RegimeClassifier(new RegimeSettings());

        assertThat(up.onBarPercentiles(25, 30, 10, NORMAL, NORMAL)).isEqualTo(UNCERTAIN);
        assertThat(up.candidate()).isEqualTo(TRENDING_UP);
        assertThat(up.onBarPercentiles(25, 30, 10, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);

        assertThat(down.onBarPercentiles(31, 12, 28, NORMAL, NORMAL)).isEqualTo(UNCERTAIN);
        assertThat(down.candidate()).isEqualTo(TRENDING_DOWN);
        assertThat(down.onBarPercentiles(31, 12, 28, NORMAL, NORMAL)).isEqualTo(TRENDING_DOWN);
        assertThat(down.changed()).isTrue();
    }

    @Test
    void shouldNotEnterATrendBetweenTheExitAndEnterAdx()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings());

        for (int bar = 0; bar < 5; bar++)
        {
            assertThat(classifier.onBarPercentiles(24.9, 30, 10, NORMAL, NORMAL)).isEqualTo(UNCERTAIN);
            assertThat(classifier.candidate()).isEqualTo(UNCERTAIN);
        }
    }

    @Test
    void shouldKeepATrendDownToTheExitAdxAndLeaveBelowIt()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings());
        classifier.onBarPercentiles(30, 30, 10, NORMAL, NORMAL);
        classifier.onBarPercentiles(30, 30, 10, NORMAL, NORMAL);

        assertThat(classifier.onBarPercentiles(22, 30, 10, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);
        assertThat(classifier.onBarPercentiles(20, 30, 10, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);
        assertThat(classifier.candidate()).isEqualTo(TRENDING_UP);

        assertThat(classifier.onBarPercentiles(19.9, 30, 10, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);
        assertThat(classifier.candidate()).isEqualTo(UNCERTAIN);
        assertThat(classifier.onBarPercentiles(19.9, 30, 10, NORMAL, NORMAL)).isEqualTo(UNCERTAIN);
        assertThat(classifier.previousRegime()).isEqualTo(TRENDING_UP);
        assertThat(classifier.changed()).isTrue();
    }

    @Test
    void shouldSwitchTrendDirectionOnADiCrossOnlyAfterConfirmation()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings());
        classifier.onBarPercentiles(30, 30, 10, NORMAL, NORMAL);
        classifier.onBarPercentiles(30, 30, 10, NORMAL, NORMAL);

        assertThat(classifier.onBarPercentiles(30, 15, 25, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);
        assertThat(classifier.candidate()).isEqualTo(TRENDING_DOWN);
        assertThat(classifier.onBarPercentiles(30, 25, 15, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);
        assertThat(classifier.candidate()).isEqualTo(TRENDING_UP);

        assertThat(classifier.onBarPercentiles(22, 15, 25, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);
        assertThat(classifier.candidate()).isEqualTo(TRENDING_DOWN);
        assertThat(classifier.onBarPercentiles(21, 14, 26, NORMAL, NORMAL)).isEqualTo(TRENDING_DOWN);
        assertThat(classifier.previousRegime()).isEqualTo(TRENDING_UP);
        assertThat(classifier.changed()).isTrue();
    }

    @Test
    void shouldKeepTheTrendDirectionOnEqualDisAndNotEnterATrendWithoutDirection()
    {
        final RegimeClassifier trending = new RegimeClassifier(new RegimeSettings().confirmBars(1));
        trending.onBarPercentiles(30, 12, 28, NORMAL, NORMAL);
        assertThat(trending.onBarPercentiles(30, 20, 20, NORMAL, NORMAL)).isEqualTo(TRENDING_DOWN);
        assertThat(trending.candidate()).isEqualTo(TRENDING_DOWN);

        final RegimeClassifier flat = new RegimeClassifier(new RegimeSettings().confirmBars(1));
        assertThat(flat.onBarPercentiles(30, 20, 20, NORMAL, NORMAL)).isEqualTo(UNCERTAIN);
        assertThat(flat.candidate()).isEqualTo(UNCERTAIN);
    }

    @Test
    void shouldEnterARangeWhenAdxIsLowBandsAreNarrowAndVolatilityIsNotElevated()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings());

        assertThat(classifier.onBarPercentiles(20, 18, 16, 0.79, 0.50)).isEqualTo(UNCERTAIN);
        assertThat(classifier.candidate()).isEqualTo(RANGING);
        assertThat(classifier.onBarPercentiles(12, 18, 16, QUIET, QUIET)).isEqualTo(RANGING);
        assertThat(classifier.changed()).isTrue();
    }

    @Test
    void shouldNotEnterARangeWhenAnyRangeConditionFails()
    {
        final double[][] readings = {
            { 20.1, 18, 16, QUIET, QUIET },
            { 15, 18, 16, QUIET, 0.51 },
            { 15, 18, 16, 0.80, QUIET },
            { 15, 18, 16, 0.85, QUIET } };

        for (final double[] reading : readings)
        {
            final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings().confirmBars(1));
            assertThat(classifier.onBarPercentiles(reading[0], reading[1], reading[2], reading[3], reading[4]))
                .isEqualTo(UNCERTAIN);
        }
    }

    @Test
    void shouldKeepARangeUntilATrendEntersOrVolatilityBecomesElevated()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings().confirmBars(1));
        classifier.onBarPercentiles(15, 18, 16, QUIET, QUIET);

        assertThat(classifier.onBarPercentiles(24.9, 30, 10, QUIET, QUIET)).isEqualTo(RANGING);
        assertThat(classifier.onBarPercentiles(15, 18, 16, QUIET, 0.79)).isEqualTo(RANGING);
        assertThat(classifier.onBarPercentiles(15, 18, 16, 0.79, 0.79)).isEqualTo(RANGING);

        assertThat(exitFromRange(25, 30, 10, QUIET, QUIET)).isEqualTo(TRENDING_UP);
        assertThat(exitFromRange(26, 10, 30, QUIET, QUIET)).isEqualTo(TRENDING_DOWN);
        assertThat(exitFromRange(15, 18, 16, QUIET, 0.80)).isEqualTo(UNCERTAIN);
        assertThat(exitFromRange(15, 18, 16, 0.80, QUIET)).isEqualTo(UNCERTAIN);
        assertThat(exitFromRange(15, 18, 16, 0.90, QUIET)).isEqualTo(HIGH_VOLATILITY);
    }

    @Test
    void shouldFollowARangeBreakingOutIntoATrend()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings());
        classifier.onBarPercentiles(15, 18, 16, QUIET, QUIET);
        classifier.onBarPercentiles(15, 18, 16, QUIET, QUIET);
        assertThat(classifier.regime()).isEqualTo(RANGING);

        assertThat(classifier.onBarPercentiles(23, 27, 14, QUIET, 0.55)).isEqualTo(RANGING);
        assertThat(classifier.onBarPercentiles(26, 29, 12, 0.65, 0.70)).isEqualTo(RANGING);
        assertThat(classifier.onBarPercentiles(29, 31, 11, 0.70, 0.75)).isEqualTo(TRENDING_UP);
        assertThat(classifier.previousRegime()).isEqualTo(RANGING);
    }

    @Test
    void shouldNeedConfirmBarsConsecutiveCandidates()
    {
        final RegimeClassifier three = new RegimeClassifier(new RegimeSettings().confirmBars(3));
        assertThat(three.onBarPercentiles(30, 30, 10, NORMAL, NORMAL)).isEqualTo(UNCERTAIN);
        assertThat(three.onBarPercentiles(30, 30, 10, NORMAL, NORMAL)).isEqualTo(UNCERTAIN);
        assertThat(three.candidateBars()).isEqualTo(2);
        assertThat(three.onBarPercentiles(30, 30, 10, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);

        final RegimeClassifier one = new RegimeClassifier(new RegimeSettings().confirmBars(1));
        assertThat(one.onBarPercentiles(30, 30, 10, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);
        assertThat(one.changed()).isTrue();
    }

    @Test
    void shouldRestartConfirmationWhenTheCandidateIsInterrupted()
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings());

        classifier.onBarPercentiles(30, 30, 10, NORMAL, NORMAL);
        classifier.onBarPercentiles(30, 10, 30, NORMAL, NORMAL);
        assertThat(classifier.candidateBars()).isEqualTo(1);
        classifier.onBarPercentiles(30, 30, 10, NORMAL, NORMAL);
        assertThat(classifier.regime()).isEqualTo(UNCERTAIN);

        classifier.onBarPercentiles(10, 20, 20, NORMAL, NORMAL);
        classifier.onBarPercentiles(30, 30, 10, NORMAL, NORMAL);
        assertThat(classifier.regime()).isEqualTo(UNCERTAIN);
        assertThat(classifier.candidateBars()).isEqualTo(1);

        assertThat(classifier.onBarPercentiles(30, 30, 10, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);
    }

    @Test
    void shouldUseConfiguredThresholds()
    {
        final RegimeSettings settings = new RegimeSettings()
            .confirmBars(1)
            .trendAdxEnter(30)
            .trendAdxExit(28)
            .rangeAdxMax(15)
            .highVolatilityPercentile(0.95)
            .highVolatilityExitPercentile(0.90)
            .squeezePercentile(0.20);
        final RegimeClassifier classifier = new RegimeClassifier(settings);

        assertThat(classifier.onBarPercentiles(29, 30, 10, NORMAL, NORMAL)).isEqualTo(UNCERTAIN);
        assertThat(classifier.onBarPercentiles(30, 30, 10, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);
        assertThat(classifier.onBarPercentiles(28, 30, 10, NORMAL, NORMAL)).isEqualTo(TRENDING_UP);
        assertThat(classifier.onBarPercentiles(27.9, 30, 10, NORMAL, NORMAL)).isEqualTo(UNCERTAIN);
        assertThat(classifier.onBarPercentiles(10, 20, 20, 0.94, NORMAL)).isEqualTo(UNCERTAIN);
        assertThat(classifier.onBarPercentiles(10, 20, 20, 0.95, NORMAL)).isEqualTo(HIGH_VOLATILITY);
        assertThat(classifier.onBarPercentiles(10, 20, 20, 0.90, NORMAL)).isEqualTo(HIGH_VOLATILITY);
        assertThat(classifier.onBarPercentiles(16, 20, 20, 0.50, 0.20)).isEqualTo(UNCERTAIN);
        assertThat(classifier.onBarPercentiles(15, 20, 20, 0.50, 0.21)).isEqualTo(UNCERTAIN);
        assertThat(classifier.onBarPercentiles(15, 20, 20, 0.89, 0.20)).isEqualTo(RANGING);
        assertThat(classifier.onBarPercentiles(29, 30, 10, 0.89, 0.89)).isEqualTo(RANGING);
    }

    @Test
    void shouldNotFlipFlopOnAdxOscillatingAroundTheTrendThreshold()
    {
        final RegimeSettings naive = new RegimeSettings().confirmBars(1).trendAdxExit(25);

        assertThat(adoptions(new RegimeSettings(), 0, 1_000, 25.5, 24.5)).isZero();
        assertThat(adoptions(naive, 0, 1_000, 25.5, 24.5)).isEqualTo(1_000);

        assertThat(adoptions(new RegimeSettings(), 10, 1_000, 29, 21)).isEqualTo(1);
        assertThat(adoptions(naive, 10, 1_000, 29, 21)).isEqualTo(1_000);
    }

    @Test
    void shouldNotFlipFlopOnAtrPercentileOscillatingAroundTheHighVolatilityThresholds()
    {
        final RegimeClassifier entering = new RegimeClassifier(new RegimeSettings());
        final RegimeClassifier leaving = new RegimeClassifier(new RegimeSettings());
        leaving.onBarPercentiles(10, 20, 20, 0.95, NORMAL);
        leaving.onBarPercentiles(10, 20, 20, 0.95, NORMAL);
        int enteringAdoptions = 0;
        int leavingAdoptions = 0;

        for (int bar = 0; bar < 1_000; bar++)
        {
            final boolean odd = (bar & 1) == 1;
            entering.onBarPercentiles(10, 20, 20, odd ? 0.91 : 0.89, NORMAL);
            leaving.onBarPercentiles(10, 20, 20, odd ? 0.81 : 0.79, NORMAL);
            enteringAdoptions += entering.changed() ? 1 : 0;
            leavingAdoptions += leaving.changed() ? 1 : 0;
        }

        assertThat(enteringAdoptions).isZero();
        assertThat(leavingAdoptions).isZero();
        assertThat(leaving.regime()).isEqualTo(HIGH_VOLATILITY);
    }

    @Test
    void shouldChangeFarLessOftenThanWithoutHysteresisOnANoisySeries()
    {
        final RegimeSettings naive = new RegimeSettings()
            .confirmBars(1).trendAdxExit(25).highVolatilityExitPercentile(0.9).squeezePercentile(0.5);
        final RegimeClassifier withHysteresis = new RegimeClassifier(new RegimeSettings());
        final RegimeClassifier without = new RegimeClassifier(naive);
        final Random random = new Random(42);
        int withChanges = 0;
        int withoutChanges = 0;

        for (int bar = 0; bar < 10_000; bar++)
        {
            final double adx = 25 + 8 * Math.sin(bar / 40.0) + 3 * random.nextGaussian();
            final double plusDi = 20 + 6 * Math.sin(bar / 25.0) + 2 * random.nextGaussian();
            final double minusDi = 20 - 6 * Math.sin(bar / 25.0) + 2 * random.nextGaussian();
            final double atrPct = 0.01 * (1 + 0.3 * Math.sin(bar / 60.0)) * (1 + 0.1 * random.nextGaussian());
            final double width = 0.04 * (1 + 0.3 * Math.sin(bar / 50.0)) * (1 + 0.1 * random.nextGaussian());
            withHysteresis.onBar(adx, plusDi, minusDi, atrPct, width);
            without.onBar(adx, plusDi, minusDi, atrPct, width);
            withChanges += withHysteresis.changed() ? 1 : 0;
            withoutChanges += without.changed() ? 1 : 0;
        }

        assertThat(withChanges).isPositive();
        assertThat(withChanges * 4).isLessThan(withoutChanges);
    }

    @Test
    void shouldGiveEqualStateHashesForEqualReadingsAndDifferentOnesOtherwise()
    {
        final RegimeSettings settings = new RegimeSettings().percentileWindow(10);
        final RegimeClassifier first = new RegimeClassifier(settings);
        final RegimeClassifier second = new RegimeClassifier(settings);
        assertThat(first.stateHash(Hashing.SEED)).isEqualTo(second.stateHash(Hashing.SEED));

        for (int bar = 0; bar < 30; bar++)
        {
            first.onBar(20 + bar, 25, 15, 0.01 + 0.001 * bar, 0.05 - 0.001 * bar);
            second.onBar(20 + bar, 25, 15, 0.01 + 0.001 * bar, 0.05 - 0.001 * bar);
        }
        assertThat(first.stateHash(Hashing.SEED)).isEqualTo(second.stateHash(Hashing.SEED));

        first.onBar(30, 25, 15, 0.02, 0.03);
        second.onBar(30, 25, 15, 0.02, 0.0300001);
        assertThat(first.regime()).isEqualTo(second.regime());
        assertThat(first.stateHash(Hashing.SEED)).isNotEqualTo(second.stateHash(Hashing.SEED));

        final RegimeClassifier once = new RegimeClassifier(new RegimeSettings().confirmBars(3));
        final RegimeClassifier twice = new RegimeClassifier(new RegimeSettings().confirmBars(3));
        once.onBarPercentiles(30, 30, 10, NORMAL, NORMAL);
        twice.onBarPercentiles(30, 30, 10, NORMAL, NORMAL);
        twice.onBarPercentiles(30, 30, 10, NORMAL, NORMAL);
        assertThat(once.regime()).isEqualTo(twice.regime());
        assertThat(once.stateHash(Hashing.SEED)).isNotEqualTo(twice.stateHash(Hashing.SEED));
    }

    @Test
    void shouldAllocateNothingPerBarAfterWarmUp()
    {
        final int bars = 100_000;
        final double[] adx = new double[bars];
        final double[] plusDi = new double[bars];
        final double[] minusDi = new double[bars];
        final double[] atrPct = new double[bars];
        final double[] width = new double[bars];
        final Random random = new Random(7);
        for (int bar = 0; bar < bars; bar++)
        {
            final boolean warmingUp = bar < 30;
            adx[bar] = warmingUp ? NAN : 25 + 10 * Math.sin(bar / 30.0) + random.nextGaussian();
            plusDi[bar] = warmingUp ? NAN : 20 + 8 * Math.sin(bar / 20.0);
            minusDi[bar] = warmingUp ? NAN : 20 - 8 * Math.sin(bar / 20.0);
            atrPct[bar] = warmingUp ? NAN : 0.01 + 0.004 * Math.sin(bar / 70.0) + 0.001 * random.nextGaussian();
            width[bar] = warmingUp ? NAN : 0.04 + 0.01 * Math.sin(bar / 45.0) + 0.002 * random.nextGaussian();
        }
        final RegimeClassifier warmUp = new RegimeClassifier(new RegimeSettings());
        long sink = run(warmUp, adx, plusDi, minusDi, atrPct, width);

        // rounds until one allocates nothing: a JIT deoptimisation under load can show once, a real allocation always
        RegimeClassifier measured = null;
        long allocatedBytes = Long.MAX_VALUE;
        for (int round = 0; round < 10 && allocatedBytes > 0; round++)
        {
            measured = new RegimeClassifier(new RegimeSettings());
            final long before = AllocationMeter.currentThreadAllocatedBytes();
            sink += run(measured, adx, plusDi, minusDi, atrPct, width);
            allocatedBytes = Math.min(allocatedBytes, AllocationMeter.currentThreadAllocatedBytes() - before);
        }

        assertThat(allocatedBytes).isZero();
        assertThat(sink).isPositive();
        assertThat(measured.stateHash(Hashing.SEED)).isEqualTo(warmUp.stateHash(Hashing.SEED));
    }

    private static long run(
        final RegimeClassifier classifier,
        final double[] adx,
        final double[] plusDi,
        final double[] minusDi,
        final double[] atrPct,
        final double[] width)
    {
        long changes = 0;
        for (int bar = 0; bar < adx.length; bar++)
        {
            classifier.onBar(adx[bar], plusDi[bar], minusDi[bar], atrPct[bar], width[bar]);
            if (classifier.changed())
            {
                changes++;
            }
        }
        return changes;
    }

    private static Regime exitFromRange(
        final double adx,
        final double plusDi,
        final double minusDi,
        final double atrPctPercentile,
        final double bollingerWidthPercentile)
    {
        final RegimeClassifier classifier = new RegimeClassifier(new RegimeSettings().confirmBars(1));
        classifier.onBarPercentiles(15, 18, 16, QUIET, QUIET);
        assertThat(classifier.regime()).isEqualTo(RANGING);
        return classifier.onBarPercentiles(adx, plusDi, minusDi, atrPctPercentile, bollingerWidthPercentile);
    }

    /**
     * {@code leadBars} bars at ADX 30, then {@code bars} bars alternating {@code high}, {@code low}; +DI above -DI.
     *
     * @return how many bars changed the adopted regime.
     */
    private static int adoptions(
        final RegimeSettings settings, final int leadBars, final int bars, final double high, final double low)
    {
        final RegimeClassifier classifier = new RegimeClassifier(settings);
        int adoptions = 0;
        for (int bar = 0; bar < leadBars + bars; bar++)
        {
            final double adx = bar < leadBars ? 30 : ((bar - leadBars) & 1) == 0 ? high : low;
            classifier.onBarPercentiles(adx, 30, 10, NORMAL, NORMAL);
            adoptions += classifier.changed() ? 1 : 0;
        }
        return adoptions;
    }
}
