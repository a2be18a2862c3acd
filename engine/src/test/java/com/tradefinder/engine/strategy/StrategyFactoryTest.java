package com.tradefinder.engine.strategy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StrategyFactoryTest
{
    @Test
    void shouldBuildEveryTypeWithItsDefaultsAndReportThem()
    {
        assertThat(parameters("supertrend", Map.of())).isEqualTo(Map.of("atr_period", "10", "multiplier", "3.0"));
        assertThat(parameters("squeeze_breakout", Map.of())).isEqualTo(Map.of(
            "bollinger_period", "20", "bollinger_stddevs", "2.0", "keltner_period", "20", "keltner_multiplier", "1.5",
            "atr_period", "14", "volume_period", "20", "volume_factor", "1.5", "stop_atr_multiplier", "2.0",
            "take_profit_r", "2.0"));
        assertThat(parameters("mean_reversion", Map.of())).isEqualTo(Map.of(
            "bollinger_period", "20", "bollinger_stddevs", "2.0", "rsi_period", "14", "rsi_oversold", "30.0",
            "rsi_overbought", "70.0", "atr_period", "14", "stop_atr_multiplier", "1.5"));
        assertThat(parameters("grid", Map.of())).isEqualTo(Map.of(
            "levels", "5", "spacing_pct", "0.5", "range_lookback", "50", "stop_pct", "1.0", "atr_period", "14",
            "allow_short", "true"));
        assertThat(parameters("ma_crossover", Map.of())).isEqualTo(Map.of(
            "fast_period", "20", "slow_period", "50", "ma_type", "ema", "atr_period", "14",
            "stop_atr_multiplier", "2.0"));
        assertThat(parameters("tradingview", Map.of())).isEqualTo(Map.of(
            "default_stop_pct", "1.0", "allow_short", "true"));
    }

    @Test
    void shouldTakeGivenValuesAndIdentity()
    {
        // act
        final Strategy strategy = StrategyFactory.create("ma_crossover", 4, 9, 900,
            Map.of("fast_period", 5L, "slow_period", 30L, "ma_type", "SMA", "stop_atr_multiplier", 3L));

        // assert
        assertThat(strategy).isInstanceOf(MaCrossoverStrategy.class);
        assertThat(strategy.strategyId()).isEqualTo(4);
        assertThat(strategy.instrumentId()).isEqualTo(9);
        assertThat(strategy.timeframeSec()).isEqualTo(900);
        assertThat(strategy.type()).isEqualTo("ma_crossover");
        final Map<String, String> out = new TreeMap<>();
        strategy.parameters(out);
        assertThat(out).containsEntry("fast_period", "5").containsEntry("slow_period", "30")
            .containsEntry("ma_type", "sma").containsEntry("stop_atr_multiplier", "3.0");
    }

    @Test
    void shouldRejectUnknownTypesAndParametersInOneLine()
    {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("turtle", 1, 1, 3600, Map.of()))
            .withMessage("unknown strategy type 'turtle' (known: supertrend, squeeze_breakout, mean_reversion, grid, "
                + "ma_crossover, tradingview, weighted)");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("supertrend", 1, 1, 3600, Map.of("atr_periods", 10L)))
            .withMessage("strategy supertrend: unknown parameter 'atr_periods' (known: atr_period, multiplier)");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("weighted", 1, 1, 3600, Map.of()))
            .withMessageStartingWith("strategy weighted: needs its member strategies");
    }

    @Test
    void shouldRejectWrongTypesNamingStrategyAndParameter()
    {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("supertrend", 1, 1, 3600, Map.of("atr_period", 10.5)))
            .withMessage("strategy supertrend: parameter 'atr_period' must be an integer, got float 10.5");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("supertrend", 1, 1, 3600, Map.of("multiplier", "3")))
            .withMessage("strategy supertrend: parameter 'multiplier' must be a finite number, got string \"3\"");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("grid", 1, 1, 3600, Map.of("allow_short", 1L)))
            .withMessage("strategy grid: parameter 'allow_short' must be true or false, got integer 1");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("ma_crossover", 1, 1, 3600, Map.of("ma_type", "wma")))
            .withMessage("strategy ma_crossover: parameter 'ma_type' must be one of ema, sma, got string \"wma\"");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("tradingview", 1, 1, 3600, Map.of("allow_short", List.of(true))))
            .withMessage("strategy tradingview: parameter 'allow_short' must be true or false, got array [true]");
    }

    @Test
    void shouldRejectValuesOutOfRangeNamingStrategyAndParameter()
    {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("supertrend", 1, 1, 3600, Map.of("atr_period", 0L)))
            .withMessage("strategy supertrend: parameter 'atr_period' must be at least 1, got 0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("squeeze_breakout", 1, 1, 3600, Map.of("keltner_multiplier", 0L)))
            .withMessage("strategy squeeze_breakout: parameter 'keltner_multiplier' must be a finite number greater "
                + "than 0, got 0.0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("mean_reversion", 1, 1, 3600,
                Map.of("rsi_oversold", 80L, "rsi_overbought", 70L)))
            .withMessage("strategy mean_reversion: parameter 'rsi_overbought' must lie strictly between 80.0 and "
                + "100.0, got 70.0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("grid", 1, 1, 3600, Map.of("levels", 101L)))
            .withMessage("strategy grid: parameter 'levels' must be from 1 to 100, got 101");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("ma_crossover", 1, 1, 3600,
                Map.of("fast_period", 50L, "slow_period", 20L)))
            .withMessage("strategy ma_crossover: parameter 'slow_period' must be at least 51, got 20");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("tradingview", 1, 1, 3600, Map.of("default_stop_pct", 0.0)))
            .withMessage("strategy tradingview: parameter 'default_stop_pct' must lie strictly between 0.0 and "
                + "100.0, got 0.0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StrategyFactory.create("supertrend", 1, 1, 0, Map.of()))
            .withMessage("strategy supertrend: parameter 'timeframe_sec' must be at least 1, got 0");
    }

    @Test
    void shouldBuildAWeightedComposerFromItsMembers()
    {
        // arrange
        final Strategy trend = StrategyFactory.create("supertrend", 1, 5, 3600, Map.of());
        final Strategy cross = StrategyFactory.create("ma_crossover", 2, 5, 3600, Map.of());

        // act
        final Strategy composer = StrategyFactory.weighted(3, 5, 3600, List.of(trend, cross), new double[]{2, 1}, 0.6);

        // assert
        assertThat(composer.type()).isEqualTo("weighted");
        final Map<String, String> out = new TreeMap<>();
        composer.parameters(out);
        assertThat(out).containsEntry("threshold", "0.6").containsEntry("member0.type", "supertrend")
            .containsEntry("member0.weight", "2.0").containsEntry("member1.fast_period", "20");
    }

    private static Map<String, String> parameters(final String type, final Map<String, Object> params)
    {
        final Strategy strategy = StrategyFactory.create(type, 1, 2, 3600, params);
        assertThat(strategy.type()).isEqualTo(type);
        final Map<String, String> out = new TreeMap<>();
        strategy.parameters(out);
        return out;
    }
}
