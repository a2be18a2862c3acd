package com.tradefinder.config;

import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.Regime;
import com.tradefinder.codecs.Venue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.tradefinder.config.ConfigTexts.HEAD;
import static com.tradefinder.config.ConfigTexts.MINIMAL;
import static com.tradefinder.config.ConfigTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;

class BotConfigDefaultsTest
{
    @Test
    void shouldFillBotDefaults()
    {
        final BotConfig config = parse(MINIMAL);

        assertThat(config.name()).isEqualTo("t");
        assertThat(config.mode()).isEqualTo(BotMode.BACKTEST);
        assertThat(config.venue()).isEqualTo(Venue.BINANCE_USDM);
        assertThat(config.account()).isEqualTo("t");
        assertThat(config.credentials()).isEqualTo(
            new CredentialsConfig(Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(config.credentials().present()).isFalse();
        assertThat(config.liveTradingOptIn()).isFalse();
        assertThat(config.output()).isEqualTo(Path.of("out/t"));
        assertThat(config.sourceName()).isEqualTo("bot.toml");
        assertThat(config.text()).isEqualTo(MINIMAL);
    }

    @Test
    void shouldFillInstrumentDefaults()
    {
        final InstrumentsConfig instruments = parse(MINIMAL).instruments();

        assertThat(instruments.whitelist()).containsExactly("BTCUSDT", "ETHUSDT");
        assertThat(instruments.leverage()).containsExactly(Map.entry("BTCUSDT", 1), Map.entry("ETHUSDT", 1));
        assertThat(instruments.leverageOf("ETHUSDT")).isEqualTo(1);
        assertThat(instruments.positionMode()).isEqualTo(PositionMode.HEDGE);
        assertThat(instruments.marginMode()).isEqualTo(MarginMode.ISOLATED);
    }

    @Test
    void shouldKeepLeverageInWhitelistOrder()
    {
        final String text = MINIMAL.replace("whitelist = [\"BTCUSDT\", \"ETHUSDT\"]",
            "whitelist = [\"BTCUSDT\", \"ETHUSDT\"]\nleverage = { ETHUSDT = 4 }");

        final Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("BTCUSDT", 1);
        expected.put("ETHUSDT", 4);
        assertThat(parse(text).instruments().leverage()).containsExactlyEntriesOf(expected);
    }

    @Test
    void shouldFillRegimeDefaults()
    {
        assertThat(parse(MINIMAL).regime()).isEqualTo(
            new RegimeConfig(14, 14, 20, 2.0, 100, 25, 20, 20, 0.90, 0.80, 0.50, 2));
    }

    @Test
    void shouldFillStrategyDefaults()
    {
        final StrategyConfig strategy = parse(MINIMAL).strategies().get(0);

        assertThat(strategy.id()).isEqualTo("st");
        assertThat(strategy.type()).isEqualTo(StrategyType.SUPERTREND);
        assertThat(strategy.timeframeSec()).isEqualTo(3_600);
        assertThat(strategy.timeframe()).isEqualTo("1h");
        assertThat(strategy.instruments()).containsExactly("BTCUSDT", "ETHUSDT");
        assertThat(strategy.allocationCapPct()).isEqualTo(25);
        assertThat(strategy.riskPerTradePct()).isEqualTo(1.0);
        assertThat(strategy.params()).isEqualTo(new SupertrendParams(10, 3.0));
    }

    @Test
    void shouldTakeTheBotRiskPerTradeUnlessAStrategyOverridesIt()
    {
        final String text = HEAD + """
            [[strategies]]
            id = "a"
            type = "supertrend"
            timeframe = "1h"

            [[strategies]]
            id = "b"
            type = "supertrend"
            timeframe = "1h"
            risk_per_trade_pct = 0.5

            [risk]
            risk_per_trade_pct = 2
            """;

        final BotConfig config = parse(text);

        assertThat(config.strategy("a").riskPerTradePct()).isEqualTo(2.0);
        assertThat(config.strategy("b").riskPerTradePct()).isEqualTo(0.5);
        assertThat(config.strategyIndex("b")).isEqualTo(1);
    }

    @Test
    void shouldFillEveryParamsDefault()
    {
        final String text = HEAD + """
            [[strategies]]
            id = "st"
            type = "supertrend"
            timeframe = "4h"

            [[strategies]]
            id = "sq"
            type = "squeeze_breakout"
            timeframe = "1h"

            [[strategies]]
            id = "mr"
            type = "mean_reversion"
            timeframe = "1h"

            [[strategies]]
            id = "grid"
            type = "grid"
            timeframe = "1h"

            [[strategies]]
            id = "ma"
            type = "ma_crossover"
            timeframe = "1h"

            [[strategies]]
            id = "tv"
            type = "tradingview"
            timeframe = "15m"

            [[strategies]]
            id = "vote"
            type = "weighted"
            timeframe = "1h"
            params = { members = ["sq", "mr"] }
            """;

        final BotConfig config = parse(text);

        assertThat(config.strategy("st").params()).isEqualTo(new SupertrendParams(10, 3.0));
        assertThat(config.strategy("sq").params()).isEqualTo(
            new SqueezeBreakoutParams(20, 2.0, 20, 1.5, 14, 20, 1.5, 2.0, 2.0));
        assertThat(config.strategy("mr").params()).isEqualTo(
            new MeanReversionParams(20, 2.0, 14, 30, 70, 14, 1.5));
        assertThat(config.strategy("grid").params()).isEqualTo(new GridParams(5, 0.5, 50, 1.0, 14));
        assertThat(config.strategy("ma").params()).isEqualTo(new MaCrossoverParams(20, 50, MaType.EMA, 14, 2.0));
        assertThat(config.strategy("tv").params()).isEqualTo(new TradingViewParams(1.0, true));
        assertThat(config.strategy("vote").params()).isEqualTo(
            new WeightedParams(List.of("sq", "mr"), List.of(1.0, 1.0), 0.5));
        for (final StrategyConfig strategy : config.strategies())
        {
            assertThat(strategy.params().type()).isEqualTo(strategy.type());
        }
    }

    @Test
    void shouldDeriveTimeframesAndDefaultTheBaseToTheSmallest()
    {
        final String text = HEAD + """
            [[strategies]]
            id = "a"
            type = "supertrend"
            timeframe = "4h"

            [[strategies]]
            id = "b"
            type = "mean_reversion"
            timeframe = "15m"
            """;

        final TimeframesConfig timeframes = parse(text).timeframes();

        assertThat(timeframes.baseSec()).isEqualTo(900);
        assertThat(timeframes.base()).isEqualTo("15m");
        assertThat(timeframes.allSec()).containsExactly(900, 14_400);
    }

    @Test
    void shouldAddAnExplicitBaseToTheTimeframes()
    {
        final TimeframesConfig timeframes = parse(MINIMAL + "[timeframes]\nbase = \"1d\"\n").timeframes();

        assertThat(timeframes.base()).isEqualTo("1d");
        assertThat(timeframes.allSec()).containsExactly(3_600, 86_400);
    }

    @Test
    void shouldRouteByTypeByDefault()
    {
        final String text = HEAD + """
            [[strategies]]
            id = "st"
            type = "supertrend"
            timeframe = "4h"

            [[strategies]]
            id = "ma"
            type = "ma_crossover"
            timeframe = "1h"

            [[strategies]]
            id = "mr"
            type = "mean_reversion"
            timeframe = "1h"

            [[strategies]]
            id = "grid"
            type = "grid"
            timeframe = "1h"

            [[strategies]]
            id = "sq"
            type = "squeeze_breakout"
            timeframe = "1h"

            [[strategies]]
            id = "tv"
            type = "tradingview"
            timeframe = "1h"
            """;

        final RoutingConfig routing = parse(text).routing();

        assertThat(routing.strategiesFor(Regime.TRENDING_UP)).containsExactly("st", "ma");
        assertThat(routing.strategiesFor(Regime.TRENDING_DOWN)).containsExactly("st", "ma");
        assertThat(routing.strategiesFor(Regime.RANGING)).containsExactly("mr", "grid");
        assertThat(routing.strategiesFor(Regime.HIGH_VOLATILITY)).containsExactly("sq");
        assertThat(routing.strategiesFor(Regime.UNCERTAIN)).isEmpty();
        assertThat(routing.uncertainExposurePct()).isEqualTo(50);
        assertThat(routing.isRouted("tv")).isFalse();
        assertThat(routing.isRouted("sq")).isTrue();
    }

    @Test
    void shouldRouteAWeightedStrategyWhereItsMembersWouldGoAndNotItsMembers()
    {
        final String text = HEAD + """
            [[strategies]]
            id = "st"
            type = "supertrend"
            timeframe = "1h"

            [[strategies]]
            id = "sq"
            type = "squeeze_breakout"
            timeframe = "1h"

            [[strategies]]
            id = "vote"
            type = "weighted"
            timeframe = "1h"
            [strategies.params]
            members = ["st", "sq"]
            """;

        final RoutingConfig routing = parse(text).routing();

        assertThat(routing.strategiesFor(Regime.TRENDING_UP)).containsExactly("vote");
        assertThat(routing.strategiesFor(Regime.HIGH_VOLATILITY)).containsExactly("vote");
        assertThat(routing.strategiesFor(Regime.RANGING)).isEmpty();
        assertThat(routing.isRouted("st")).isFalse();
    }

    @Test
    void shouldKeepDefaultsForRoutingKeysLeftOut()
    {
        final String text = HEAD + """
            [[strategies]]
            id = "st"
            type = "supertrend"
            timeframe = "1h"

            [[strategies]]
            id = "mr"
            type = "mean_reversion"
            timeframe = "1h"

            [routing]
            uncertain = ["mr"]
            """;

        final RoutingConfig routing = parse(text).routing();

        assertThat(routing.strategiesFor(Regime.UNCERTAIN)).containsExactly("mr");
        assertThat(routing.strategiesFor(Regime.RANGING)).containsExactly("mr");
        assertThat(routing.strategiesFor(Regime.TRENDING_DOWN)).containsExactly("st");
    }

    @Test
    void shouldFillRiskDefaults()
    {
        assertThat(parse(MINIMAL).risk()).isEqualTo(
            new RiskConfig(1.0, 300, 5, 6, 3, 20, 30, 2.0, 10_000, "USDT"));
    }

    @Test
    void shouldFillExecutionDefaults()
    {
        assertThat(parse(MINIMAL).execution()).isEqualTo(
            new ExecutionConfig(EntryType.LIMIT, 0, 1, 0, 2, 0.5, 0, true));
    }

    @Test
    void shouldUseSecondsInsteadOfBarsForTheEntryTimeoutWhenGiven()
    {
        final ExecutionConfig execution = parse(MINIMAL + "[execution]\nentry_timeout_seconds = 30\n").execution();

        assertThat(execution.entryTimeoutSeconds()).isEqualTo(30);
        assertThat(execution.entryTimeoutBars()).isZero();
    }

    @Test
    void shouldFillFeesSimulationAndReportDefaults()
    {
        final BotConfig config = parse(MINIMAL);

        assertThat(config.fees()).isEqualTo(new FeesConfig(2, 5));
        assertThat(config.simulation()).isEqualTo(new SimulationConfig(1, 50, false, true));
        assertThat(config.report()).isEqualTo(new ReportConfig(List.of(ReportCurrency.USD), Optional.empty()));
    }

    @Test
    void shouldAcceptIntegersWhereFloatsAreExpected()
    {
        final BotConfig config = parse(MINIMAL + "[regime]\nbollinger_stddevs = 3\n");

        assertThat(config.regime().bollingerStdDevs()).isEqualTo(3.0);
    }

    @Test
    void shouldWriteParametersUnderTheirConfigKeys()
    {
        final Map<String, String> out = new LinkedHashMap<>();

        new WeightedParams(List.of("a", "b"), List.of(2.0, 0.5), 0.6).parameters(out);
        new MaCrossoverParams(20, 50, MaType.SMA, 14, 2.5).parameters(out);

        assertThat(out).containsExactly(
            Map.entry("members", "a,b"), Map.entry("weights", "2,0.5"), Map.entry("threshold", "0.6"),
            Map.entry("fast_period", "20"), Map.entry("slow_period", "50"), Map.entry("ma_type", "sma"),
            Map.entry("atr_period", "14"), Map.entry("stop_atr_multiplier", "2.5"));
    }
}
