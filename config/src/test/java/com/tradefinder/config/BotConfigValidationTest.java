package com.tradefinder.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static com.tradefinder.config.ConfigTexts.HEAD;
import static com.tradefinder.config.ConfigTexts.MINIMAL;
import static com.tradefinder.config.ConfigTexts.errors;
import static com.tradefinder.config.ConfigTexts.parse;
import static com.tradefinder.config.ConfigTexts.withParam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BotConfigValidationTest
{
    @ParameterizedTest(name = "[{0}] {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "regime|adx_period|1|1 is out of range (allowed 2..500)",
        "regime|atr_period|501|501 is out of range (allowed 2..500)",
        "regime|bollinger_period|1|1 is out of range (allowed 2..500)",
        "regime|bollinger_stddevs|0.0|0 is out of range (allowed 0.1..10)",
        "regime|percentile_window|9|9 is out of range (allowed 10..10000)",
        "regime|trend_adx_enter|101|101 is out of range (allowed 0..100)",
        "regime|trend_adx_exit|-1|-1 is out of range (allowed 0..100)",
        "regime|range_adx_max|100.5|100.5 is out of range (allowed 0..100)",
        "regime|high_volatility_percentile|1.5|1.5 is out of range (allowed 0..1)",
        "regime|high_volatility_exit_percentile|-0.1|-0.1 is out of range (allowed 0..1)",
        "regime|squeeze_percentile|2|2 is out of range (allowed 0..1)",
        "regime|confirm_bars|0|0 is out of range (allowed 1..100)",
        "risk|risk_per_trade_pct|5|5 is out of range (allowed 0.1..3)",
        "risk|risk_per_trade_pct|0.05|0.05 is out of range (allowed 0.1..3)",
        "risk|max_total_exposure_pct|0|0 is out of range (allowed 1..12500)",
        "risk|max_leverage|126|126 is out of range (allowed 1..125, the binance_usdm maximum)",
        "risk|max_leverage|0|0 is out of range (allowed 1..125, the binance_usdm maximum)",
        "risk|max_portfolio_heat_pct|101|101 is out of range (allowed 0.1..100)",
        "risk|daily_loss_limit_pct|0|0 is out of range (allowed 0.1..100)",
        "risk|max_drawdown_pct|100.1|100.1 is out of range (allowed 0.1..100)",
        "risk|max_orders_per_minute|0|0 is out of range (allowed 1..1200)",
        "risk|price_band_pct|60|60 is out of range (allowed 0.01..50)",
        "risk|initial_equity|0|0 is out of range (allowed 1..1000000000000)",
        "execution|entry_offset_ticks|2000|2000 is out of range (allowed -1000..1000)",
        "execution|entry_timeout_bars|0|0 is out of range (allowed 1..1000)",
        "execution|entry_timeout_seconds|0|0 is out of range (allowed 1..604800)",
        "execution|max_reprices|101|101 is out of range (allowed 0..100)",
        "execution|abandon_after_pct|0|0 is out of range (allowed 0.01..50)",
        "execution|take_profit_r|-1|-1 is out of range (allowed 0..100)",
        "fees|maker_bps|-11|-11 is out of range (allowed -10..100)",
        "fees|taker_bps|101|101 is out of range (allowed 0..100)",
        "simulation|slippage_bps|-1|-1 is out of range (allowed 0..1000)",
        "simulation|latency_ms|60001|60001 is out of range (allowed 0..60000)",
        "routing|uncertain_exposure_pct|101|101 is out of range (allowed 0..100)",
    })
    void shouldReportEveryTableRangeErrorOnOneLineWithFileLineAndKey(
        final String table, final String key, final String value, final String message)
    {
        final List<String> errors = errors(MINIMAL + "[" + table + "]\n" + key + " = " + value + "\n");

        assertThat(errors).containsExactly("bot.toml:14: " + table + "." + key + ": " + message);
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "supertrend|atr_period|1|1 is out of range (allowed 2..500)",
        "supertrend|multiplier|11|11 is out of range (allowed 0.5..10)",
        "squeeze_breakout|bollinger_period|501|501 is out of range (allowed 2..500)",
        "squeeze_breakout|bollinger_stddevs|0.05|0.05 is out of range (allowed 0.1..10)",
        "squeeze_breakout|keltner_period|1|1 is out of range (allowed 2..500)",
        "squeeze_breakout|keltner_multiplier|0|0 is out of range (allowed 0.1..10)",
        "squeeze_breakout|atr_period|1|1 is out of range (allowed 2..500)",
        "squeeze_breakout|volume_period|1|1 is out of range (allowed 2..500)",
        "squeeze_breakout|volume_factor|0.9|0.9 is out of range (allowed 1..20)",
        "squeeze_breakout|stop_atr_multiplier|0|0 is out of range (allowed 0.1..20)",
        "squeeze_breakout|take_profit_r|101|101 is out of range (allowed 0..100)",
        "mean_reversion|bollinger_period|1|1 is out of range (allowed 2..500)",
        "mean_reversion|bollinger_stddevs|11|11 is out of range (allowed 0.1..10)",
        "mean_reversion|rsi_period|1|1 is out of range (allowed 2..500)",
        "mean_reversion|rsi_oversold|0|0 is out of range (allowed 1..99)",
        "mean_reversion|rsi_overbought|100|100 is out of range (allowed 1..99)",
        "mean_reversion|atr_period|1|1 is out of range (allowed 2..500)",
        "mean_reversion|stop_atr_multiplier|21|21 is out of range (allowed 0.1..20)",
        "grid|levels|51|51 is out of range (allowed 1..50)",
        "grid|spacing_pct|0.01|0.01 is out of range (allowed 0.05..20)",
        "grid|range_lookback|4|4 is out of range (allowed 5..5000)",
        "grid|stop_pct|51|51 is out of range (allowed 0.05..50)",
        "grid|atr_period|1|1 is out of range (allowed 2..500)",
        "ma_crossover|fast_period|1|1 is out of range (allowed 2..1000)",
        "ma_crossover|slow_period|1001|1001 is out of range (allowed 2..1000)",
        "ma_crossover|atr_period|1|1 is out of range (allowed 2..500)",
        "ma_crossover|stop_atr_multiplier|0|0 is out of range (allowed 0.1..20)",
        "tradingview|default_stop_pct|0|0 is out of range (allowed 0.05..50)",
    })
    void shouldReportEveryParamsRangeError(
        final String type, final String key, final String value, final String message)
    {
        final List<String> errors = errors(withParam(type, key + " = " + value));

        assertThat(errors).containsExactly("bot.toml:14: strategies[0].params." + key + ": " + message);
    }

    @Test
    void shouldReportStrategyRangeErrors()
    {
        final String text = HEAD + """
            [[strategies]]
            id = "st"
            type = "supertrend"
            timeframe = "1h"
            allocation_cap_pct = 0
            risk_per_trade_pct = 3.5
            """;

        assertThat(errors(text)).containsExactly(
            "bot.toml:13: strategies[0].allocation_cap_pct: 0 is out of range (allowed 1..100)",
            "bot.toml:14: strategies[0].risk_per_trade_pct: 3.5 is out of range (allowed 0.1..3)");
    }

    @Test
    void shouldCapLeverageAtTheVenueMaximum()
    {
        final String text = MINIMAL.replace("binance_usdm", "bybit_linear") + "[risk]\nmax_leverage = 101\n";

        assertThat(errors(text)).containsExactly(
            "bot.toml:14: risk.max_leverage: 101 is out of range (allowed 1..100, the bybit_linear maximum)");
    }

    @Test
    void shouldCapInstrumentLeverageAtMaxLeverage()
    {
        final String text = MINIMAL.replace("whitelist = [\"BTCUSDT\", \"ETHUSDT\"]",
            "whitelist = [\"BTCUSDT\", \"ETHUSDT\"]\nleverage = { BTCUSDT = 6, SOLUSDT = 2 }");

        assertThat(errors(text)).containsExactly(
            "bot.toml:8: instruments.leverage.BTCUSDT: 6 is out of range (allowed 1..5, risk.max_leverage)",
            "bot.toml:8: instruments.leverage.SOLUSDT: \"SOLUSDT\" is not in instruments.whitelist");
    }

    @Test
    void shouldCheckRegimeRelations()
    {
        final String text = MINIMAL + """
            [regime]
            trend_adx_enter = 20
            trend_adx_exit = 20
            range_adx_max = 22
            high_volatility_percentile = 0.8
            high_volatility_exit_percentile = 0.85
            squeeze_percentile = 0.9
            """;

        assertThat(errors(text)).containsExactly(
            "bot.toml:15: regime.trend_adx_exit: 20 must be below trend_adx_enter (20)",
            "bot.toml:16: regime.range_adx_max: 22 must be below trend_adx_enter (20)",
            "bot.toml:18: regime.high_volatility_exit_percentile: 0.85 must be below high_volatility_percentile (0.8)");
    }

    @Test
    void shouldCheckSqueezeBelowTheHighVolatilityExit()
    {
        assertThat(errors(MINIMAL + "[regime]\nsqueeze_percentile = 0.8\n")).containsExactly(
            "bot.toml:14: regime.squeeze_percentile: 0.8 must be below high_volatility_exit_percentile (0.8)");
    }

    @Test
    void shouldCheckParamsRelations()
    {
        assertThat(errors(withParam("mean_reversion", "rsi_oversold = 70"))).containsExactly(
            "bot.toml:14: strategies[0].params.rsi_oversold: 70 must be below rsi_overbought (70)");
        assertThat(errors(withParam("ma_crossover", "fast_period = 50"))).containsExactly(
            "bot.toml:14: strategies[0].params.fast_period: 50 must be below slow_period (50)");
    }

    @Test
    void shouldRequireHeatToCoverOneTrade()
    {
        assertThat(errors(MINIMAL + "[risk]\nrisk_per_trade_pct = 2\nmax_portfolio_heat_pct = 1.5\n"))
            .containsExactly("bot.toml:15: risk.max_portfolio_heat_pct: 1.5 is below risk_per_trade_pct (2): no "
                + "entry could ever open");
    }

    @Test
    void shouldSuggestTheKeyMeantForAnUnknownKey()
    {
        assertThat(errors(MINIMAL + "[risk]\nmax_leveage = 3\n")).containsExactly(
            "bot.toml:14: risk.max_leveage: unknown key (did you mean max_leverage?)");
        assertThat(errors(MINIMAL + "[rsik]\nmax_leverage = 3\n")).containsExactly(
            "bot.toml:13: rsik: unknown key (did you mean risk?)");
        assertThat(errors(withParam("supertrend", "multipler = 2"))).containsExactly(
            "bot.toml:14: strategies[0].params.multipler: unknown key (did you mean multiplier?)");
    }

    @Test
    void shouldListTheAllowedKeysWhenNoneIsClose()
    {
        assertThat(errors(MINIMAL + "[fees]\nspread = 3\n")).containsExactly(
            "bot.toml:14: fees.spread: unknown key (allowed: maker_bps, taker_bps)");
    }

    @Test
    void shouldRejectParamsOfAnotherType()
    {
        assertThat(errors(withParam("supertrend", "rsi_period = 14"))).containsExactly(
            "bot.toml:14: strategies[0].params.rsi_period: unknown key (allowed: atr_period, multiplier)");
    }

    @Test
    void shouldReportWrongTypes()
    {
        final String text = """
            [bot]
            name = "t"
            mode = 1
            venue = "binance_usdm"
            live_trading_opt_in = "yes"

            [instruments]
            whitelist = "BTCUSDT"

            [[strategies]]
            id = "st"
            type = "supertrend"
            timeframe = "1h"
            params = { atr_period = 10.0, multiplier = "3" }

            [risk]
            max_leverage = "5"
            risk_per_trade_pct = true

            [report]
            currencies = ["USD", 2]

            [regime]
            confirm_bars = 1979-05-27
            """;

        assertThat(errors(text)).containsExactly(
            "bot.toml:3: bot.mode: expected a string, found an integer",
            "bot.toml:5: bot.live_trading_opt_in: expected a boolean (true or false), found a string",
            "bot.toml:8: instruments.whitelist: expected an array of strings, found a string",
            "bot.toml:14: strategies[0].params.atr_period: expected an integer, found a float",
            "bot.toml:14: strategies[0].params.multiplier: expected a number, found a string",
            "bot.toml:17: risk.max_leverage: expected an integer, found a string",
            "bot.toml:18: risk.risk_per_trade_pct: expected a number, found a boolean",
            "bot.toml:21: report.currencies[1]: expected a string, found an integer",
            "bot.toml:24: regime.confirm_bars: expected an integer, found a date");
    }

    @Test
    void shouldRejectAStrategiesTableThatIsNotAnArrayOfTables()
    {
        assertThat(errors(HEAD + "[strategies]\nid = \"st\"\n")).containsExactly(
            "bot.toml:9: strategies: expected an array of tables ([[strategies]]), found a table");
    }

    @Test
    void shouldRejectADuplicateStrategyId()
    {
        final String text = MINIMAL + """
            [[strategies]]
            id = "st"
            type = "mean_reversion"
            timeframe = "1h"
            """;

        assertThat(errors(text)).containsExactly(
            "bot.toml:14: strategies[1].id: duplicate strategy id \"st\" (first at line 10)");
    }

    @Test
    void shouldRejectBadIdsNamesAndTimeframes()
    {
        final String text = """
            [bot]
            name = "My Bot"
            mode = "backtest"
            venue = "binance"

            [instruments]
            whitelist = ["BTCUSDT", "btcusdt", "BTCUSDT"]

            [[strategies]]
            id = "Trend 4h"
            type = "supertrent"
            timeframe = "2d"
            """;

        assertThat(errors(text)).containsExactly(
            "bot.toml:2: bot.name: \"My Bot\" must match [a-z0-9-]{1,32}",
            "bot.toml:4: bot.venue: \"binance\" is not one of binance_usdm, bybit_linear",
            "bot.toml:7: instruments.whitelist[1]: \"btcusdt\" is not a venue symbol ([A-Z0-9]{2,20}, e.g. BTCUSDT)",
            "bot.toml:7: instruments.whitelist[2]: \"BTCUSDT\" is listed twice",
            "bot.toml:10: strategies[0].id: \"Trend 4h\" must match [a-z0-9_-]{1,32}",
            "bot.toml:11: strategies[0].type: \"supertrent\" is not one of supertrend, squeeze_breakout, "
                + "mean_reversion, grid, ma_crossover, tradingview, weighted (did you mean supertrend?)",
            "bot.toml:12: strategies[0].timeframe: \"2d\" is not a supported timeframe (allowed 1m, 3m, 5m, 15m, "
                + "30m, 1h, 2h, 4h, 6h, 8h, 12h, 1d)");
    }

    @Test
    void shouldRejectStrategyInstrumentsOutsideTheWhitelist()
    {
        final String text = MINIMAL + "instruments = [\"ETHUSDT\", \"ETHUSD\", \"ETHUSDT\"]\n";

        assertThat(errors(text)).containsExactly(
            "bot.toml:13: strategies[0].instruments[1]: \"ETHUSD\" is not in instruments.whitelist "
                + "(did you mean \"ETHUSDT\"?)",
            "bot.toml:13: strategies[0].instruments[2]: \"ETHUSDT\" is listed twice");
    }

    @Test
    void shouldRejectRoutingToAnUnknownId()
    {
        final String text = MINIMAL + """
            [routing]
            trending_up = ["st", "st"]
            ranging = ["sr"]
            """;

        assertThat(errors(text)).containsExactly(
            "bot.toml:14: routing.trending_up[1]: \"st\" is listed twice",
            "bot.toml:15: routing.ranging[0]: unknown strategy id \"sr\" (did you mean \"st\"?)");
    }

    @Test
    void shouldRejectAStrategyRoutedToNoRegime()
    {
        final String text = MINIMAL + "\n[routing]\ntrending_up = []\ntrending_down = []\n";

        assertThat(errors(text)).containsExactly(
            "bot.toml:10: strategies[0].id: strategy \"st\" is routed to no regime, so it could never open a "
                + "position: list it in [routing]");
    }

    @Test
    void shouldAcceptAnUnroutedTradingViewStrategy()
    {
        final BotConfig config = parse(MINIMAL.replace("supertrend", "tradingview"));

        assertThat(config.routing().isRouted("st")).isFalse();
    }

    @Test
    void shouldReportWeightedMemberErrors()
    {
        final String text = HEAD + """
            [[strategies]]
            id = "st"
            type = "supertrend"
            timeframe = "1h"

            [[strategies]]
            id = "w1"
            type = "weighted"
            timeframe = "1h"
            [strategies.params]
            members = ["st", "st", "w1", "w2", "nope"]
            weights = [1.0, 0.0, 1.0]
            threshold = 1.5

            [[strategies]]
            id = "w2"
            type = "weighted"
            timeframe = "1h"
            [strategies.params]
            members = ["st"]
            """;

        assertThat(errors(text)).containsExactly(
            "bot.toml:19: strategies[1].params.members[1]: \"st\" is listed twice",
            "bot.toml:19: strategies[1].params.members[2]: a weighted strategy cannot be its own member",
            "bot.toml:19: strategies[1].params.members[3]: \"w2\" is a weighted strategy itself: members must be "
                + "plain strategies",
            "bot.toml:19: strategies[1].params.members[4]: unknown strategy id \"nope\"",
            "bot.toml:20: strategies[1].params.weights[1]: 0 is out of range (allowed above 0, up to 1000)",
            "bot.toml:20: strategies[1].params.weights: has 3 weights for 5 members: give one weight per member",
            "bot.toml:21: strategies[1].params.threshold: 1.5 is out of range (allowed 0..1)",
            "bot.toml:28: strategies[2].params.members: needs at least 2 members, found 1");
    }

    @Test
    void shouldRequireWeightedMembers()
    {
        final String text = MINIMAL + """
            [[strategies]]
            id = "w"
            type = "weighted"
            timeframe = "1h"
            """;

        assertThat(errors(text)).containsExactly("bot.toml:13: strategies[1].params.members: required key is missing");
    }

    @Test
    void shouldReportMissingRequiredKeys()
    {
        final String text = """
            [bot]
            output = "x"

            [instruments]
            leverage = {}

            [[strategies]]
            instruments = ["BTCUSDT"]
            """;

        assertThat(errors(text)).containsExactly(
            "bot.toml:1: bot.name: required key is missing",
            "bot.toml:1: bot.mode: required key is missing",
            "bot.toml:1: bot.venue: required key is missing",
            "bot.toml:4: instruments.whitelist: required key is missing",
            "bot.toml:7: strategies[0].id: required key is missing",
            "bot.toml:7: strategies[0].type: required key is missing",
            "bot.toml:7: strategies[0].timeframe: required key is missing");
    }

    @Test
    void shouldReportMissingRequiredTables()
    {
        assertThat(errors("[risk]\nmax_leverage = 3\n")).containsExactly(
            "bot.toml:1: bot: required table [bot] is missing",
            "bot.toml:1: instruments: required table [instruments] is missing",
            "bot.toml:1: strategies: at least one [[strategies]] table is required");
    }

    @Test
    void shouldRejectAnEmptyWhitelist()
    {
        assertThat(errors(MINIMAL.replace("[\"BTCUSDT\", \"ETHUSDT\"]", "[]"))).containsExactly(
            "bot.toml:7: instruments.whitelist: must list at least one symbol");
    }

    @Test
    void shouldRequireCredentialsForTestnetAndLive()
    {
        assertThat(errors(MINIMAL.replace("backtest", "testnet"))).containsExactly(
            "bot.toml:1: bot.api_key_env: mode = \"testnet\" needs credentials: api_key_env and api_secret_env "
                + "(names of environment variables) or secrets_file");
    }

    @Test
    void shouldAcceptEitherEnvironmentVariablesOrASecretsFile()
    {
        final BotConfig env = parse(MINIMAL.replace("mode = \"backtest\"",
            "mode = \"testnet\"\napi_key_env = \"K\"\napi_secret_env = \"S\""));
        final BotConfig file = parse(MINIMAL.replace("mode = \"backtest\"",
            "mode = \"testnet\"\nsecrets_file = \"/etc/tf/t.secrets\""));

        assertThat(env.credentials().apiKeyEnv()).contains("K");
        assertThat(env.credentials().apiSecretEnv()).contains("S");
        assertThat(env.credentials().present()).isTrue();
        assertThat(file.credentials().secretsFile()).hasValueSatisfying(
            path -> assertThat(path.toString()).isEqualTo("/etc/tf/t.secrets"));
    }

    @Test
    void shouldRejectHalfOrBothKindsOfCredentials()
    {
        assertThat(errors(MINIMAL.replace("mode = \"backtest\"", "mode = \"testnet\"\napi_key_env = \"K\"")))
            .containsExactly("bot.toml:4: bot.api_secret_env: required with api_key_env: name both environment "
                + "variables");
        assertThat(errors(MINIMAL.replace("mode = \"backtest\"",
            "mode = \"live\"\nlive_trading_opt_in = true\napi_key_env = \"K\"\napi_secret_env = \"S\"\n"
                + "secrets_file = \"s\"")))
            .containsExactly("bot.toml:7: bot.secrets_file: give either api_key_env and api_secret_env, or "
                + "secrets_file, not both");
    }

    @Test
    void shouldRequireTheOptInForLive()
    {
        final String live = MINIMAL.replace("mode = \"backtest\"",
            "mode = \"live\"\napi_key_env = \"K\"\napi_secret_env = \"S\"");

        assertThat(errors(live)).containsExactly(
            "bot.toml:1: bot.live_trading_opt_in: mode = \"live\" requires live_trading_opt_in = true (real money: "
                + "the environment opt-in is checked as well when the bot starts)");
        assertThat(errors(live.replace("mode = \"live\"", "mode = \"live\"\nlive_trading_opt_in = false")))
            .containsExactly("bot.toml:4: bot.live_trading_opt_in: mode = \"live\" requires live_trading_opt_in = "
                + "true (real money: the environment opt-in is checked as well when the bot starts)");
        assertThat(parse(live.replace("mode = \"live\"", "mode = \"live\"\nlive_trading_opt_in = true"))
            .liveTradingOptIn()).isTrue();
    }

    @Test
    void shouldRejectSimulationSettingsOutsideBacktestAndPaper()
    {
        final String testnet = MINIMAL.replace("mode = \"backtest\"",
            "mode = \"testnet\"\napi_key_env = \"K\"\napi_secret_env = \"S\"");

        assertThat(errors(testnet + "[simulation]\nlatency_ms = 10\n[risk]\ninitial_equity = 500\n"))
            .containsExactly(
                "bot.toml:15: simulation: applies to backtest and paper only: mode = \"testnet\" trades on the venue",
                "bot.toml:18: risk.initial_equity: applies to backtest and paper only: testnet uses the account's "
                    + "equity");
    }

    @Test
    void shouldRequireARatesFileForChfOrEur()
    {
        assertThat(errors(MINIMAL + "[report]\ncurrencies = [\"USD\", \"EUR\", \"GBP\", \"EUR\"]\n")).containsExactly(
            "bot.toml:14: report.currencies[2]: \"GBP\" is not one of USD, CHF, EUR",
            "bot.toml:14: report.currencies[3]: \"EUR\" is listed twice",
            "bot.toml:14: report.rates_file: required when report.currencies has CHF or EUR: a CSV date,CHF,EUR of "
                + "daily rates per USD(T)");
        assertThat(parse(MINIMAL + "[report]\ncurrencies = [\"CHF\"]\nrates_file = \"rates.csv\"\n").report()
            .currencies()).containsExactly(ReportCurrency.CHF);
    }

    @Test
    void shouldRejectBothEntryTimeouts()
    {
        assertThat(errors(MINIMAL + "[execution]\nentry_timeout_bars = 2\nentry_timeout_seconds = 60\n"))
            .containsExactly("bot.toml:15: execution.entry_timeout_seconds: give entry_timeout_bars or "
                + "entry_timeout_seconds, not both");
    }

    @Test
    void shouldReportWhitelistedSymbolsTheVenueDoesNotKnow()
    {
        assertThatThrownBy(() -> BotConfigLoader.parse(MINIMAL, "bot.toml", Set.of("BTCUSDT", "ETHUSDC", "SOLUSDT")))
            .isInstanceOfSatisfying(ConfigException.class, ex -> assertThat(ex.lines()).containsExactly(
                "bot.toml:7: instruments.whitelist[1]: \"ETHUSDT\" is not a known instrument (did you mean "
                    + "\"ETHUSDC\"?)"));
    }

    @Test
    void shouldAcceptWhitelistedSymbolsTheVenueKnows() throws ConfigException
    {
        final BotConfig config = BotConfigLoader.parse(MINIMAL, "bot.toml", Set.of("BTCUSDT", "ETHUSDT", "SOLUSDT"));

        assertThat(config.instruments().whitelist()).containsExactly("BTCUSDT", "ETHUSDT");
    }

    @Test
    void shouldReportSeveralErrorsTogetherInLineOrder()
    {
        final String text = MINIMAL + """
            [risk]
            risk_per_trade_pct = 4
            max_leverage = 200

            [execution]
            entry = "stop"
            bogus = 1
            """;

        assertThatThrownBy(() -> BotConfigLoader.parse(text, "bots/a.toml"))
            .isInstanceOfSatisfying(ConfigException.class, ex ->
            {
                assertThat(ex.lines()).containsExactly(
                    "bots/a.toml:14: risk.risk_per_trade_pct: 4 is out of range (allowed 0.1..3)",
                    "bots/a.toml:15: risk.max_leverage: 200 is out of range (allowed 1..125, the binance_usdm "
                        + "maximum)",
                    "bots/a.toml:18: execution.entry: \"stop\" is not one of limit, market",
                    "bots/a.toml:19: execution.bogus: unknown key (allowed: entry, entry_offset_ticks, "
                        + "entry_timeout_bars, entry_timeout_seconds, max_reprices, abandon_after_pct, take_profit_r, "
                        + "cancel_on_shutdown)");
                assertThat(ex.getMessage()).isEqualTo(String.join("\n", ex.lines()));
                assertThat(ex.errors()).hasSize(4);
                assertThat(ex.errors().get(0).line()).isEqualTo(14);
                assertThat(ex.errors().get(0).key()).isEqualTo("risk.risk_per_trade_pct");
            });
    }

    @Test
    void shouldReportSyntaxErrorsWithLineAndColumn()
    {
        assertThat(errors(MINIMAL + "[risk]\nmax_leverage = \n")).containsExactly(
            "bot.toml:14:16: syntax error: Unexpected end of line, expected a value");
        assertThat(errors(MINIMAL + "[bot]\n")).containsExactly(
            "bot.toml:13:1: syntax error: bot previously defined at line 1, column 1");
    }
}
