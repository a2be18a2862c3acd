package com.tradefinder.engine.regime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegimeSettingsTest
{
    @Test
    void shouldHaveTheDocumentedDefaults()
    {
        final RegimeSettings settings = new RegimeSettings();

        assertThat(settings.adxPeriod()).isEqualTo(14);
        assertThat(settings.atrPeriod()).isEqualTo(14);
        assertThat(settings.bollingerPeriod()).isEqualTo(20);
        assertThat(settings.bollingerStdDevs()).isEqualTo(2.0);
        assertThat(settings.percentileWindow()).isEqualTo(100);
        assertThat(settings.trendAdxEnter()).isEqualTo(25.0);
        assertThat(settings.trendAdxExit()).isEqualTo(20.0);
        assertThat(settings.rangeAdxMax()).isEqualTo(20.0);
        assertThat(settings.highVolatilityPercentile()).isEqualTo(0.90);
        assertThat(settings.highVolatilityExitPercentile()).isEqualTo(0.80);
        assertThat(settings.squeezePercentile()).isEqualTo(0.50);
        assertThat(settings.confirmBars()).isEqualTo(2);
        assertThat(settings.validate()).isSameAs(settings);
    }

    @Test
    void shouldSetFluentlyAndCopy()
    {
        final RegimeSettings settings = new RegimeSettings()
            .adxPeriod(10)
            .atrPeriod(11)
            .bollingerPeriod(12)
            .bollingerStdDevs(2.5)
            .percentileWindow(50)
            .trendAdxEnter(30)
            .trendAdxExit(22)
            .rangeAdxMax(18)
            .highVolatilityPercentile(0.95)
            .highVolatilityExitPercentile(0.85)
            .squeezePercentile(0.3)
            .confirmBars(3)
            .validate();

        final RegimeSettings copy = new RegimeSettings().copyFrom(settings);

        for (final RegimeSettings s : new RegimeSettings[] { settings, copy })
        {
            assertThat(s.adxPeriod()).isEqualTo(10);
            assertThat(s.atrPeriod()).isEqualTo(11);
            assertThat(s.bollingerPeriod()).isEqualTo(12);
            assertThat(s.bollingerStdDevs()).isEqualTo(2.5);
            assertThat(s.percentileWindow()).isEqualTo(50);
            assertThat(s.trendAdxEnter()).isEqualTo(30);
            assertThat(s.trendAdxExit()).isEqualTo(22);
            assertThat(s.rangeAdxMax()).isEqualTo(18);
            assertThat(s.highVolatilityPercentile()).isEqualTo(0.95);
            assertThat(s.highVolatilityExitPercentile()).isEqualTo(0.85);
            assertThat(s.squeezePercentile()).isEqualTo(0.3);
            assertThat(s.confirmBars()).isEqualTo(3);
        }
    }

    @Test
    void shouldAcceptTheEdgesOfEveryRange()
    {
        new RegimeSettings().adxPeriod(2).atrPeriod(2).bollingerPeriod(2).percentileWindow(10).confirmBars(1)
            .trendAdxEnter(100).trendAdxExit(100).rangeAdxMax(0)
            .highVolatilityPercentile(1).highVolatilityExitPercentile(1).squeezePercentile(0)
            .validate();
        new RegimeSettings().trendAdxExit(0).highVolatilityExitPercentile(0.5).squeezePercentile(0.49).validate();
    }

    static Stream<Arguments> invalidSettings()
    {
        return Stream.of(
            invalid(s -> s.adxPeriod(1), "invalid regime setting adxPeriod=1: allowed an integer >= 2"),
            invalid(s -> s.atrPeriod(0), "invalid regime setting atrPeriod=0: allowed an integer >= 2"),
            invalid(s -> s.bollingerPeriod(-3), "invalid regime setting bollingerPeriod=-3: allowed an integer >= 2"),
            invalid(s -> s.bollingerStdDevs(0),
                "invalid regime setting bollingerStdDevs=0.0: allowed a finite number > 0"),
            invalid(s -> s.bollingerStdDevs(Double.NaN),
                "invalid regime setting bollingerStdDevs=NaN: allowed a finite number > 0"),
            invalid(s -> s.percentileWindow(9), "invalid regime setting percentileWindow=9: allowed an integer >= 10"),
            invalid(s -> s.trendAdxEnter(101), "invalid regime setting trendAdxEnter=101.0: allowed [0, 100]"),
            invalid(s -> s.trendAdxEnter(Double.NaN), "invalid regime setting trendAdxEnter=NaN: allowed [0, 100]"),
            invalid(s -> s.trendAdxExit(26),
                "invalid regime setting trendAdxExit=26.0: allowed [0, trendAdxEnter=25.0]"),
            invalid(s -> s.trendAdxExit(-1),
                "invalid regime setting trendAdxExit=-1.0: allowed [0, trendAdxEnter=25.0]"),
            invalid(s -> s.rangeAdxMax(25),
                "invalid regime setting rangeAdxMax=25.0: allowed [0, trendAdxEnter=25.0)"),
            invalid(s -> s.highVolatilityPercentile(1.5),
                "invalid regime setting highVolatilityPercentile=1.5: allowed [0, 1]"),
            invalid(s -> s.highVolatilityPercentile(-0.1),
                "invalid regime setting highVolatilityPercentile=-0.1: allowed [0, 1]"),
            invalid(s -> s.highVolatilityExitPercentile(0.95),
                "invalid regime setting highVolatilityExitPercentile=0.95: allowed [0, highVolatilityPercentile=0.9]"),
            invalid(s -> s.squeezePercentile(0.8),
                "invalid regime setting squeezePercentile=0.8: allowed [0, highVolatilityExitPercentile=0.8)"),
            invalid(s -> s.squeezePercentile(-0.5),
                "invalid regime setting squeezePercentile=-0.5: allowed [0, highVolatilityExitPercentile=0.8)"),
            invalid(s -> s.confirmBars(0), "invalid regime setting confirmBars=0: allowed an integer >= 1"));
    }

    @ParameterizedTest
    @MethodSource("invalidSettings")
    void shouldRejectAnInvalidSettingNamingItAndTheAllowedRange(
        final Consumer<RegimeSettings> change, final String message)
    {
        final RegimeSettings settings = new RegimeSettings();
        change.accept(settings);

        assertThatThrownBy(settings::validate).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> new RegimeClassifier(settings)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage(message);
    }

    private static Arguments invalid(final Consumer<RegimeSettings> change, final String message)
    {
        return Arguments.of(change, message);
    }
}
