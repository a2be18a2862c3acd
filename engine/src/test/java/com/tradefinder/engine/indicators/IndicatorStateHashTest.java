package com.tradefinder.engine.indicators;

import com.tradefinder.engine.util.Hashing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code stateHash} of every indicator: equal for equal inputs, different for different inputs, back to the fresh
 * hash on {@code reset()}, and a reset instance replays exactly like a new one.
 */
class IndicatorStateHashTest
{
    private static final int BARS = 400;
    private static final SyntheticBars SERIES = new SyntheticBars(BARS, 42L);
    private static final SyntheticBars OTHER_SERIES = new SyntheticBars(BARS, 43L);

    static Stream<Arguments> indicators()
    {
        return Stream.of(
            subject("Sma(20)", () -> new Sma(20), (x, h, l, c) -> x.update(c), Sma::stateHash, Sma::reset,
                Sma::isReady),
            subject("Ema(20)", () -> new Ema(20), (x, h, l, c) -> x.update(c), Ema::stateHash, Ema::reset,
                Ema::isReady),
            subject("WilderAverage(14)", () -> new WilderAverage(14), (x, h, l, c) -> x.update(c),
                WilderAverage::stateHash, WilderAverage::reset, WilderAverage::isReady),
            subject("Atr(14)", () -> new Atr(14), Atr::update, Atr::stateHash, Atr::reset, Atr::isReady),
            subject("Adx(14)", () -> new Adx(14), Adx::update, Adx::stateHash, Adx::reset, Adx::isReady),
            subject("BollingerBands(20, 2)", () -> new BollingerBands(20, 2.0), (x, h, l, c) -> x.update(c),
                BollingerBands::stateHash, BollingerBands::reset, BollingerBands::isReady),
            subject("KeltnerChannels(20, 10, 2)", () -> new KeltnerChannels(20, 10, 2.0), KeltnerChannels::update,
                KeltnerChannels::stateHash, KeltnerChannels::reset, KeltnerChannels::isReady),
            subject("Rsi(14)", () -> new Rsi(14), (x, h, l, c) -> x.update(c), Rsi::stateHash, Rsi::reset,
                Rsi::isReady),
            subject("Macd(12, 26, 9)", () -> new Macd(12, 26, 9), (x, h, l, c) -> x.update(c), Macd::stateHash,
                Macd::reset, Macd::isReady),
            subject("Supertrend(10, 3)", () -> new Supertrend(10, 3.0), Supertrend::update, Supertrend::stateHash,
                Supertrend::reset, Supertrend::isReady),
            subject("Donchian(20)", () -> new Donchian(20), (x, h, l, c) -> x.update(h, l), Donchian::stateHash,
                Donchian::reset, Donchian::isReady));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indicators")
    void shouldGiveEqualHashesForEqualInputs(final Subject<Object> subject)
    {
        // arrange
        final Object first = subject.factory.get();
        final Object second = subject.factory.get();

        // act and assert, bar by bar
        assertThat(subject.hash(first)).isEqualTo(subject.hash(second));
        for (int bar = 0; bar < BARS; bar++)
        {
            subject.feed(first, SERIES, bar);
            subject.feed(second, SERIES, bar);
            assertThat(subject.hash(first)).as("bar %d", bar).isEqualTo(subject.hash(second));
        }
        assertThat(subject.ready.test(first)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indicators")
    void shouldGiveDifferentHashesForDifferentInputs(final Subject<Object> subject)
    {
        // arrange
        final Object reference = subject.factory.get();
        final Object otherSeries = subject.factory.get();
        final Object otherLastBar = subject.factory.get();
        final Object oneBarShort = subject.factory.get();

        // act
        for (int bar = 0; bar < BARS; bar++)
        {
            subject.feed(reference, SERIES, bar);
            subject.feed(otherSeries, OTHER_SERIES, bar);
            if (bar < BARS - 1)
            {
                subject.feed(otherLastBar, SERIES, bar);
                subject.feed(oneBarShort, SERIES, bar);
            }
        }
        subject.updater.update(otherLastBar,
            SERIES.high[BARS - 1] * 1.001, SERIES.low[BARS - 1] * 0.999, SERIES.close[BARS - 1] * 1.0005);

        // assert
        final long hash = subject.hash(reference);
        assertThat(subject.hash(otherSeries)).isNotEqualTo(hash);
        assertThat(subject.hash(otherLastBar)).isNotEqualTo(hash);
        assertThat(subject.hash(oneBarShort)).isNotEqualTo(hash);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indicators")
    void shouldReturnToTheFreshHashOnResetAndReplayIdentically(final Subject<Object> subject)
    {
        // arrange
        final Object indicator = subject.factory.get();
        final Object fresh = subject.factory.get();
        final long freshHash = subject.hash(indicator);
        for (int bar = 0; bar < BARS; bar++)
        {
            subject.feed(indicator, OTHER_SERIES, bar);
        }
        final long usedHash = subject.hash(indicator);

        // act
        subject.resetter.accept(indicator);
        final long resetHash = subject.hash(indicator);
        final boolean readyAfterReset = subject.ready.test(indicator);
        for (int bar = 0; bar < BARS; bar++)
        {
            subject.feed(indicator, SERIES, bar);
            subject.feed(fresh, SERIES, bar);
        }

        // assert
        assertThat(usedHash).isNotEqualTo(freshHash);
        assertThat(resetHash).isEqualTo(freshHash);
        assertThat(readyAfterReset).isFalse();
        assertThat(subject.hash(indicator)).isEqualTo(subject.hash(fresh));
    }

    @SuppressWarnings("unchecked")
    private static <T> Arguments subject(
        final String name,
        final Supplier<T> factory,
        final Updater<T> updater,
        final Hasher<T> hasher,
        final Consumer<T> resetter,
        final Predicate<T> ready)
    {
        return Arguments.of(new Subject<>(name, (Supplier<Object>)factory, (Updater<Object>)updater,
            (Hasher<Object>)hasher, (Consumer<Object>)resetter, (Predicate<Object>)ready));
    }

    @FunctionalInterface
    interface Updater<T>
    {
        void update(T indicator, double high, double low, double close);
    }

    @FunctionalInterface
    interface Hasher<T>
    {
        long stateHash(T indicator, long hash);
    }

    static final class Subject<T>
    {
        final String name;
        final Supplier<T> factory;
        final Updater<T> updater;
        final Hasher<T> hasher;
        final Consumer<T> resetter;
        final Predicate<T> ready;

        Subject(
            final String name,
            final Supplier<T> factory,
            final Updater<T> updater,
            final Hasher<T> hasher,
            final Consumer<T> resetter,
            final Predicate<T> ready)
        {
            this.name = name;
            this.factory = factory;
            this.updater = updater;
            this.hasher = hasher;
            this.resetter = resetter;
            this.ready = ready;
        }

        void feed(final T indicator, final SyntheticBars bars, final int bar)
        {
            updater.update(indicator, bars.high[bar], bars.low[bar], bars.close[bar]);
        }

        long hash(final T indicator)
        {
            return hasher.stateHash(indicator, Hashing.SEED);
        }

        @Override
        public String toString()
        {
            return name;
        }
    }
}
